package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.replay.pcap.PacketHandler;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.PcapWriter;
import io.hftengine.types.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same recording yields the same decisions at every speed; pacing changes only when. */
class PlaybackDeterminismTest {
    private static final int DATAGRAMS = 300;
    private static final long START_NS = 1_700_000_000_000_000_000L;
    @TempDir
    Path dir;
    private Path recording;
    private long recordedSpanNs;

    /** A toy stage: decides from payload and clock only, as stage logic must. */
    private static final class TimerStrategy implements PacketHandler {
        private final Clock clock;
        private final VirtualTimers timers;
        private final ByteArrayOutputStream orders = new ByteArrayOutputStream();
        private long lastOrderNs;

        TimerStrategy(final VirtualClock clock) {
            this.clock = clock;
            this.timers = new VirtualTimers(clock, 1024);
        }

        @Override
        public void onPacket(final long epochNanos, final DirectBuffer buffer, final int offset, final int length,
            final int srcIp, final int srcPort, final int dstIp, final int dstPort) {
            timers.advanceTo(epochNanos, this::onTimer);
            final long now = clock.epochNanos();
            if (buffer.getByte(offset) % 3 == 0 || now - lastOrderNs > 40_000) {
                emit('O', now, buffer.getLong(offset + 1));
                lastOrderNs = now;
                timers.schedule(now + 30_000, buffer.getLong(offset + 1));
            }
        }

        private void onTimer(final long id, final long deadlineNs) {
            emit('T', clock.epochNanos(), id);
        }

        private void emit(final char kind, final long timeNs, final long id) {
            orders.write(kind);
            for (int shift = 56; shift >= 0; shift -= 8) {
                orders.write((int) (timeNs >>> shift));
                orders.write((int) (id >>> shift));
            }
        }
    }

    @BeforeEach
    void record() throws IOException {
        recording = dir.resolve("session.pcap");
        final SplittableRandom random = new SplittableRandom(42);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[9]);
        long time = START_NS;
        try (PcapWriter writer = PcapWriter.create(recording)) {
            for (int i = 0; i < DATAGRAMS; i++) {
                time += random.nextInt(20_000);
                payload.putByte(0, (byte) random.nextInt(128));
                payload.putLong(1, i);
                writer.write(time, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, payload.capacity());
            }
        }
        recordedSpanNs = time - START_NS;
    }

    private byte[] play(final PlaybackSpeed speed) throws IOException {
        final VirtualClock clock = new VirtualClock(0);
        final TimerStrategy strategy = new TimerStrategy(clock);
        final Playback playback = new Playback(clock, new Pacer(speed, System::nanoTime, new BusySpinIdleStrategy()), strategy);
        try (PcapReplaySource source = new PcapReplaySource(PcapReader.open(recording))) {
            assertEquals(DATAGRAMS, playback.playAll(source));
            assertTrue(source.isExhausted());
        }
        return strategy.orders.toByteArray();
    }

    @Test
    void everySpeedEmitsTheSameOrderStream() throws IOException {
        final byte[] fastest = play(PlaybackSpeed.AS_FAST_AS_POSSIBLE);
        assertTrue(fastest.length > 100 * 17, "the toy strategy must have decided often: " + fastest.length);
        final long startNs = System.nanoTime();
        final byte[] recordedPace = play(PlaybackSpeed.RECORDED);
        final long elapsedNs = System.nanoTime() - startNs;
        assertTrue(elapsedNs >= recordedSpanNs, "recorded pace must take the recorded span: " + elapsedNs + " < " + recordedSpanNs);
        assertArrayEquals(fastest, recordedPace);
        assertArrayEquals(fastest, play(PlaybackSpeed.multipleOf(7.5)));
        assertArrayEquals(fastest, play(PlaybackSpeed.multipleOf(0.9)));
    }
}
