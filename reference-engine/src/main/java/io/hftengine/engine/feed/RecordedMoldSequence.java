package io.hftengine.engine.feed;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The MoldUDP64 packets of a recording put back into sequence, for the tools that read a capture
 * offline ({@code inspect}, {@code feed --in}): each message of one session is handed on exactly
 * once, in sequence order, however the capture holds it.
 *
 * <p>What real captures hold, and what is done with it:
 * <ul>
 *   <li>Both lines of an A/B feed (every packet twice), retransmissions: a message already handed
 *       on is a duplicate, counted, not handed on again.
 *   <li>Packets out of order (two capture points merged, one line ahead of the other): a packet
 *       beyond the next sequence is held, copied, until the packets before it come; up to
 *       {@code maxHeldPackets} are held, then the hole before the lowest is given up as a gap.
 *       Only a hole nothing in the capture fills is a gap.
 *   <li>A capture started mid-session: the first packet sets where the sequence starts, unless
 *       {@link #startFrom} set it from a look ahead (then a packet just before the first,
 *       arriving a little later, is still taken).
 *   <li>Several sessions, other UDP traffic: the first well-formed packet (printable session
 *       name, messages filling the datagram) fixes the session; well-formed packets of another
 *       session and datagrams that are not MoldUDP64 are counted apart, never mixed in.
 * </ul>
 * Call {@link #finish()} at the end of the recording: the packets still held are handed on and
 * the holes before them, or before the sequence a heartbeat or End of Session announced, counted
 * as gaps.
 *
 * <p>Single-threaded. Allocates only to hold an out-of-order packet (a slow-path tool, not the
 * engine's market data path, which has its own sequencer).
 */
public final class RecordedMoldSequence implements MoldUdp64Listener {
    private final MoldUdp64Listener downstream;
    private final int maxHeldPackets;
    private final MoldUdp64Decoder decoder = new MoldUdp64Decoder(this);
    private final MoldUdp64Header header = new MoldUdp64Header();
    private final UnsafeBuffer session = new UnsafeBuffer(new byte[MoldUdp64Descriptor.SESSION_LENGTH]);
    private final TreeMap<Long, byte[]> held = new TreeMap<>();
    private final UnsafeBuffer heldView = new UnsafeBuffer(new byte[0]);
    private boolean sessionKnown;
    private long next = -1;
    private long announcedEnd = -1;
    private long sessionDatagrams;
    private long otherSessionDatagrams;
    private String otherSession;
    private long notMoldUdp64;
    private long duplicateMessages;
    private long gaps;
    private long messagesMissing;
    private long firstSequence = -1;
    private long lowestSequence = Long.MAX_VALUE;
    private boolean endOfSession;

    /**
     * Creates the sequence.
     *
     * @param downstream receives each message of the followed session once, in sequence order
     * @param maxHeldPackets out-of-order packets held at most, at least 1
     * @throws IllegalArgumentException when {@code maxHeldPackets} is below 1
     */
    public RecordedMoldSequence(final MoldUdp64Listener downstream, final int maxHeldPackets) {
        if (maxHeldPackets < 1) {
            throw new IllegalArgumentException("maxHeldPackets must be at least 1, was " + maxHeldPackets);
        }
        this.downstream = downstream;
        this.maxHeldPackets = maxHeldPackets;
    }

    /**
     * Takes one recorded UDP payload.
     *
     * @param buffer holds it
     * @param offset where it starts
     * @param length its length
     */
    public void onDatagram(final DirectBuffer buffer, final int offset, final int length) {
        if (length < MoldUdp64Descriptor.HEADER_LENGTH) {
            notMoldUdp64++;
            return;
        }
        header.wrap(buffer, offset);
        if (!sessionKnown) {
            if (!header.isWellFormedPacket(length)) {
                notMoldUdp64++;
                return;
            }
            header.getSession(session, 0);
            sessionKnown = true;
        } else if (!header.sessionEquals(session, 0)) {
            if (header.isWellFormedPacket(length)) {
                otherSessionDatagrams++;
                if (otherSession == null) {
                    otherSession = header.appendSession(new StringBuilder()).toString().strip();
                }
            } else {
                notMoldUdp64++;
            }
            return;
        }
        sessionDatagrams++;
        final long first = header.sequenceNumber();
        final int count = header.messageCount();
        if (first < 0) {
            notMoldUdp64++; // beyond 2^63: no session reaches it
            return;
        }
        lowestSequence = Math.min(lowestSequence, first);
        if (count == MoldUdp64Descriptor.HEARTBEAT_COUNT || count == MoldUdp64Descriptor.END_OF_SESSION_COUNT) {
            endOfSession |= count == MoldUdp64Descriptor.END_OF_SESSION_COUNT;
            if (next < 0) {
                startAt(first);
            }
            announcedEnd = Math.max(announcedEnd, first);
            return;
        }
        if (next < 0) {
            startAt(first);
        }
        final long end = first + count;
        if (end <= next) {
            duplicateMessages += count;
            return;
        }
        if (first > next) {
            hold(buffer, offset, length, first, count);
            return;
        }
        decoder.decode(buffer, offset, length);
        drainHeld();
    }

    /**
     * Sets where the session starts before the first datagram, when the caller has looked ahead
     * ({@link RecordedFiles#firstSequence}): the first packets, out of order, are then all taken
     * rather than the first one fixing the start and the one before it read as a duplicate.
     *
     * @param sequence the session's first sequence number in the recording, at least 0
     * @throws IllegalArgumentException when {@code sequence} is negative
     * @throws IllegalStateException after the first packet of the session
     */
    public void startFrom(final long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
        if (next >= 0) {
            throw new IllegalStateException("the session has started at " + firstSequence);
        }
        startAt(sequence);
    }

    private void startAt(final long first) {
        next = first;
        firstSequence = first;
    }

    private void hold(final DirectBuffer buffer, final int offset, final int length, final long first,
            final int count) {
        final byte[] already = held.get(first);
        if (already != null) {
            // The other line's copy, or a retransmission: the one with more messages stays.
            final int heldCount = countOf(already);
            duplicateMessages += Math.min(heldCount, count);
            if (heldCount >= count) {
                return;
            }
        }
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        held.put(first, copy);
        if (held.size() > maxHeldPackets) {
            giveUpLowestHole();
        }
    }

    private static int countOf(final byte[] packet) {
        return ((packet[MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET] & 0xFF) << 8)
                | (packet[MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET + 1] & 0xFF);
    }

    /** The hole before the lowest held packet is not going to be filled: a gap. */
    private void giveUpLowestHole() {
        final long lowest = held.firstKey();
        if (lowest > next) {
            gaps++;
            messagesMissing += lowest - next;
            next = lowest;
        }
        drainHeld();
    }

    private void drainHeld() {
        while (!held.isEmpty() && held.firstKey() <= next) {
            final Map.Entry<Long, byte[]> lowest = held.pollFirstEntry();
            final byte[] packet = lowest.getValue();
            final long end = lowest.getKey() + countOf(packet);
            if (end <= next) {
                duplicateMessages += countOf(packet);
            } else {
                heldView.wrap(packet);
                decoder.decode(heldView, 0, packet.length);
            }
        }
    }

    /**
     * The end of the recording: packets still held are handed on, the holes before them and before
     * an announced next sequence counted as gaps.
     */
    public void finish() {
        while (!held.isEmpty()) {
            giveUpLowestHole();
        }
        if (next >= 0 && announcedEnd > next) {
            gaps++;
            messagesMissing += announcedEnd - next;
            next = announcedEnd;
        }
    }

    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        if (sequenceNumber < next) {
            duplicateMessages++; // the head of a packet that overlaps what was handed on
            return;
        }
        next = sequenceNumber + 1;
        downstream.onMessage(sequenceNumber, buffer, offset, length);
    }

    /**
     * Returns the followed session's name.
     *
     * @return the name, trailing spaces removed, or empty before the first well-formed packet
     */
    public String session() {
        if (!sessionKnown) {
            return "";
        }
        final byte[] name = new byte[MoldUdp64Descriptor.SESSION_LENGTH];
        session.getBytes(0, name);
        return new String(name, StandardCharsets.US_ASCII).strip();
    }

    /**
     * Returns the first sequence number of the recording: where a capture joined the session.
     *
     * @return the sequence, or -1 before the first packet of the session
     */
    public long firstSequence() {
        return firstSequence;
    }

    /**
     * Returns the lowest sequence number of the session's packets so far (a heartbeat's: the next
     * it announces): where the recording starts, even when its first packets are out of order.
     *
     * @return the sequence, or -1 before the first packet of the session
     */
    public long lowestSequence() {
        return lowestSequence == Long.MAX_VALUE ? -1 : lowestSequence;
    }

    /**
     * Returns the next sequence number expected.
     *
     * @return one past the last message handed on, or -1 before the first packet of the session
     */
    public long nextSequence() {
        return next;
    }

    /**
     * Returns the datagrams of the followed session (duplicates, heartbeats and held ones included).
     *
     * @return datagrams
     */
    public long sessionDatagrams() {
        return sessionDatagrams;
    }

    /**
     * Returns the well-formed MoldUDP64 datagrams of sessions other than the followed one.
     *
     * @return datagrams left out
     */
    public long otherSessionDatagrams() {
        return otherSessionDatagrams;
    }

    /**
     * Returns the name of the first other session seen.
     *
     * @return the name, or null when there was none
     */
    public String otherSession() {
        return otherSession;
    }

    /**
     * Returns the datagrams that were not MoldUDP64 of any session: too short, unprintable session
     * name or messages not filling the datagram (before the session was known, or not of it).
     *
     * @return datagrams left out
     */
    public long notMoldUdp64Datagrams() {
        return notMoldUdp64;
    }

    /**
     * Returns the messages already handed on that came again (the other line, retransmissions).
     *
     * @return duplicate messages
     */
    public long duplicateMessages() {
        return duplicateMessages;
    }

    /**
     * Returns the holes in the sequence nothing in the recording filled.
     *
     * @return gaps
     */
    public long gaps() {
        return gaps;
    }

    /**
     * Returns the messages in those holes.
     *
     * @return messages missing from the recording
     */
    public long messagesMissing() {
        return messagesMissing;
    }

    /**
     * Returns whether an End of Session packet was seen.
     *
     * @return true after End of Session
     */
    public boolean isEndOfSession() {
        return endOfSession;
    }

    /**
     * Returns the framing errors of the followed session's packets, by reason.
     *
     * @return the decoder's counters
     */
    public DecodeErrorCounters packetErrors() {
        return decoder.errorCounters();
    }
}
