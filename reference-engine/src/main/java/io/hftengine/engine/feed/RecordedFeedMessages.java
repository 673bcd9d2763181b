package io.hftengine.engine.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import io.hftengine.replay.ReplaySource;
import io.hftengine.replay.pcap.PacketHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A recorded day republished: the ITCH messages of a BinaryFILE (plain or gzipped) or of a pcap/pcapng
 * of MoldUDP64, in order, renumbered into the feed's own session from 1.
 *
 * <p>A capture is read as one MoldUDP64 session (every UDP datagram in it): a message below the next
 * recorded sequence number (a retransmission, the other line of an A/B feed) is skipped and counted
 * in {@link #duplicatesSkipped()}; a jump forward is a hole in the recording, counted in
 * {@link #recordedGapMessages()} and closed up, since the messages are not in the file to resend.
 * Datagrams that are not MoldUDP64 are counted in {@link #packetErrors()}. The recording's own
 * system events open and close the day, so nothing is made up around it.
 *
 * <p>Pace: at the feed's rate by default; {@link #atRecordedPace} keeps the recorded times instead
 * (a capture's packet times, a BinaryFILE's ITCH timestamps), sped up by a factor: a datagram is
 * due once its recorded time since the first one, divided by the factor, has passed.
 */
public final class RecordedFeedMessages implements FeedMessages {
    private final Path file;
    private final ReplaySource source;
    private final MoldUdp64Decoder decoder;
    private final Republisher republisher = new Republisher();
    private final PacketHandler onPacket = this::onPacket;
    /** A datagram not yet due: a UDP payload, or a BinaryFILE message framed as a packet (65,557 bytes). */
    private final UnsafeBuffer held = new UnsafeBuffer(new byte[1 << 17]);
    private int heldLength = -1;
    private long heldTimeNs;
    private double speed;
    private LongSupplier nanoClock = System::nanoTime;
    private long firstRecordedNs = Long.MIN_VALUE;
    private long startNs;
    private long dueByRecordedNs;
    private int port;
    private long otherPortDatagrams;

    private RecordedFeedMessages(final Path file, final ReplaySource source) {
        this.file = file;
        this.source = source;
        this.decoder = new MoldUdp64Decoder(republisher);
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
     * Opens a recording to republish.
     *
     * @param file a BinaryFILE, plain or {@code .gz}, or a pcap/pcapng of MoldUDP64
     * @return the source; close it when the feed is done
     * @throws IOException when the file cannot be read or is a gzipped capture
     */
    public static RecordedFeedMessages open(final Path file) throws IOException {
        return new RecordedFeedMessages(file, RecordedFiles.openReplaySource(file));
    }

    /**
     * Takes only the datagrams sent to one UDP port: one feed of a capture that holds several
     * (their sequence numbers would otherwise read as one another's duplicates). Call before the
     * first {@link #next}.
     *
     * @param port the feed's destination port, 1 to 65535; 0 takes every datagram (the default)
     * @return this source
     * @throws IllegalArgumentException when {@code port} is out of range
     */
    public RecordedFeedMessages onlyPort(final int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * Returns the datagrams left out by {@link #onlyPort}.
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
                decoder.decode(held, 0, length);
            }
        }
        while (heldLength < 0 && republisher.republished - before < max) {
            if (source.poll(onPacket, 1) == 0) {
                break;
            }
        }
        republisher.encoder = null;
        return (int) (republisher.republished - before);
    }

    @Override
    public boolean isExhausted() {
        return heldLength < 0 && source.isExhausted();
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
        decoder.decode(buffer, offset, length);
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
     * Returns how many recorded messages were skipped as already seen (sequence below the next).
     *
     * @return duplicates skipped
     */
    public long duplicatesSkipped() {
        return republisher.duplicates;
    }

    /**
     * Returns how many messages the recording itself misses (sequence jumps forward).
     *
     * @return messages missing from the file
     */
    public long recordedGapMessages() {
        return republisher.missing;
    }

    /**
     * Returns the datagrams of a capture that were not MoldUDP64, by reason.
     *
     * @return the decoder's counters
     */
    public DecodeErrorCounters packetErrors() {
        return decoder.errorCounters();
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (final IOException e) {
            throw new UncheckedIOException("feed: cannot close " + file, e);
        }
    }

    /** Appends each new recorded message to the feed's encoder, in recorded sequence. */
    private static final class Republisher implements MoldUdp64Listener {
        MoldUdp64FeedEncoder encoder;
        long nextRecorded = -1;
        long republished;
        long duplicates;
        long missing;

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
            if (nextRecorded >= 0 && sequenceNumber < nextRecorded) {
                duplicates++;
                return;
            }
            if (nextRecorded >= 0) {
                missing += sequenceNumber - nextRecorded;
            }
            nextRecorded = sequenceNumber + 1;
            encoder.appendMessage(buffer, offset, length);
            republished++;
        }
    }
}
