package io.hftengine.replay;

import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.protocol.itch.ItchMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import io.hftengine.replay.pcap.PacketHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A {@link ReplaySource} over a NASDAQ BinaryFILE (length-prefixed ITCH 5.0, read by hft-protocol's
 * {@link BinaryFileReader}), so a daily ITCH file plays through the same {@link Playback} as a
 * capture.
 *
 * <p>Each ITCH message becomes one MoldUDP64 packet holding that message alone, with consecutive
 * sequence numbers from {@code firstSequence}, so the market data stage decodes it exactly as a
 * live datagram. Its recorded time is {@code sessionMidnightEpochNanos} plus the message's ITCH
 * timestamp (nanoseconds since midnight). A message too short to hold an ITCH header has no time:
 * it is not delivered and is counted in {@link #messagesWithoutTimestamp()}.
 *
 * <p>Single-threaded; allocation-free per message (one scratch packet buffer, allocated here).
 */
public final class BinaryFileReplaySource implements ReplaySource {
    private static final int MAX_PACKET = MoldUdp64Descriptor.HEADER_LENGTH + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE + 0xFFFF;
    private final BinaryFileReader reader;
    private final long sessionMidnightEpochNanos;
    private final String session;
    private final int srcIp;
    private final int srcPort;
    private final int dstIp;
    private final int dstPort;
    private final UnsafeBuffer packet = new UnsafeBuffer(new byte[MAX_PACKET]);
    private final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();
    private final Framer framer = new Framer();
    private long nextSequence;
    private long messagesWithoutTimestamp;

    /**
     * Wraps an open BinaryFILE reader; closing the source closes the reader.
     *
     * @param reader                    the file
     * @param sessionMidnightEpochNanos midnight (exchange time) of the trading day, epoch nanoseconds
     * @param session                   MoldUDP64 session name, at most 10 ASCII characters
     * @param firstSequence             sequence number of the first message, usually 1
     * @param srcIp                     source address the datagrams appear to come from
     * @param srcPort                   source port
     * @param dstIp                     destination (multicast group) address
     * @param dstPort                   destination port
     * @throws NullPointerException     if {@code session} is null
     * @throws IllegalArgumentException if {@code session} is longer than 10 characters or not ASCII
     */
    public BinaryFileReplaySource(
        final BinaryFileReader reader, final long sessionMidnightEpochNanos, final String session, final long firstSequence,
        final int srcIp, final int srcPort, final int dstIp, final int dstPort) {
        java.util.Objects.requireNonNull(session, "session");
        try {
            // Checked now, at start-up: the first message would otherwise find it mid-playback.
            encoder.wrap(packet, 0, MAX_PACKET, session, firstSequence);
        } catch (final IllegalArgumentException ex) {
            throw new IllegalArgumentException("MoldUDP64 session name " + ex.getMessage(), ex);
        }
        this.reader = reader;
        this.sessionMidnightEpochNanos = sessionMidnightEpochNanos;
        this.session = session;
        this.nextSequence = firstSequence;
        this.srcIp = srcIp;
        this.srcPort = srcPort;
        this.dstIp = dstIp;
        this.dstPort = dstPort;
    }

    /**
     * Delivers up to {@code maxRecords} ITCH messages, each framed as one MoldUDP64 packet.
     *
     * @param handler    receives the packets
     * @param maxRecords most messages to read
     * @return messages read, delivered or counted without timestamp; 0 at the end
     * @throws UncheckedIOException if mapping the next window of the file fails
     */
    @Override
    public int poll(final PacketHandler handler, final int maxRecords) {
        framer.handler = handler;
        try {
            return reader.poll(framer, maxRecords);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read BinaryFILE", ex);
        } finally {
            framer.handler = null;
        }
    }

    @Override
    public boolean isExhausted() {
        return reader.isAtEnd();
    }

    @Override
    public double progress() {
        return reader.progress();
    }

    @Override
    public void inputErrors(final java.util.function.ObjLongConsumer<String> counter) {
        for (final io.hftengine.protocol.DecodeError error : io.hftengine.protocol.DecodeError.values()) {
            final long n = reader.errorCounters().count(error);
            if (n > 0) {
                counter.accept("binaryfile_" + error.name().toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        if (messagesWithoutTimestamp > 0) {
            counter.accept("binaryfile_messages_without_timestamp", messagesWithoutTimestamp);
        }
    }

    /**
     * Returns the number of messages too short to carry an ITCH timestamp, not delivered.
     *
     * @return the count
     */
    public long messagesWithoutTimestamp() {
        return messagesWithoutTimestamp;
    }

    /**
     * Returns the wrapped reader, for its counters.
     *
     * @return the reader
     */
    public BinaryFileReader reader() {
        return reader;
    }

    /**
     * Closes the reader.
     *
     * @throws IOException if closing the file fails
     */
    @Override
    public void close() throws IOException {
        reader.close();
    }

    private final class Framer implements MessageHandler {
        PacketHandler handler;

        @Override
        public void onMessage(final DirectBuffer buffer, final int offset, final int length) {
            if (length < ItchMessage.HEADER_LENGTH) {
                messagesWithoutTimestamp++;
                return;
            }
            final int timestamp = offset + ItchMessage.TIMESTAMP_OFFSET;
            final long sinceMidnightNs = ((long) (buffer.getShort(timestamp, ByteOrder.BIG_ENDIAN) & 0xFFFF) << 32)
                | Integer.toUnsignedLong(buffer.getInt(timestamp + 2, ByteOrder.BIG_ENDIAN));
            encoder.wrap(packet, 0, MAX_PACKET, session, nextSequence++);
            encoder.append(buffer, offset, length);
            handler.onPacket(sessionMidnightEpochNanos + sinceMidnightNs, packet, 0, encoder.length(),
                srcIp, srcPort, dstIp, dstPort);
        }
    }
}
