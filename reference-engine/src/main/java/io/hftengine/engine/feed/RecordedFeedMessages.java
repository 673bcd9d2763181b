package io.hftengine.engine.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import io.hftengine.replay.ReplaySource;
import io.hftengine.replay.pcap.PacketHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A recorded day republished: the ITCH messages of a BinaryFILE (plain or gzipped) or of a pcap/pcapng
 * of MoldUDP64, in sequence, renumbered into the feed's own session from 1.
 *
 * <p>A capture is put back into sequence by a {@link RecordedMoldSequence}: the first MoldUDP64
 * session in it is followed (from the lowest sequence of its first {@value #FIRST_SEQUENCE_WINDOW}
 * packets, so a capture whose first packets are out of order loses none); a packet out of order is
 * held until the ones before it come, up to {@value #MAX_HELD_PACKETS} packets; a message already
 * republished (the other line of an A/B feed, a retransmission) is skipped and counted in
 * {@link #duplicatesSkipped()}; a hole nothing in the capture fills is counted in
 * {@link #recordedGaps()} and {@link #recordedGapMessages()} and closed up, since the messages are
 * not in the file to resend. Other sessions' packets ({@link #otherSessionDatagrams()}) and
 * datagrams that are not MoldUDP64 ({@link #notMoldUdp64Datagrams()}) are counted and left out. The
 * recording's own system events open and close the day, so nothing is made up around it.
 *
 * <p>Pace: at the feed's rate by default; {@link #atRecordedPace} keeps the recorded times instead
 * (a capture's packet times, a BinaryFILE's ITCH timestamps), sped up by a factor: a datagram is
 * due once its recorded time since the first one, divided by the factor, has passed. A packet held
 * behind a hole goes out when the hole is filled or given up.
 */
public final class RecordedFeedMessages implements FeedMessages {
    /** The session's first packets looked at for where the recording starts, as the replay does. */
    static final int FIRST_SEQUENCE_WINDOW = 64;
    /**
     * Out-of-order packets held at most before the hole before them is given up: enough for two
     * capture points merged or one line lagging the other, small enough that a real hole in a
     * recording played at its pace holds the feed back only that many packets.
     */
    static final int MAX_HELD_PACKETS = 256;

    private final Path file;
    private final ReplaySource source;
    private final Republisher republisher = new Republisher();
    private final RecordedMoldSequence sequence = new RecordedMoldSequence(republisher, MAX_HELD_PACKETS);
    private final PacketHandler onPacket = this::onPacket;
    /** A datagram not yet due: a UDP payload, or a BinaryFILE message framed as a packet (65,557 bytes). */
    private final UnsafeBuffer held = new UnsafeBuffer(new byte[1 << 17]);
    private final int port;
    private int heldLength = -1;
    private long heldTimeNs;
    private double speed;
    private LongSupplier nanoClock = System::nanoTime;
    private long firstRecordedNs = Long.MIN_VALUE;
    private long startNs;
    private long dueByRecordedNs;
    private long otherPortDatagrams;
    private boolean finished;

    private RecordedFeedMessages(final Path file, final ReplaySource source, final int port, final long start) {
        this.file = file;
        this.source = source;
        this.port = port;
        if (start >= 0) {
            sequence.startFrom(start);
        }
    }

    /**
     * Publishes at the recorded pace, sped up {@code speed} times, instead of at the feed's rate.
     *
     * @param speed 1 for the recorded pace, 10 for ten times faster; above 0
     * @param clock the monotonic nanosecond clock the pace is kept on ({@code System::nanoTime})
     * @return this source
     * @throws IllegalArgumentException when {@code speed} is not above 0
     */
    public RecordedFeedMessages atRecordedPace(final double speed, final LongSupplier clock) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be above 0, was " + speed);
        }
        this.speed = speed;
        this.nanoClock = clock;
        return this;
    }

    @Override
    public boolean pacesItself() {
        return speed > 0;
    }

    /**
     * Opens a recording to republish, every datagram of it.
     *
     * @param file a BinaryFILE, plain or {@code .gz}, or a pcap/pcapng of MoldUDP64
     * @return the source; close it when the feed is done
     * @throws IOException when the file cannot be read or is a gzipped capture
     */
    public static RecordedFeedMessages open(final Path file) throws IOException {
        return open(file, 0);
    }

    /**
     * Opens a recording to republish, taking only the datagrams sent to one UDP port: one feed of a
     * capture that holds several. Reads the start of the file once more to find where the
     * recording joins its session.
     *
     * @param file a BinaryFILE, plain or {@code .gz}, or a pcap/pcapng of MoldUDP64
     * @param port the feed's destination port, 1 to 65535; 0 takes every datagram
     * @return the source; close it when the feed is done
     * @throws IOException when the file cannot be read or is a gzipped capture
     * @throws IllegalArgumentException when {@code port} is out of range
     */
    public static RecordedFeedMessages open(final Path file, final int port) throws IOException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        final long start = RecordedFiles.firstSequence(file, port, FIRST_SEQUENCE_WINDOW);
        return new RecordedFeedMessages(file, RecordedFiles.openReplaySource(file), port, start);
    }

    /**
     * Returns the datagrams left out for going to another port than the one asked for.
     *
     * @return datagrams to other ports
     */
    public long otherPortDatagrams() {
        return otherPortDatagrams;
    }

    @Override
    public void startOfDay(final MoldUdp64FeedEncoder encoder) {
        // the recording opens its own day
    }

    @Override
    public int next(final MoldUdp64FeedEncoder encoder, final int max) {
        republisher.encoder = encoder;
        final long before = republisher.republished;
        if (speed > 0) {
            dueByRecordedNs = firstRecordedNs == Long.MIN_VALUE ? Long.MIN_VALUE
                    : firstRecordedNs + (long) ((nanoClock.getAsLong() - startNs) * speed);
            if (heldLength >= 0 && isDue(heldTimeNs)) {
                final int length = heldLength;
                heldLength = -1;
                sequence.onDatagram(held, 0, length);
            }
        }
        while (heldLength < 0 && republisher.republished - before < max) {
            if (source.poll(onPacket, 1) == 0) {
                if (!finished && source.isExhausted()) {
                    finished = true;
                    sequence.finish(); // the packets still held behind a hole nothing filled
                }
                break;
            }
        }
        republisher.encoder = null;
        return (int) (republisher.republished - before);
    }

    @Override
    public boolean isExhausted() {
        return finished && heldLength < 0;
    }

    private void onPacket(final long recordedNs, final DirectBuffer buffer, final int offset, final int length,
            final int srcIp, final int srcPort, final int dstIp, final int dstPort) {
        if (port != 0 && dstPort != port) {
            otherPortDatagrams++;
            return;
        }
        if (speed > 0) {
            if (firstRecordedNs == Long.MIN_VALUE) {
                firstRecordedNs = recordedNs; // the first datagram is due at once
                startNs = nanoClock.getAsLong();
                dueByRecordedNs = recordedNs;
            }
            if (!isDue(recordedNs)) {
                held.putBytes(0, buffer, offset, length); // not yet: keep it for a later turn
                heldLength = length;
                heldTimeNs = recordedNs;
                return;
            }
        }
        sequence.onDatagram(buffer, offset, length);
    }

    private boolean isDue(final long recordedNs) {
        return recordedNs - dueByRecordedNs <= 0;
    }


    @Override
    public void endOfDay(final MoldUdp64FeedEncoder encoder) {
        // the recording closes its own day
    }

    /**
     * Returns how many recorded messages have been appended to the feed.
     *
     * @return messages republished
     */
    public long messagesRepublished() {
        return republisher.republished;
    }

    /**
     * Returns how many recorded messages were skipped as already republished: the other line of an
     * A/B feed, retransmissions, packets overlapping others.
     *
     * @return duplicates skipped
     */
    public long duplicatesSkipped() {
        return sequence.duplicateMessages();
    }

    /**
     * Returns how many holes in the sequence nothing in the recording filled.
     *
     * @return holes closed up
     */
    public long recordedGaps() {
        return sequence.gaps();
    }

    /**
     * Returns how many messages the recording itself misses: the messages in those holes.
     *
     * @return messages missing from the file
     */
    public long recordedGapMessages() {
        return sequence.messagesMissing();
    }

    /**
     * Returns the session republished: the recording's first MoldUDP64 session.
     *
     * @return its name, or empty before its first packet
     */
    public String session() {
        return sequence.session();
    }

    /**
     * Returns the datagrams of other MoldUDP64 sessions, left out.
     *
     * @return datagrams
     */
    public long otherSessionDatagrams() {
        return sequence.otherSessionDatagrams();
    }

    /**
     * Returns the first other session seen.
     *
     * @return its name, or null when there was none
     */
    public String otherSession() {
        return sequence.otherSession();
    }

    /**
     * Returns the datagrams that were not MoldUDP64, left out.
     *
     * @return datagrams
     */
    public long notMoldUdp64Datagrams() {
        return sequence.notMoldUdp64Datagrams();
    }

    /**
     * Returns the framing errors in the republished session's packets, by reason (datagrams that
     * are not MoldUDP64 at all are counted in {@link #notMoldUdp64Datagrams()}).
     *
     * @return the decoder's counters
     */
    public DecodeErrorCounters packetErrors() {
        return sequence.packetErrors();
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (final IOException e) {
            throw new UncheckedIOException("feed: cannot close " + file, e);
        }
    }

    /** Appends each recorded message, handed on once and in sequence, to the feed's encoder. */
    private static final class Republisher implements MoldUdp64Listener {
        MoldUdp64FeedEncoder encoder;
        long republished;

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
            encoder.appendMessage(buffer, offset, length);
            republished++;
        }
    }
}
