package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * MoldUDP64 sequencing: applies every message exactly once and in order.
 *
 * <ul>
 *   <li>The first packet fixes the session; packets of another session, or shorter than a
 *       header, are dropped and counted as malformed.
 *   <li>A packet whose messages were all applied already is a duplicate: dropped, counted. One
 *       that overlaps has only its new messages applied.
 *   <li>A packet beyond the next expected sequence (or a heartbeat announcing one) opens a gap:
 *       counted, a retransmission request for the missing range goes to the request server, and
 *       the packet is copied into a bounded hold area. Held packets are applied as soon as the
 *       gap before them is filled (by retransmitted packets, which arrive like any other).
 *   <li>When the answer has filled what was asked but the held packets show a further hole
 *       (a packet lost while the first gap was open), that hole is requested at once, as a new
 *       gap with its own timeout, instead of waiting for the first gap's timeout to give it up.
 *   <li>When an answer stops short of what was asked (servers cap how much one request gets) and
 *       nothing more has come for a twentieth of the gap timeout (at least 1 ms), the rest is
 *       asked for again; each new request restarts the gap's clock, so a server that keeps
 *       answering, a part at a time, is followed to the end.
 *   <li>A gap still open after {@code gapTimeoutNs} of clock time, or a hold area that is full,
 *       is unrecoverable: counted with the messages lost, the books are marked stale (they miss
 *       orders; nothing is traded on them again in this session), and sequencing resumes at the
 *       lowest held packet.
 * </ul>
 * Single thread (market data); allocation-free after construction.
 */
