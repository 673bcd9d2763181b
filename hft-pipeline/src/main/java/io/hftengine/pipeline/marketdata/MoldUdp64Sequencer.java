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
import java.nio.ByteOrder;

/**
 * MoldUDP64 sequencing: applies every message exactly once and in order.
 *
 * <ul>
 *   <li>The first well-formed packet fixes the session (its session field printable ASCII, its
 *       messages exactly filling the datagram, so a stray datagram cannot lock the feed out);
 *       packets of another session, shorter than a header, or with a sequence range reaching
 *       beyond 2^63 - 1 are dropped and counted as malformed.
 *   <li>A packet whose messages were all applied already is a duplicate: dropped, counted with
 *       its messages. One that overlaps has only its new messages applied; the old ones are
 *       counted as duplicate messages.
 *   <li>A packet beyond the next expected sequence, or a heartbeat or End of Session announcing
 *       one, opens a gap: counted, a retransmission request for the missing range goes to the
 *       request server, and the packet is copied into a bounded hold area (a duplicate of a held
 *       packet is dropped, not held twice). Held packets are applied as soon as the gap before
 *       them is filled (by retransmitted packets, which arrive like any other). A packet whose
 *       framing breaks off (a message running past the datagram), or one too long to hold, leaves
 *       its missing messages known: they are part of the gap and requested. A held packet holds
 *       only its complete messages, so intact copies of the rest are held in turn, not dropped as
 *       duplicates; a packet that is not going to be held evicts nothing and forces no give-up.
 *   <li>When the answer has filled what was asked but the held packets show a further hole
 *       (a packet lost while the first gap was open), that hole is requested at once, as a new
 *       gap, instead of waiting for the first gap's timeout to give it up.
 *   <li>While a gap is open and nothing has moved it for a twentieth of the gap timeout (at
 *       least 1 ms, at most half the timeout), the rest of it is asked for again: a request that
 *       could not be sent, was lost, or was answered only in part is repeated. Requests above 65,534 messages (the
 *       protocol's limit) are asked in chunks. A server that stopped short of a request (real
 *       ones cap their answers) is asked for the rest of that gap in parts of the size it
 *       answered, each as soon as the one before is in: waiting out the quiet period after every
 *       capped answer would never catch up with a running feed.
 *   <li>A gap that makes no progress for {@code gapTimeoutNs} of clock time is unrecoverable:
 *       counted with the messages lost, the books are marked stale (they miss orders; nothing is
 *       traded on them again in this session), and sequencing resumes at the lowest held packet;
 *       what is still known missing beyond it stays a gap. A server that keeps answering, however
 *       slowly, is followed to the end. When the hold area is full, a packet that belongs before
 *       the highest held one takes that one's place (the evicted range stays in the gap, asked
 *       for again later); one beyond every held packet is left to the request server: its
 *       messages stay in the gap, asked for in turn (unless no request could be sent, as in a
 *       replay, or a gap has been given up already: then it gives the gap up). So a gap far
 *       wider than the hold area (an engine restarted during the day, millions of messages behind
 *       a running feed) is followed through the request server to the live packets, not given up
 *       when they outrun the hold area; events applied meanwhile say stale (see
 *       {@link #behindBy()}).
 *   <li>A sequence number is believed once a second datagram agrees with it. A packet or
 *       heartbeat more than {@link #FAR_AHEAD} messages beyond every sequence the feed has shown
 *       so far is set aside (copied, counted) until another datagram within {@code FAR_AHEAD} of
 *       it arrives while it still points that far ahead: then both are sequenced as usual, in
 *       arrival order (a late join or an outage costs one packet's wait). The other line's copy
 *       of it (same sequence and count, within the request delay) confirms nothing; a heartbeat
 *       repeated later does. One that another unconfirmed jump replaces is dropped and counted: a
 *       single corrupt or stray datagram claiming sequence 10^12 would otherwise make a gap that
 *       wide, every later event stale for the rest of the run. At the end of the input a jump
 *       still set aside is sequenced when it was the last datagram (a recording's own packet is
 *       not dropped), dropped and counted when later ones never confirmed it.
 * </ul>
 * Single thread (market data); allocation-free after construction.
 */
