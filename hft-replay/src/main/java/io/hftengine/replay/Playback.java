package io.hftengine.replay;

import io.hftengine.replay.pcap.PacketHandler;
import org.agrona.DirectBuffer;

/**
 * Plays recorded datagrams into a handler: before each one it waits until the datagram is due
 * ({@link Pacer}) and moves the {@link VirtualClock} to its recorded time, so the handler (the
 * market data stage) sees recorded time through the same {@link io.hftengine.types.Clock} it
 * reads live. Single-threaded, allocation-free per datagram.
 */
public final class Playback implements PacketHandler {
    private static final int BATCH = 256;
    private final VirtualClock clock;
    private final Pacer pacer;
    private final PacketHandler downstream;
    private long maxLatenessNs;

    /**
     * Creates a playback.
     *
     * @param clock      advanced to each datagram's recorded time before the datagram is delivered
     * @param pacer      decides when each datagram is due
     * @param downstream receives the datagrams
     */
    public Playback(final VirtualClock clock, final Pacer pacer, final PacketHandler downstream) {
        this.clock = clock;
        this.pacer = pacer;
        this.downstream = downstream;
    }

    /**
     * Plays a source to its end on the calling thread.
     *
     * @param source the recording
     * @return records read from it, delivered or skipped
     */
    public long playAll(final ReplaySource source) {
        long records = 0;
        int read;
        while ((read = source.poll(this, BATCH)) > 0) {
            records += read;
        }
        return records;
    }

    /**
     * Paces, advances the clock, then delivers one datagram downstream.
     *
     * @param epochNanos recorded time
     * @param buffer     payload buffer
     * @param offset     payload offset
     * @param length     payload length
     * @param srcIp      IPv4 source
     * @param srcPort    UDP source port
     * @param dstIp      IPv4 destination
     * @param dstPort    UDP destination port
     */
    @Override
    public void onPacket(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort) {
        final long latenessNs = pacer.awaitRecordedTime(epochNanos);
        if (latenessNs > maxLatenessNs) {
            maxLatenessNs = latenessNs;
        }
        clock.advanceTo(epochNanos);
        downstream.onPacket(epochNanos, buffer, offset, length, srcIp, srcPort, dstIp, dstPort);
    }

    /**
     * Returns the worst lateness seen: how far behind the paced schedule delivery fell.
     *
     * @return wall nanoseconds, 0 when unpaced or never late
     */
    public long maxLatenessNs() {
        return maxLatenessNs;
    }
}
