package io.hftengine.engine.feed;

import static java.nio.ByteOrder.BIG_ENDIAN;

import java.nio.ByteBuffer;

import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The feed's memory of recently sent messages, by MoldUDP64 sequence number, so that a
 * retransmission request can be answered with the very bytes first sent.
 *
 * <p>Messages are copied into a byte ring that never splits a message (one that would cross the
 * end starts again at zero); an index ring maps sequence numbers to positions. A message is
 * available while both rings still hold it; older requests get nothing, and the client then
 * declares the gap unrecoverable, as it would against a real venue that has moved on.
 * Allocation-free; one thread.
 */
public final class RetransmitStore implements PacketSink {
    private final UnsafeBuffer data;
    private final int dataCapacity;
    private final long[] position;
    private final int[] length;
    private final int indexMask;
    private long writePosition;
    private long firstSequence = -1;
    private long nextSequence = -1;

    /**
     * Creates a store.
     *
     * @param maxMessages how many messages to index, a power of two
     * @param dataBytes how many message bytes to keep
     * @throws IllegalArgumentException when {@code maxMessages} is not a power of two
     */
    public RetransmitStore(final int maxMessages, final int dataBytes) {
        if (Integer.bitCount(maxMessages) != 1) {
            throw new IllegalArgumentException("maxMessages must be a power of two, was " + maxMessages);
        }
        this.data = new UnsafeBuffer(ByteBuffer.allocateDirect(dataBytes));
        this.dataCapacity = dataBytes;
        this.position = new long[maxMessages];
        this.length = new int[maxMessages];
        this.indexMask = maxMessages - 1;
    }

    @Override
    public void onPacket(final DirectBuffer buffer, final int offset, final int packetLength, final long firstSeq,
            final int messageCount) {
        if (nextSequence >= 0 && firstSeq != nextSequence) {
            throw new IllegalStateException("store expects sequence " + nextSequence + ", got " + firstSeq);
        }
        if (firstSequence < 0) {
            firstSequence = firstSeq;
        }
        int cursor = offset + MoldUdp64Descriptor.HEADER_LENGTH;
        for (int i = 0; i < messageCount; i++) {
            final int messageLength = buffer.getShort(cursor, BIG_ENDIAN) & 0xFFFF;
            cursor += MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE;
            store(firstSeq + i, buffer, cursor, messageLength);
            cursor += messageLength;
        }
        nextSequence = firstSeq + messageCount;
    }

    private void store(final long sequence, final DirectBuffer buffer, final int offset, final int messageLength) {
        long at = writePosition;
        if ((at % dataCapacity) + messageLength > dataCapacity) {
            at += dataCapacity - (at % dataCapacity); // never split a message across the end
        }
        data.putBytes((int) (at % dataCapacity), buffer, offset, messageLength);
        final int slot = (int) (sequence & indexMask);
        position[slot] = at;
        length[slot] = messageLength;
        writePosition = at + messageLength;
    }

    /**
     * Says whether a message can still be resent.
     *
     * @param sequence a MoldUDP64 sequence number
     * @return true when its bytes are still held
     */
    public boolean holds(final long sequence) {
        if (firstSequence < 0 || sequence < firstSequence || sequence >= nextSequence
                || sequence <= nextSequence - 1 - indexMask) {
            return false;
        }
        return position[(int) (sequence & indexMask)] >= writePosition - dataCapacity;
    }

    /**
     * Appends held messages from {@code fromSequence} on to a packet being built, as many as the
     * packet takes, up to {@code count}.
     *
     * @param fromSequence the first message wanted
     * @param count how many are wanted
     * @param packet a packet already wrapped at {@code fromSequence}
     * @return how many messages were appended; 0 when the first is no longer held
     */
    public int appendTo(final long fromSequence, final int count, final MoldUdp64PacketEncoder packet) {
        int appended = 0;
        while (appended < count && holds(fromSequence + appended)) {
            final int slot = (int) ((fromSequence + appended) & indexMask);
            if (!packet.append(data, (int) (position[slot] % dataCapacity), length[slot])) {
                break;
            }
            appended++;
        }
        return appended;
    }

    /**
     * Returns the sequence number the next stored message will have.
     *
     * @return the next sequence number, or -1 before the first packet
     */
    public long nextSequence() {
        return nextSequence;
    }
}
