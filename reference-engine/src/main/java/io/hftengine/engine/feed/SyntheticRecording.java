package io.hftengine.engine.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import io.hftengine.replay.pcap.PcapWriter;
import io.hftengine.types.Timestamp;
import org.agrona.DirectBuffer;

/**
 * Writes the synthetic ITCH day straight into a pcap recording of MoldUDP64 packets, as
 * {@code hft record} would have captured it from {@code hft feed}: no sockets, no waiting, the
 * same bytes for the same seed. Packet times are the ITCH times of their first message on a
 * fixed trading day, so a replay at the recorded pace reproduces the feed's rate.
 */
public final class SyntheticRecording implements PacketSink {
    private static final int FEED_IP = 0x7F000001;
    private static final int FEED_PORT = 26_401;
    private static final int GROUP_IP = 0x7F000001;
    private static final int GROUP_PORT = 26_400;

    private final PcapWriter writer;
    private final long midnightEpochNs;
    private long packets;

    private SyntheticRecording(final PcapWriter writer) {
        this.writer = writer;
        this.midnightEpochNs = Timestamp.midnightEpochNanos(LocalDate.of(2020, 1, 30),
                ZoneId.of(Timestamp.NASDAQ_ZONE));
    }

    /**
     * Writes a recording.
     *
     * @param file the pcap file to create
     * @param symbols how many symbols
     * @param seed the seed of the message stream
     * @param messages how many messages after the start of day
     * @param messagesPerSecond the pace the packet times show
     * @return how many packets were written
     * @throws IOException when the file cannot be written
     */
    public static long write(final Path file, final int symbols, final long seed, final long messages,
            final long messagesPerSecond) throws IOException {
        final long nanosPerMessage = Math.max(1, 1_000_000_000L / messagesPerSecond);
        try (PcapWriter writer = PcapWriter.create(file)) {
            final SyntheticRecording recording = new SyntheticRecording(writer);
            final SyntheticItchFeed feed = new SyntheticItchFeed(symbols, seed, Math.max(symbols * 2, 1 << 20),
                    nanosPerMessage, MessageMix.NASDAQ_DAY);
            final MoldUdp64FeedEncoder encoder = new MoldUdp64FeedEncoder("HFTSIM0001", 1472, 32, recording);
            feed.startOfDay(encoder);
            for (long i = 0; i < messages; i++) {
                feed.next(encoder);
            }
            feed.endOfDay(encoder);
            encoder.flush();
            return recording.packets;
        } catch (final UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void onPacket(final DirectBuffer buffer, final int offset, final int length, final long firstSequence,
            final int messageCount) {
        // The first message's ITCH time: bytes 5..10 of the message after the 20-byte header and
        // its 2-byte length.
        final int itch = offset + 22;
        long nanos = 0;
        for (int i = 5; i < 11; i++) {
            nanos = (nanos << 8) | (buffer.getByte(itch + i) & 0xFF);
        }
        writer.write(midnightEpochNs + nanos, FEED_IP, FEED_PORT, GROUP_IP, GROUP_PORT, buffer, offset, length);
        packets++;
    }
}
