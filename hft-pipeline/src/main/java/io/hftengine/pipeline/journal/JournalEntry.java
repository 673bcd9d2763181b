package io.hftengine.pipeline.journal;

import org.agrona.DirectBuffer;

/**
 * One journal record in flight from the gateway to the journal thread (a ring slot, filled in
 * place; the payload is copied because the gateway's buffer is reused at once).
 */
public final class JournalEntry {
    private final byte[] payload = new byte[JournalDescriptor.MAX_PAYLOAD];
    private int length;
    private byte direction;
    private long timeNs;
    private long orderId;
    private long feedSequence;

    /** Creates an empty entry (ring pre-allocation). */
    public JournalEntry() {
    }

    /**
     * Fills the entry; a payload longer than {@link JournalDescriptor#MAX_PAYLOAD} is cut.
     *
     * @param direction {@link JournalDescriptor#OUTBOUND} or {@link JournalDescriptor#INBOUND}
     * @param timeNs clock time
     * @param orderId client order id
     * @param feedSequence feed (MoldUDP64) sequence number of the message that caused it, 0 for none
     * @param buffer message bytes
     * @param offset start
     * @param length bytes
     * @return this
     */
    public JournalEntry set(final byte direction, final long timeNs, final long orderId, final long feedSequence,
                            final DirectBuffer buffer, final int offset, final int length) {
        this.direction = direction;
        this.timeNs = timeNs;
        this.orderId = orderId;
        this.feedSequence = feedSequence;
        this.length = Math.min(length, payload.length);
        buffer.getBytes(offset, payload, 0, this.length);
        return this;
    }

    /**
     * Returns payload bytes (only the first {@link #length()} are valid).
     *
     * @return payload bytes (only the first {@link #length()} are valid)
     */
    public byte[] payload() {
        return payload;
    }

    /**
     * Returns payload length.
     *
     * @return payload length
     */
    public int length() {
        return length;
    }

    /**
     * Returns direction byte.
     *
     * @return direction byte
     */
    public byte direction() {
        return direction;
    }

    /**
     * Returns clock time, ns.
     *
     * @return clock time, ns
     */
    public long timeNs() {
        return timeNs;
    }

    /**
     * Returns client order id.
     *
     * @return client order id
     */
    public long orderId() {
        return orderId;
    }

    /**
     * Returns the feed sequence number of the message that caused the record, 0 for none.
     *
     * @return the MoldUDP64 sequence number, 0 for none
     */
    public long feedSequence() {
        return feedSequence;
    }
}
