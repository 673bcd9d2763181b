package io.hftengine.pipeline;

import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayDeque;

/**
 * An in-process feed for tests: packets queued up front, each optionally moving a clock to its
 * time before delivery (as a replay source does); ends (-1) when empty if finite.
 */
public final class QueuePacketSource implements PacketSource {
    private final ArrayDeque<byte[]> packets = new ArrayDeque<>();
    private final ArrayDeque<Long> times = new ArrayDeque<>();
    private final MutableClock clock;
    private final boolean finite;
    private final UnsafeBuffer view = new UnsafeBuffer(new byte[0]);

    public QueuePacketSource(final MutableClock clock, final boolean finite) {
        this.clock = clock;
        this.finite = finite;
    }

    public synchronized QueuePacketSource add(final long timeNs, final byte[] packet) {
        packets.add(packet);
        times.add(timeNs);
        return this;
    }

    @Override
    public synchronized int poll(final PacketHandler handler) {
        final byte[] packet = packets.poll();
        if (packet == null) {
            return finite ? -1 : 0;
        }
        final long t = times.poll();
        if (clock != null) {
            clock.set(t);
        }
        view.wrap(packet);
        handler.onPacket(view, 0, packet.length);
        return 1;
    }
}
