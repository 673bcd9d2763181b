package io.hftengine.protocol.ouch;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The base of the OUCH 4.2 flyweights that name one order by its 14-byte order token: the
 * inbound Enter, Cancel and Modify Order (token right after the type byte) and the outbound
 * replies about one order (token after the timestamp, see {@link OrderTokenReply}).
 *
 * <p>The token is 14 ASCII bytes, left-justified and space padded. This engine's tokens are
 * decimal order ids, read and written without allocating by {@link #orderTokenNumber()} and
 * {@link #orderTokenNumber(long)}; tokens of any other shape are copied as bytes. The setters
 * return the concrete flyweight, so calls chain as on every other field.
 *
 * @param <M> the concrete flyweight, returned by the setters
 */
public abstract class OrderTokenMessage<M extends OrderTokenMessage<M>> extends OuchMessage
{
    /** The length of the order token field in bytes. */
    static final int ORDER_TOKEN_LENGTH = 14;

    private final byte type;
    private final int length;
    private final int tokenOffset;

    OrderTokenMessage(final byte type, final int length, final int tokenOffset)
    {
        this.type = type;
        this.length = length;
        this.tokenOffset = tokenOffset;
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@link #messageLength()} bytes from there must be
     *     readable (the decoders check this)
     * @return this flyweight
     */
    public final M wrap(final DirectBuffer buffer, final int offset)
    {
        wrapForDecode(buffer, offset);
        return self();
    }

    /**
     * Points this flyweight at {@link #messageLength()} writable bytes and writes the message type
     * there, enabling the setters.
     *
     * @param buffer the buffer to encode into
     * @param offset where the message starts; {@link #messageLength()} bytes from there must be
     *     writable
     * @return this flyweight
     */
    public final M wrapForEncode(final MutableDirectBuffer buffer, final int offset)
    {
        wrapForEncode(buffer, offset, type);
        return self();
    }

    @Override
    public final int messageLength()
    {
        return length;
    }

    /** Appends {@code orderToken=} and the token, trailing spaces removed, for {@link #appendTo}. */
    final StringBuilder appendOrderToken(final StringBuilder sb)
    {
        sb.append("orderToken=");
        AsciiFields.appendTrimmed(sb, buffer, offset + tokenOffset, ORDER_TOKEN_LENGTH);
        return sb;
    }

    @SuppressWarnings("unchecked")
    private M self()
    {
        return (M)this;
    }

    /**
     * Copies the orderToken field (order token) into {@code dst}.
     *
     * @param dst the buffer to copy the 14 bytes into
     * @param dstOffset where in {@code dst} to copy them
     */
    public final void getOrderToken(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + tokenOffset, ORDER_TOKEN_LENGTH);
    }

    /**
     * Reads the orderToken field as a decimal number, as written by {@link #orderTokenNumber(long)}.
     *
     * @return the number, or {@code -1} when the field is not 1 to 14 digits followed by spaces
     */
    public final long orderTokenNumber()
    {
        return AsciiFields.parseLeftJustifiedNumber(buffer, offset + tokenOffset, ORDER_TOKEN_LENGTH);
    }

    /**
     * Copies 14 bytes from {@code src} into the orderToken field.
     *
     * @param src the buffer holding the token
     * @param srcOffset where in {@code src} the token starts
     * @return this flyweight
     */
    public final M orderToken(final DirectBuffer src, final int srcOffset)
    {
        mutable().putBytes(offset + tokenOffset, src, srcOffset, ORDER_TOKEN_LENGTH);
        return self();
    }

    /**
     * Writes the orderToken field as ASCII, left-justified and space padded.
     *
     * @param value at most 14 ASCII characters
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is longer than 14 or not ASCII
     */
    public final M orderToken(final CharSequence value)
    {
        AsciiFields.putAlpha(mutable(), offset + tokenOffset, ORDER_TOKEN_LENGTH, value);
        return self();
    }

    /**
     * Writes the orderToken field as the decimal digits of {@code value}, left-justified and space
     * padded, without allocating.
     *
     * @param value a number from 0 to 99,999,999,999,999
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is negative or has more than 14 digits
     */
    public final M orderTokenNumber(final long value)
    {
        AsciiFields.putLeftJustifiedNumber(mutable(), offset + tokenOffset, ORDER_TOKEN_LENGTH, value);
        return self();
    }
}
