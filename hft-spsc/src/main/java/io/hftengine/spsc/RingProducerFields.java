package io.hftengine.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The producer index, alone on its cache lines: the consumer of an event ring of plain events
 * reads it whenever its cached copy holds fewer events than a poll asks for (with self-publishing
 * {@link RingEvent}s only {@code size()}/{@code isEmpty()} read it), so nothing the producer
 * writes more often may share its line (see {@link RingProducerLocalFields}).
 */
abstract class RingProducerFields extends RingColdPad {
    private static final VarHandle PRODUCER_INDEX;

    static {
        try {
            PRODUCER_INDEX = MethodHandles.lookup()
                .findVarHandle(RingProducerFields.class, "producerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Next index to be published; written only by the producer, read by both. */
    private long producerIndex;

    RingProducerFields(int capacity, Object[] buffer) {
        super(capacity, buffer);
    }

    /**
     * Load-acquire of the producer index: every slot below the value read was fully written
     * before it was published, and the acquire makes those writes visible to the reader.
     */
    final long lvProducerIndex() {
        return (long) PRODUCER_INDEX.getAcquire(this);
    }

    /** Plain load, for the producer reading its own index (program order suffices). */
    final long lpProducerIndex() {
        return producerIndex;
    }

    /**
     * Store-release of the producer index: orders every earlier write of slot contents before
     * the index that makes them visible. On x86 this is a plain {@code mov}, no fence.
     */
    final void soProducerIndex(long value) {
        PRODUCER_INDEX.setRelease(this, value);
    }
}
