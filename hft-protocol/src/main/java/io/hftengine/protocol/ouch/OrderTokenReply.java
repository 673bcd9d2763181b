package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;

/**
 * The base of the outbound OUCH 4.2 messages about one order (Accepted, Executed, Canceled, AIQ
 * Canceled, Rejected, Broken Trade, Cancel Pending, Cancel Reject, Order Priority Update, Order
 * Modified, Executed with Reference Price, Trade Correction, Price Correction): after the type
 * byte, an 8-byte timestamp (nanoseconds since midnight) at offset 1, then the order token at
 * offset 9.
 *
 * @param <M> the concrete flyweight, returned by the setters
 */
public abstract class OrderTokenReply<M extends OrderTokenReply<M>> extends OrderTokenMessage<M>
{
    /** Offset of the timestamp, nanoseconds since midnight. */
    static final int TIMESTAMP_OFFSET = 1;
    /** Offset of the order token. */
    static final int TOKEN_OFFSET = 9;

    OrderTokenReply(final byte type, final int length)
    {
        super(type, length, TOKEN_OFFSET);
    }

    /**
     * Appends the start every reply's {@link #appendTo} shares: the type, the timestamp and the
     * order token.
     */
    final StringBuilder appendReplyHead(final StringBuilder sb)
    {
        sb.append(messageType()).append("{timestampNs=");
        AsciiFields.appendUnsigned(sb, timestampNs());
        sb.append(", ");
        return appendOrderToken(sb);
    }

    /**
     * Returns the timestamp, nanoseconds since midnight.
     *
     * @return the timestampNs field
     */
    public final long timestampNs()
    {
        return buffer.getLong(offset + TIMESTAMP_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the timestamp, nanoseconds since midnight.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    @SuppressWarnings("unchecked")
    public final M timestampNs(final long value)
    {
        mutable().putLong(offset + TIMESTAMP_OFFSET, value, BIG_ENDIAN);
        return (M)this;
    }
}
