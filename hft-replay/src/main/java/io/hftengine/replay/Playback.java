package io.hftengine.replay;

import io.hftengine.replay.pcap.PacketHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Plays recorded datagrams into a handler: before each one it waits until the datagram is due
 * ({@link Pacer}) and moves the {@link VirtualClock} to its recorded time, so the handler (the
 * market data stage) sees recorded time through the same {@link io.hftengine.types.Clock} it
 * reads live. Two ways to drive it: as the {@link PacketHandler} of a source's poll, which waits
 * on the calling thread until each datagram is due; or {@link #pollDue}, which never waits (it
 * keeps a datagram not yet due, copied, for a later call), for an agent whose duty cycle must
 * stay free to stop during a long recorded silence. Single-threaded, allocation-free per
 * datagram.
 */
public final class Playback implements PacketHandler {
    private static final int BATCH = 256;
    /** Room for any UDP payload a capture can hold. */
    private static final int HELD_CAPACITY = 65_536;
    private final VirtualClock clock;
    private final Pacer pacer;
    private final PacketHandler downstream;
    private final PacketHandler dueGate = this::deliverOrHold;
    private final UnsafeBuffer held = new UnsafeBuffer(new byte[HELD_CAPACITY]);
    private boolean holding;
    private boolean deliveredByGate;
    private long heldEpochNanos;
    private int heldLength;
    private int heldSrcIp;
    private int heldSrcPort;
    private int heldDstIp;
    private int heldDstPort;
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
     * Delivers the next datagram of a source if it is due, without ever waiting: one not yet due
     * is kept (copied) and offered again by the next call, which reads nothing new until it is
     * delivered. The clock is advanced as it is by {@link #onPacket}.
     *
     * @param source the recording, read one record per call
     * @return 1 when a datagram was delivered; 0 when none was (the one held is not due yet, or the
     *     record read was not a datagram); -1 once the source is exhausted and nothing is held
     */
    public int pollDue(final ReplaySource source) {
        if (holding) {
            final long untilDueNs = pacer.nanosUntilDue(heldEpochNanos);
            if (untilDueNs > 0) {
                return 0;
            }
            holding = false;
            deliver(heldEpochNanos, held, 0, heldLength, heldSrcIp, heldSrcPort, heldDstIp, heldDstPort,
                -untilDueNs);
            return 1;
        }
        deliveredByGate = false;
        if (source.poll(dueGate, 1) == 0) {
            return source.isExhausted() ? -1 : 0;
        }
        return deliveredByGate ? 1 : 0;
    }

    private void deliverOrHold(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort) {
        final long untilDueNs = pacer.nanosUntilDue(epochNanos);
        // A payload larger than any UDP datagram cannot be held: it goes now rather than be lost.
        if (untilDueNs <= 0 || length > HELD_CAPACITY) {
            deliver(epochNanos, buffer, offset, length, srcIp, srcPort, dstIp, dstPort, Math.max(0, -untilDueNs));
            deliveredByGate = true;
            return;
        }
        held.putBytes(0, buffer, offset, length);
        holding = true;
        heldEpochNanos = epochNanos;
        heldLength = length;
        heldSrcIp = srcIp;
        heldSrcPort = srcPort;
        heldDstIp = dstIp;
        heldDstPort = dstPort;
    }

    /**
     * Returns whether a datagram read by {@link #pollDue} waits to be due.
     *
     * @return true while one is held
     */
    public boolean isHolding() {
        return holding;
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
        deliver(epochNanos, buffer, offset, length, srcIp, srcPort, dstIp, dstPort,
            pacer.awaitRecordedTime(epochNanos));
    }

    private void deliver(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort, final long latenessNs) {
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
