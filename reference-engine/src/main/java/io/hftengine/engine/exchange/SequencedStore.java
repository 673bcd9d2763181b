package io.hftengine.engine.exchange;

import java.nio.ByteBuffer;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The SoupBinTCP server's sequenced messages, numbered from 1, kept so that a client logging in
 * again can be served from the sequence number it asks for. A ring of fixed slots: the last
 * {@code capacity} messages are kept, older ones are overwritten (a client asking for one of those
 * is served from the oldest kept, and sees the jump in the Login Accepted). One thread.
 *
 * <pre>
 * slot: u16 length | message (at most SLOT - 2 bytes: every OUCH 4.2 reply fits)
 * </pre>
 */
final class SequencedStore {
    /** Bytes of a slot. */
    static final int SLOT = 128;
    /** The longest message a slot holds. */
    static final int MAX_MESSAGE = SLOT - 2;

    private final UnsafeBuffer slots;
    private final int mask;
    private long next = 1;

    /**
     * Creates an empty store.
     *
     * @param capacity messages kept, a power of two
     */
    SequencedStore(final int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new UnsafeBuffer(ByteBuffer.allocateDirect(capacity * SLOT));
        this.mask = capacity - 1;
    }

    /** Appends a message; returns its sequence number. */
    long append(final DirectBuffer buffer, final int offset, final int length) {
        if (length > MAX_MESSAGE) {
            throw new IllegalArgumentException("message longer than a slot: " + length);
        }
        final int at = slot(next);
        slots.putShort(at, (short) length);
        slots.putBytes(at + 2, buffer, offset, length);
        return next++;
    }

    /** The sequence number the next message will get. */
    long next() {
        return next;
    }

    /** The oldest sequence number still kept. */
    long oldest() {
        return Math.max(1, next - (mask + 1));
    }

    /** Length of a kept message. */
    int length(final long sequence) {
        return slots.getShort(slot(sequence)) & 0xFFFF;
    }

    /** Copies a kept message to {@code dst}; returns its length. */
    int copy(final long sequence, final MutableDirectBuffer dst, final int at) {
        final int length = length(sequence);
        dst.putBytes(at, slots, slot(sequence) + 2, length);
        return length;
    }

    private int slot(final long sequence) {
        return (int) (sequence & mask) * SLOT;
    }
}
