package io.hftengine.bench.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The faces that carry event data write per-message state on both threads (the producer's
 * counter, the consumer's last value). Held as plain fields of the face, those stores shared a
 * cache line with each other and with the references both threads read, so the two-thread
 * benchmarks charged a line transfer per message to the event faces alone (the reference faces
 * pass a constant and write nothing). The per-message state must live in {@link SideState}.
 */
class FacesSideStateTest {

    private static final Class<?>[] EVENT_FACES = {Faces.OursEvents.class, Faces.JctoolsEvents.class, Faces.Disruptor.class};

    @Test
    void eventFacesKeepNoMutableFieldOfTheirOwn() {
        final List<String> mutable = new ArrayList<>();
        for (final Class<?> face : EVENT_FACES) {
            for (final Field field : face.getDeclaredFields()) {
                final int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)) {
                    mutable.add(face.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertTrue(mutable.isEmpty(), "per-message fields written beside the shared references: " + mutable);
    }

    @Test
    void everyEventFaceStillHandsTheProducersCounterToTheConsumer() {
        for (final String impl : new String[] {"SpscEventRing", "SpscEventRingIndexed", "JCToolsEvents", "Disruptor"}) {
            final QueueFace face = Faces.create(impl, 16);
            for (int i = 0; i < 3; i++) {
                assertTrue(face.offer(), impl);
                assertTrue(face.poll(), impl);
            }
            assertEquals(8, face.fill(8), impl);
            assertEquals(8, face.drain(8), impl);
            assertEquals(10, consumerValue(face), impl + ": the consumer read the 11th message's counter");
        }
    }

    private static long consumerValue(QueueFace face) {
        if (face instanceof Faces.OursEvents) {
            return ((Faces.OursEvents<?>) face).consumer.value;
        }
        if (face instanceof Faces.JctoolsEvents) {
            return ((Faces.JctoolsEvents) face).consumer.value;
        }
        return ((Faces.Disruptor) face).consumer.value;
    }
}
