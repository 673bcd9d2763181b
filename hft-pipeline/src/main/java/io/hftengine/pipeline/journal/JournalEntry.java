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
    private long sequence;
    private int locate;
    private byte flags;

    /** Creates an empty entry (ring pre-allocation). */
    public JournalEntry() {
    }

    /**
     * Fills the entry, with no stock locate (see {@link #locate(int)}). The record must hold the whole message: a journal that cut a message would
     * be a drop copy that silently disagrees with the wire, so a payload longer than
     * {@link JournalDescriptor#MAX_PAYLOAD} (no OUCH 4.2 message is) is a broken invariant.
     *
     * @param direction {@link JournalDescriptor#OUTBOUND} or {@link JournalDescriptor#INBOUND}
     * @param timeNs clock time
     * @param orderId client order id
     * @param sequence outbound, the feed (MoldUDP64) sequence number of the message that caused
     *     it; inbound, the venue's sequence number of the reply; 0 for none
     * @param buffer message bytes
     * @param offset start
     * @param length bytes
     * @return this
     * @throws IllegalArgumentException if {@code length} is negative or above
     *         {@link JournalDescriptor#MAX_PAYLOAD}; the entry is left unchanged
     */
    public JournalEntry set(final byte direction, final long timeNs, final long orderId, final long sequence,
                            final DirectBuffer buffer, final int offset, final int length) {
        if (length < 0 || length > payload.length) {
            throw new IllegalArgumentException("journal payload of " + length + " bytes, at most "
                + payload.length + " fit a record");
        }
        this.direction = direction;
        this.timeNs = timeNs;
        this.orderId = orderId;
        this.sequence = sequence;
        this.locate = 0;
        this.flags = 0;
        this.length = length;
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
     * Returns the sequence: outbound, the feed sequence number of the message that caused the
     * record; inbound, the venue's number of the reply; 0 for none.
     *
     * @return the sequence number, 0 for none
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Sets the stock locate of the order an Enter Order record carries (what a restart needs to
     * put the order back on its symbol; the OUCH message holds only the symbol's name).
     *
     * @param stockLocate 0..65535
     * @return this
     * @throws IllegalArgumentException when outside 0..65535
     */
    public JournalEntry locate(final int stockLocate) {
        if (stockLocate < 0 || stockLocate > 0xFFFF) {
            throw new IllegalArgumentException("stock locate " + stockLocate + " is not 16-bit");
        }
        this.locate = stockLocate;
        return this;
    }

    /**
     * Marks the record as the first after records that were dropped
     * ({@link JournalDescriptor#FLAG_AFTER_DROP}).
     *
     * @return this
     */
    public JournalEntry afterDrop() {
        this.flags |= JournalDescriptor.FLAG_AFTER_DROP;
        return this;
    }

    /**
     * Returns the record's flags beyond {@link JournalDescriptor#FLAG_LOCATE_AND_VENUE_SEQUENCE}.
     *
     * @return the flags set on this entry
     */
    public byte flags() {
        return flags;
    }

    /**
     * Returns the stock locate, 0 for none.
     *
     * @return the stock locate, 0 for none
     */
    public int locate() {
        return locate;
    }
}