public final class MoldUdp64Sequencer implements MoldUdp64Listener {
    private final MessageHandler messages;
    private final Counters<MarketDataCounter> counters;
    private final RetransmitRequester requester;
    private final Clock clock;
    private final Runnable onStale;
    private final long gapTimeoutNs;
    private final int maxPacketLength;
    private final MoldUdp64Decoder decoder;
    private final MoldUdp64Header header = new MoldUdp64Header();
    private final MoldUdp64Header request = new MoldUdp64Header();
    private final UnsafeBuffer session = new UnsafeBuffer(new byte[MoldUdp64Descriptor.SESSION_LENGTH]);
    private final UnsafeBuffer requestBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(MoldUdp64Descriptor.REQUEST_LENGTH));
    private final UnsafeBuffer held;
    private final long[] heldFirst;
    private final long[] heldEnd;
    private final int[] heldLength;
    /** Held slots by ascending first sequence, a ring starting at {@code orderedHead}. */
    private final int[] ordered;
    private int orderedHead;
    /** Free slots, a stack: holding and releasing a packet is O(1) in the usual in-order case. */
    private final int[] freeSlots;
    private int freeCount;
    private int heldCount;
    private boolean sessionKnown;
    private long expected;
    private boolean gapOpen;
    private long gapStartNs;
    private long gapTarget;
    /** The next expected sequence when the last request went out. */
    private long requestedFrom;
    /** One past the last message the last request asked for. */
    private long requestedEnd;
    /** Clock time of the last answer that moved {@code expected} while a gap was open. */
    private long lastAnswerNs;
    /** Quiet time after a partial answer before the rest is asked for again. */
    private final long reaskNs;

    /**
     * Creates a sequencer.
     *
     * @param messages receives each message once, in sequence order (the ITCH decoder)
     * @param counters the market data counters
     * @param requester where retransmission requests go
     * @param clock gap timeouts
     * @param onStale called when a gap is given up (marks the books stale)
     * @param firstSequence sequence number expected first (1 for a session joined at its start)
     * @param maxHeldPackets hold area size in packets, at least 1
     * @param maxPacketLength largest datagram held, bytes
     * @param gapTimeoutNs clock time a gap may stay open
     */
    public MoldUdp64Sequencer(final MessageHandler messages, final Counters<MarketDataCounter> counters,
                              final RetransmitRequester requester, final Clock clock, final Runnable onStale,
                              final long firstSequence, final int maxHeldPackets, final int maxPacketLength,
                              final long gapTimeoutNs) {
        if (maxHeldPackets < 1 || maxPacketLength < MoldUdp64Descriptor.HEADER_LENGTH || gapTimeoutNs < 0
            || firstSequence < 0) {
            throw new IllegalArgumentException("maxHeldPackets >= 1, maxPacketLength >= 20, gapTimeoutNs >= 0 and "
                + "firstSequence >= 0 required: " + maxHeldPackets + ", " + maxPacketLength + ", " + gapTimeoutNs
                + ", " + firstSequence);
        }
        this.messages = messages;
        this.counters = counters;
        // a count that overruns the datagram: the messages before the bad one were applied
        this.decoder = new MoldUdp64Decoder(this,
            (error, buffer, offset, length) -> counters.increment(MarketDataCounter.MALFORMED_PACKETS));
        this.requester = requester;
        this.clock = clock;
        this.onStale = onStale;
        this.gapTimeoutNs = gapTimeoutNs;
        this.reaskNs = Math.max(1_000_000L, gapTimeoutNs / 20);
        this.maxPacketLength = maxPacketLength;
        this.expected = firstSequence;
        this.held = new UnsafeBuffer(ByteBuffer.allocateDirect(maxHeldPackets * maxPacketLength));
        this.heldFirst = new long[maxHeldPackets];
        this.heldEnd = new long[maxHeldPackets];
        this.heldLength = new int[maxHeldPackets];
        this.ordered = new int[maxHeldPackets];
        this.freeSlots = new int[maxHeldPackets];
        for (int i = 0; i < maxHeldPackets; i++) {
            freeSlots[i] = maxHeldPackets - 1 - i;
        }
        this.freeCount = maxHeldPackets;
    }

    /**
     * Handles one datagram.
     *
     * @param buffer holds it
     * @param offset start
     * @param length length
     */
    public void onPacket(final DirectBuffer buffer, final int offset, final int length) {
        if (length < MoldUdp64Descriptor.HEADER_LENGTH || offset < 0 || length > buffer.capacity() - offset) {
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        header.wrap(buffer, offset);
        if (!sessionKnown) {
            header.getSession(session, 0);
            sessionKnown = true;
        } else if (!header.sessionEquals(session, 0)) {
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        sequence(buffer, offset, length);
    }

    private void sequence(final DirectBuffer buffer, final int offset, final int length) {
        header.wrap(buffer, offset);
        final long first = header.sequenceNumber();
        final int count = header.messageCount();
        if (count == MoldUdp64Descriptor.END_OF_SESSION_COUNT) {
            counters.increment(MarketDataCounter.END_OF_SESSION);
            return;
        }
        if (count == MoldUdp64Descriptor.HEARTBEAT_COUNT) {
            counters.increment(MarketDataCounter.HEARTBEATS);
            if (first > expected) {
                openGap(first);
            }
            return;
        }
        final long end = first + count;
        if (end <= expected) {
            counters.increment(MarketDataCounter.DUPLICATE_PACKETS);
            return;
        }
        if (first > expected) {
            if (heldCount == ordered.length) {
                giveUp();
                sequence(buffer, offset, length);
                return;
            }
            hold(buffer, offset, length, first, end);
            openGap(first);
            return;
        }
        decoder.decode(buffer, offset, length);
        drainHeld();
        afterProgress();
    }

    private void hold(final DirectBuffer buffer, final int offset, final int length, final long first, final long end) {
        if (length > maxPacketLength) {
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        final int slot = freeSlots[--freeCount];
        heldFirst[slot] = first;
        heldEnd[slot] = end;
        heldLength[slot] = length;
        held.putBytes(slot * maxPacketLength, buffer, offset, length);
        // Keep the ring sorted by first sequence. Packets behind a gap mostly arrive in order, so
        // this walks no step at all; a reordered one walks back past the later ones.
        final int capacity = ordered.length;
        int k = heldCount;
        while (k > 0 && heldFirst[ordered[(orderedHead + k - 1) % capacity]] > first) {
            ordered[(orderedHead + k) % capacity] = ordered[(orderedHead + k - 1) % capacity];
            k--;
        }
        ordered[(orderedHead + k) % capacity] = slot;
        heldCount++;
        counters.increment(MarketDataCounter.PACKETS_HELD);
    }

    private void drainHeld() {
        while (heldCount > 0) {
            final int slot = lowestHeld();
            if (heldFirst[slot] > expected) {
                return;
            }
            // Released before decoding: decoding never holds a packet, so the slot stays intact.
            orderedHead = (orderedHead + 1) % ordered.length;
            heldCount--;
            freeSlots[freeCount++] = slot;
            if (heldEnd[slot] <= expected) {
                counters.increment(MarketDataCounter.DUPLICATE_PACKETS);
            } else {
                decoder.decode(held, slot * maxPacketLength, heldLength[slot]);
            }
        }
    }

    private int lowestHeld() {
        return ordered[orderedHead];
    }

    private void openGap(final long upTo) {
        gapTarget = Math.max(gapTarget, upTo);
        if (gapOpen) {
            return;
        }
        gapOpen = true;
        counters.increment(MarketDataCounter.GAPS);
        requestUpTo(upTo);
    }

    /** Asks for {@code [expected, upTo)} and restarts the gap's clock. */
    private void requestUpTo(final long upTo) {
        gapStartNs = clock.epochNanos();
        final long missing = Math.min(upTo - expected, MoldUdp64Descriptor.END_OF_SESSION_COUNT - 1);
        requestedFrom = expected;
        requestedEnd = expected + missing;
        request.wrapForEncode(requestBuffer, 0).session(session, 0).sequenceNumber(expected).messageCount((int) missing);
        if (requester.request(requestBuffer, 0, MoldUdp64Descriptor.REQUEST_LENGTH)) {
            counters.increment(MarketDataCounter.RETRANSMIT_REQUESTS);
        }
    }

    private void afterProgress() {
        if (!gapOpen) {
            return;
        }
        final long holeEnd = holeEnd();
        if (expected >= holeEnd) {
            gapOpen = false;
            gapTarget = 0;
            counters.increment(MarketDataCounter.GAPS_FILLED);
        } else if (expected >= requestedEnd) {
            // What was asked for has all come, but a packet lost while the gap was open left
            // another hole: the first gap is filled, the hole is a new one, asked for now
            // rather than after the timeout.
            counters.increment(MarketDataCounter.GAPS_FILLED);
            counters.increment(MarketDataCounter.GAPS);
            requestUpTo(holeEnd);
        } else {
            // Part of the answer is in: more may be on its way (one request can be answered in
            // several packets), or the server cut it short; checkTimeout tells them apart.
            lastAnswerNs = clock.epochNanos();
        }
    }

    /**
     * One past the hole at {@code expected}: held packets are drained as far as they go, so with
     * any held the lowest starts beyond expected; with none held, the hole ends at the target.
     */
    private long holeEnd() {
        return heldCount > 0 ? heldFirst[lowestHeld()] : gapTarget;
    }

    /** Gives the open gap up if it has been open longer than the timeout; call every duty cycle. */
    public void checkTimeout() {
        if (!gapOpen) {
            return;
        }
        final long now = clock.epochNanos();
        if (expected > requestedFrom && expected < requestedEnd && now - lastAnswerNs > reaskNs) {
            // A partial answer, and nothing more for a while: ask for the rest.
            requestUpTo(holeEnd());
        } else if (now - gapStartNs > gapTimeoutNs) {
            giveUp();
        }
    }

    private void giveUp() {
        counters.increment(MarketDataCounter.UNRECOVERABLE_GAPS);
        final long resume = heldCount > 0 ? heldFirst[lowestHeld()] : gapTarget;
        counters.add(MarketDataCounter.MESSAGES_LOST, Math.max(0, resume - expected));
        expected = Math.max(expected, resume);
        gapOpen = false;
        gapTarget = 0;
        onStale.run();
        drainHeld();
        if (heldCount > 0) {
            openGap(heldFirst[lowestHeld()]);
        }
    }

    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        if (sequenceNumber != expected) {
            return;
        }
        expected++;
        counters.increment(MarketDataCounter.MESSAGES);
        messages.onMessage(buffer, offset, length);
    }

    /**
     * Returns the next sequence number expected.
     *
     * @return the next sequence number expected
     */
    public long expectedSequence() {
        return expected;
    }

    /**
     * Returns whether a gap is open.
     *
     * @return whether a gap is open
     */
    public boolean gapOpen() {
        return gapOpen;
    }

    /**
     * Returns packets held now.
     *
     * @return packets held now
     */
    public int heldPackets() {
        return heldCount;
    }
}