public final class MoldUdp64Sequencer implements MoldUdp64Listener {
    /**
     * How far beyond every sequence the feed has shown a datagram may point before a second one
     * must confirm it: wider than any burst lost on a working feed, narrow enough that a wrong
     * number below it costs at most that many messages of stale events (the live feed reaches it).
     */
    public static final long FAR_AHEAD = 1L << 16;
    /** The most messages one MoldUDP64 request may ask for (a count of 0xFFFF means End of Session). */
    private static final long PROTOCOL_REQUEST_LIMIT = MoldUdp64Descriptor.END_OF_SESSION_COUNT - 1;
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
    private long gapTarget;
    /** The first message the last request asked for. */
    private long requestedFrom;
    /** One past the last message the last request asked for. */
    private long requestedEnd;
    /**
     * The most messages one request asks for: the protocol's limit until the server is seen to
     * stop short of a request, then the size of that answer (learned once a gap; see
     * {@link #learnAnswerLimit()}).
     */
    private long answerLimit = PROTOCOL_REQUEST_LIMIT;
    /** Whether the last request was cut to {@link #answerLimit}: the rest of the hole follows it. */
    private boolean requestCapped;
    /** Whether the last request could not be sent (no request server: replay, benchmarks). */
    private boolean lastRequestUnsent;
    /** Whether a gap has been given up in this session (the books are stale from then on). */
    private boolean gapGivenUp;
    /** Clock time of the last request, sent or not. */
    private long lastRequestNs;
    /** Clock time the gap opened or {@code expected} last moved while it was open. */
    private long lastProgressNs;
    /** Quiet time (no progress, no request) before the rest of a gap is asked for again. */
    private final long reaskNs;
    /** Set by {@link #completeMessages}: one past the last complete message block. */
    private int framedLength;
    private long sessionPackets;
    /** How long a new gap waits before it is requested (the other line of an A/B feed may fill it). */
    private long requestDelayNs;
    /** A gap is open and its first request waits for {@link #requestDueNs}. */
    private boolean requestPending;
    private long requestDueNs;
    /** The highest sequence a trusted datagram reached (a packet's end, a heartbeat's next). */
    private long trustedHead;
    /** A datagram set aside for pointing {@link #FAR_AHEAD} beyond {@link #trustedHead}. */
    private final UnsafeBuffer jump;
    private int jumpLength;
    private long jumpFirst;
    private int jumpCount;
    private boolean jumpPending;
    /** Clock time the jump was set aside: the other line's copy comes within the request delay. */
    private long jumpNs;
    /** {@link #sessionPackets} once the jump (or a copy of it) was taken: whether any came after. */
    private long jumpSessionPackets;

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
        this.reaskNs = Math.min(Math.max(1_000_000L, gapTimeoutNs / 20), Math.max(1, gapTimeoutNs / 2));
        this.maxPacketLength = maxPacketLength;
        this.expected = firstSequence;
        this.trustedHead = firstSequence;
        this.jump = new UnsafeBuffer(ByteBuffer.allocateDirect(maxPacketLength));
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
            // Only a datagram that looks like a real packet may fix the session.
            if (!header.isWellFormedPacket(length)) {
                counters.increment(MarketDataCounter.MALFORMED_PACKETS);
                return;
            }
            header.getSession(session, 0);
            sessionKnown = true;
        } else if (!header.sessionEquals(session, 0)) {
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        sessionPackets++;
        sequence(buffer, offset, length);
    }

    /**
     * Walks a data packet's message blocks: how many of the {@code count} its header promises lie
     * complete inside the datagram; where the last of them ends is left in {@link #framedLength}.
     */
    private int completeMessages(final DirectBuffer buffer, final int offset, final int length, final int count) {
        int at = MoldUdp64Descriptor.HEADER_LENGTH;
        int complete = 0;
        while (complete < count && at + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE <= length) {
            final int next = at + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE
                + (buffer.getShort(offset + at, ByteOrder.BIG_ENDIAN) & 0xFFFF);
            if (next > length) {
                break;
            }
            at = next;
            complete++;
        }
        framedLength = at;
        return complete;
    }

    private void sequence(final DirectBuffer buffer, final int offset, final int length) {
        header.wrap(buffer, offset);
        final long first = header.sequenceNumber();
        final int count = header.messageCount();
        if (first < 0) {
            // beyond 2^63: a corrupt header, not a sequence number any session reaches
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        if (carriesNoMessages(count)) {
            if (isFarAhead(first) && !confirmJump(buffer, offset, length, first, count)) {
                return;
            }
            trustedHead = Math.max(trustedHead, first);
            counters.increment(count == MoldUdp64Descriptor.HEARTBEAT_COUNT ? MarketDataCounter.HEARTBEATS
                : MarketDataCounter.END_OF_SESSION);
            // Both carry the next sequence the server will send: anything before it not yet
            // applied was lost at the tail, and no later packet may come to show it.
            if (first > expected) {
                openGap(first);
            }
            return;
        }
        final long end = first + count;
        if (end < 0) {
            // runs past 2^63 - 1: as impossible as a first sequence beyond it
            counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            return;
        }
        if (isFarAhead(first) && !confirmJump(buffer, offset, length, first, count)) {
            return;
        }
        if (end <= expected) {
            duplicate(count);
            return;
        }
        trustedHead = Math.max(trustedHead, end);
        if (first > expected) {
            if (coveredByHeld(first, end)) {
                // Already held (a copy, or a retransmission of it): its gap is open already.
                duplicate(count);
                return;
            }
            final int complete = completeMessages(buffer, offset, length, count);
            if (complete == 0 || length > maxPacketLength) {
                // Not going to be held, so it takes no held packet's place and forces no give-up:
                // its messages stay in the gap, asked for.
                counters.increment(MarketDataCounter.MALFORMED_PACKETS);
                openGap(end);
                return;
            }
            if (heldCount == ordered.length) {
                if (first < heldFirst[highestHeld()]) {
                    evictHighest();
                } else if (serverMayAnswer()) {
                    // The gap is open (packets are held): its messages come from the server in turn.
                    counters.increment(MarketDataCounter.PACKETS_LEFT_TO_REQUEST);
                    gapTarget = Math.max(gapTarget, end);
                    return;
                } else {
                    giveUp();
                    sequence(buffer, offset, length);
                    return;
                }
            }
            if (complete < count || framedLength < length) {
                // Counted here, once: the held copy is cut to its complete messages and decodes clean.
                counters.increment(MarketDataCounter.MALFORMED_PACKETS);
            }
            hold(buffer, offset, first, complete);
            openGap(first);
            // What a cut-short held packet does not hold is missing like the gap before it.
            gapTarget = Math.max(gapTarget, end);
            return;
        }
        decode(buffer, offset, length, end);
        drainHeld();
        afterProgress();
    }

    private boolean isFarAhead(final long first) {
        return first - Math.max(expected, trustedHead) > FAR_AHEAD;
    }

    /**
     * A datagram pointing {@link #FAR_AHEAD} beyond every sequence shown so far: with a jump set
     * aside within {@code FAR_AHEAD} of it, and still pointing that far ahead itself, the two
     * agree: the one set aside is sequenced first, and this one is to be sequenced by the caller.
     * A copy of the one set aside (same sequence and count) within the request delay is the other
     * line's copy, no confirmation: counted a duplicate (a data packet) and dropped. Otherwise this
     * one is set aside in place of any earlier jump (which is dropped).
     *
     * @return whether the caller sequences this datagram now
     */
    private boolean confirmJump(final DirectBuffer buffer, final int offset, final int length, final long first,
                                final int count) {
        if (jumpPending && first == jumpFirst && count == jumpCount
            && clock.epochNanos() - jumpNs <= requestDelayNs) {
            // The other line's copy of the datagram set aside (a feed's bug sends a bogus one on
            // both lines): no second opinion. A heartbeat repeated later (an idle feed) is one.
            jumpSessionPackets = sessionPackets;
            if (!carriesNoMessages(count)) {
                duplicate(count);
            }
            return false;
        }
        // Only while the one set aside still points far ahead: once the feed came near it without
        // confirming it, it was not the feed's (its messages would be held in place of the real ones).
        if (jumpPending && isFarAhead(jumpFirst) && Math.abs(first - jumpFirst) <= FAR_AHEAD) {
            sequenceJump(first);
            header.wrap(buffer, offset); // the set-aside packet had the flyweight
            return true;
        }
        if (jumpPending) {
            counters.increment(MarketDataCounter.SEQUENCE_JUMPS_DROPPED);
        }
        counters.increment(MarketDataCounter.SEQUENCE_JUMPS_HELD);
        if (length > jump.capacity()) {
            // Too long to set aside (and to hold behind a gap): dropped; a confirmed jump asks for it.
            jumpPending = false;
            counters.increment(MarketDataCounter.SEQUENCE_JUMPS_DROPPED);
            return false;
        }
        jump.putBytes(0, buffer, offset, length);
        jumpLength = length;
        jumpFirst = first;
        jumpCount = count;
        jumpNs = clock.epochNanos();
        jumpSessionPackets = sessionPackets;
        jumpPending = true;
        return false;
    }

    /** A heartbeat or an End of Session: a header announcing the next sequence, no message. */
    private static boolean carriesNoMessages(final int count) {
        return count == MoldUdp64Descriptor.END_OF_SESSION_COUNT || count == MoldUdp64Descriptor.HEARTBEAT_COUNT;
    }

    /**
     * Trusts the jump set aside (and a sequence up to {@code alsoTrusted}) and sequences it as
     * any other datagram.
     */
    private void sequenceJump(final long alsoTrusted) {
        jumpPending = false;
        trustedHead = Math.max(trustedHead, Math.max(alsoTrusted, jumpFirst));
        sequence(jump, 0, jumpLength);
    }

    /** Applies a packet that starts at or before {@code expected}; a framing break leaves its tail missing. */
    private void decode(final DirectBuffer buffer, final int offset, final int length, final long end) {
        decoder.decode(buffer, offset, length);
        if (expected < end) {
            openGap(end);
        }
    }

    /**
     * Whether a packet beyond a full hold area may be left to the request server. Not when the
     * last request could not be sent (replay, benchmarks, no request server configured): nothing
     * would ever come for it, and a recording missing one packet would lose a gap timeout of the
     * feed behind it. Not once a gap has been given up: the books are stale for the session, and
     * a server that let a gap time out would otherwise have each following hold area given up a
     * timeout later, the live feed never followed again. A server slow to answer is waited for
     * up to the gap timeout, even though a silent one then costs that much of the live feed: a
     * give-up leaves the books stale for the session whenever it comes, so giving up early to
     * lose less of the feed gains nothing, and a server that needed 100 ms under load would be
     * given up on a day it could have recovered.
     */
    private boolean serverMayAnswer() {
        return !lastRequestUnsent && !gapGivenUp;
    }

    private void duplicate(final int messages) {
        counters.increment(MarketDataCounter.DUPLICATE_PACKETS);
        counters.add(MarketDataCounter.DUPLICATE_MESSAGES, messages);
    }

    /**
     * Whether a held packet already holds every message of {@code [first, end)}. The ring is
     * sorted by first sequence, so only the held packet with the highest first at or below
     * {@code first} is looked at: O(1) for the usual in-order arrivals.
     */
    private boolean coveredByHeld(final long first, final long end) {
        final int capacity = ordered.length;
        for (int k = heldCount - 1; k >= 0; k--) {
            final int slot = ordered[(orderedHead + k) % capacity];
            if (heldFirst[slot] <= first) {
                return heldEnd[slot] >= end;
            }
        }
        return false;
    }

    /** Drops the held packet with the highest first sequence; its messages stay part of the gap. */
    private void evictHighest() {
        final int slot = highestHeld();
        gapTarget = Math.max(gapTarget, heldEnd[slot]);
        heldCount--;
        freeSlots[freeCount++] = slot;
        counters.increment(MarketDataCounter.HELD_PACKETS_EVICTED);
    }

    /**
     * Copies the complete messages of a packet not held yet into the hold area (the
     * {@code framedLength} bytes {@link #completeMessages} found), its count set to match: a held
     * packet claims no message it does not hold, or an intact copy of that message arriving later
     * would be dropped as already held, and its copy decodes clean.
     */
    private void hold(final DirectBuffer buffer, final int offset, final long first, final int complete) {
        final int slot = freeSlots[--freeCount];
        final int at = slot * maxPacketLength;
        heldFirst[slot] = first;
        heldEnd[slot] = first + complete;
        heldLength[slot] = framedLength;
        held.putBytes(at, buffer, offset, framedLength);
        held.putShort(at + MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET, (short) complete, ByteOrder.BIG_ENDIAN);
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
                duplicate((int) (heldEnd[slot] - heldFirst[slot]));
            } else {
                decode(held, slot * maxPacketLength, heldLength[slot], heldEnd[slot]);
            }
        }
    }

    private int lowestHeld() {
        return ordered[orderedHead];
    }

    private int highestHeld() {
        return ordered[(orderedHead + heldCount - 1) % ordered.length];
    }

    /**
     * Sets how long a new gap waits before its first retransmission request: with an A/B feed the
     * other line usually brings the missing packet within microseconds, and asking the request
     * server for every packet one line dropped would load it for nothing. 0 (the default) asks at
     * once. Set before packets flow.
     *
     * @param delayNs clock time, 0 or more
     * @throws IllegalArgumentException when negative
     */
    public void requestDelayNs(final long delayNs) {
        if (delayNs < 0) {
            throw new IllegalArgumentException("requestDelayNs must not be negative, was " + delayNs);
        }
        this.requestDelayNs = delayNs;
    }

    private void openGap(final long upTo) {
        gapTarget = Math.max(gapTarget, upTo);
        if (gapOpen) {
            return;
        }
        gapOpen = true;
        lastProgressNs = clock.epochNanos();
        counters.increment(MarketDataCounter.GAPS);
        if (deferredRequest()) {
            return;
        }
        requestUpTo(upTo);
    }

    /**
     * With a request delay, the first request for a new hole waits for {@link #checkTimeout}
     * (the other line may bring it first).
     *
     * @return true when deferred, false when it is to be sent now
     */
    private boolean deferredRequest() {
        if (requestDelayNs == 0) {
            return false;
        }
        requestPending = true;
        requestDueNs = lastProgressNs + requestDelayNs;
        return true;
    }

    /** Asks for {@code [expected, upTo)}, at most {@link #answerLimit} messages of it. */
    private void requestUpTo(final long upTo) {
        requestPending = false;
        lastRequestNs = clock.epochNanos();
        final long missing = Math.min(upTo - expected, answerLimit);
        requestCapped = upTo - expected > answerLimit;
        requestedFrom = expected;
        requestedEnd = expected + missing;
        request.wrapForEncode(requestBuffer, 0).session(session, 0).sequenceNumber(expected).messageCount((int) missing);
        lastRequestUnsent = !requester.request(requestBuffer, 0, MoldUdp64Descriptor.REQUEST_LENGTH);
        if (!lastRequestUnsent) {
            counters.increment(MarketDataCounter.RETRANSMIT_REQUESTS);
        }
    }

    private void afterProgress() {
        if (!gapOpen) {
            return;
        }
        lastProgressNs = clock.epochNanos();
        final long holeEnd = holeEnd();
        if (expected >= holeEnd) {
            gapOpen = false;
            gapTarget = 0;
            requestPending = false;
            forgetAnswerLimit();
            counters.increment(MarketDataCounter.GAPS_FILLED);
        } else if (requestPending) {
            // Filled in part while the first request waits (the other line): it goes out when due,
            // for what is still missing then.
            return;
        } else if (expected >= requestedEnd) {
            if (!requestCapped) {
                // What was asked for has all come, but a packet lost while the gap was open left
                // another hole: the first gap is filled, the hole is a new one, asked for now
                // rather than after the timeout.
                counters.increment(MarketDataCounter.GAPS_FILLED);
                counters.increment(MarketDataCounter.GAPS);
                if (deferredRequest()) {
                    // A new hole: the other line of an A/B feed gets its chance first, as at any gap.
                    return;
                }
            }
            requestUpTo(holeEnd);
        }
        // else part of the answer is in: more may be on its way (one request can be answered in
        // several packets), or the server cut it short; checkTimeout asks again if it stalls.
    }

    /**
     * One past the hole at {@code expected}: held packets are drained as far as they go, so with
     * any held the lowest starts beyond expected; with none held, the hole ends at the target.
     */
    private long holeEnd() {
        return heldCount > 0 ? heldFirst[lowestHeld()] : gapTarget;
    }

    /**
     * Repeats the request of a gap that has stalled, and gives up one that has made no progress
     * for the gap timeout; call every duty cycle.
     */
    public void checkTimeout() {
        if (!gapOpen) {
            return;
        }
        final long now = clock.epochNanos();
        if (now - lastProgressNs > gapTimeoutNs) {
            giveUp();
        } else if (requestPending) {
            if (now - requestDueNs >= 0) {
                requestUpTo(holeEnd());
            }
        } else if (now - Math.max(lastProgressNs, lastRequestNs) > reaskNs) {
            // Nothing has moved the gap for a while: the request was not sent, was lost, or was
            // answered only in part. Ask again for what is still missing.
            learnAnswerLimit();
            requestUpTo(holeEnd());
        }
    }

    /**
     * The last request was answered in part and then nothing more came: the server caps its
     * answers (the feed simulator at 512 messages), so later requests of this gap ask for that
     * many, and the next goes out the moment one is in. Learned once a gap: a later short answer
     * is more likely an answer packet lost than a smaller cap. Not learned when a packet of the
     * answer is held beyond {@code expected} (the answer went on: one of its packets was lost,
     * the server did not stop there). An answer cut short by the loss of its last packet makes
     * requests smaller than they could be, never wrong, and only until the gap is filled (see
     * {@link #forgetAnswerLimit()}).
     */
    private void learnAnswerLimit() {
        final long answered = expected - requestedFrom;
        // Not learned yet while at the protocol's limit: a learned cap is always below it.
        if (answerLimit == PROTOCOL_REQUEST_LIMIT && answered > 0 && expected < requestedEnd
            && holeEnd() >= requestedEnd) {
            answerLimit = answered;
        }
    }

    /**
     * A gap followed to its end: the next one asks in full again and learns the cap anew, so a
     * cap wrongly learned from a lost answer packet (a small gap's, say) does not make every
     * request of the session that small. A later gap wider than the real cap pays one quiet
     * period to learn it again.
     */
    private void forgetAnswerLimit() {
        answerLimit = PROTOCOL_REQUEST_LIMIT;
    }

    /**
     * The input has ended (a recording played to its end): a gap still open can never be filled
     * now, so it is given up at once, as at its timeout: the packets held behind it are applied,
     * the messages in it counted lost and the books marked stale. Without this the held packets
     * were never applied and the loss never counted.
     */
    public void endOfInput() {
        if (jumpPending) {
            jumpPending = false;
            if (sessionPackets == jumpSessionPackets) {
                // The input's last datagram: nothing could confirm it, and a recording's own
                // packet is not to be dropped.
                sequenceJump(jumpFirst);
            } else {
                // The datagrams after it never confirmed it, as the feed's next ones would have:
                // not the feed's (a gap that wide would be given up, its messages applied).
                counters.increment(MarketDataCounter.SEQUENCE_JUMPS_DROPPED);
            }
        }
        // Each give-up reopens what is still known missing beyond it (a further hole between held
        // packets, packets left to the server): nothing can fill those now either.
        while (gapOpen) {
            giveUp();
        }
    }

    private void giveUp() {
        gapGivenUp = true;
        counters.increment(MarketDataCounter.UNRECOVERABLE_GAPS);
        final long knownMissingUpTo = gapTarget;
        final long resume = heldCount > 0 ? heldFirst[lowestHeld()] : gapTarget;
        counters.add(MarketDataCounter.MESSAGES_LOST, Math.max(0, resume - expected));
        expected = Math.max(expected, resume);
        gapOpen = false;
        gapTarget = 0;
        requestPending = false;
        onStale.run();
        drainHeld();
        if (heldCount > 0) {
            openGap(heldFirst[lowestHeld()]);
        }
        // What a heartbeat, an End of Session or an evicted packet showed missing beyond the held
        // packets is still missing: it stays a gap of its own, asked for and timed.
        if (expected < knownMissingUpTo) {
            openGap(knownMissingUpTo);
        }
    }

    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        if (sequenceNumber != expected) {
            // Only behind expected: a packet is decoded only when it starts at or before it, and
            // its messages are consecutive. The head of an overlapping packet.
            counters.increment(MarketDataCounter.DUPLICATE_MESSAGES);
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
     * Returns the datagrams of the followed session taken so far (heartbeats, duplicates and
     * packets held or dropped as malformed after the session check included): the sign of life of
     * the feed the books follow, which datagrams of another session or garbage are not.
     *
     * @return packets of the session since construction
     */
    public long sessionPackets() {
        return sessionPackets;
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
     * Returns how many messages the feed is known to be ahead of the next one to apply: 0 with
     * no gap open; while one is, up to the highest sequence seen (held, or announced by a packet
     * beyond the hold area). An engine restarted during the day, asking for the morning from 1,
     * is millions behind; a reordered packet, a few.
     *
     * @return messages known to lie ahead, 0 when none
     */
    public long behindBy() {
        if (!gapOpen) {
            return 0;
        }
        final long seen = heldCount > 0 ? Math.max(gapTarget, heldEnd[highestHeld()]) : gapTarget;
        return Math.max(0, seen - expected);
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
