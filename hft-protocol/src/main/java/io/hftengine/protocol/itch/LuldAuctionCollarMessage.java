package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 LULD Auction Collar message, type {@code 'J'}, 35 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  stock (alpha8)
 *   19     4  auctionCollarReferencePrice (price4)
 *   23     4  upperAuctionCollarPrice (price4)
 *   27     4  lowerAuctionCollarPrice (price4)
 *   31     4  auctionCollarExtension (u32)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class LuldAuctionCollarMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'J';
    /** The length of the message in bytes. */
    public static final int LENGTH = 35;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of the auction collar reference price field. */
    public static final int AUCTION_COLLAR_REFERENCE_PRICE_OFFSET = 19;
    /** Offset of the upper auction collar price field. */
    public static final int UPPER_AUCTION_COLLAR_PRICE_OFFSET = 23;
    /** Offset of the lower auction collar price field. */
    public static final int LOWER_AUCTION_COLLAR_PRICE_OFFSET = 27;
    /** Offset of the auction collar extension count field. */
    public static final int AUCTION_COLLAR_EXTENSION_OFFSET = 31;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public LuldAuctionCollarMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public LuldAuctionCollarMessage wrap(final DirectBuffer buffer, final int offset)
    {
        wrapForDecode(buffer, offset);
        return this;
    }

    /**
     * Points this flyweight at {@value #LENGTH} writable bytes and writes the message type there.
     *
     * @param buffer the buffer to encode into
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be writable
     * @return this flyweight
     */
    public LuldAuctionCollarMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
    {
        wrapForEncode(buffer, offset, MESSAGE_TYPE);
        return this;
    }

    @Override
    public int messageLength()
    {
        return LENGTH;
    }

    /**
     * Sets the stock locate code.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage stockLocate(final int value)
    {
        putStockLocate(value);
        return this;
    }

    /**
     * Sets the tracking number.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage trackingNumber(final int value)
    {
        putTrackingNumber(value);
        return this;
    }

    /**
     * Sets the timestamp.
     *
     * @param value nanoseconds since midnight; the low 48 bits are written
     * @return this flyweight
     */
    public LuldAuctionCollarMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the stock symbol, packed big-endian ASCII, space padded.
     *
     * @return the stock field
     */
    public long stock()
    {
        return buffer.getLong(offset + STOCK_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the stock symbol, packed big-endian ASCII, space padded.
     *
     * @param value eight ASCII bytes packed big-endian
     * @return this flyweight
     */
    public LuldAuctionCollarMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the auction collar reference price, 4 implied decimals.
     *
     * @return the auctionCollarReferencePrice field
     */
    public long auctionCollarReferencePrice()
    {
        return buffer.getInt(offset + AUCTION_COLLAR_REFERENCE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the auction collar reference price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage auctionCollarReferencePrice(final long value)
    {
        mutable().putInt(offset + AUCTION_COLLAR_REFERENCE_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the upper auction collar price, 4 implied decimals.
     *
     * @return the upperAuctionCollarPrice field
     */
    public long upperAuctionCollarPrice()
    {
        return buffer.getInt(offset + UPPER_AUCTION_COLLAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the upper auction collar price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage upperAuctionCollarPrice(final long value)
    {
        mutable().putInt(offset + UPPER_AUCTION_COLLAR_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the lower auction collar price, 4 implied decimals.
     *
     * @return the lowerAuctionCollarPrice field
     */
    public long lowerAuctionCollarPrice()
    {
        return buffer.getInt(offset + LOWER_AUCTION_COLLAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the lower auction collar price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage lowerAuctionCollarPrice(final long value)
    {
        mutable().putInt(offset + LOWER_AUCTION_COLLAR_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the auction collar extension count.
     *
     * @return the auctionCollarExtension field
     */
    public long auctionCollarExtension()
    {
        return buffer.getInt(offset + AUCTION_COLLAR_EXTENSION_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the auction collar extension count.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public LuldAuctionCollarMessage auctionCollarExtension(final long value)
    {
        mutable().putInt(offset + AUCTION_COLLAR_EXTENSION_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", auctionCollarReferencePrice=");
        sb.append(auctionCollarReferencePrice());
        sb.append(", upperAuctionCollarPrice=");
        sb.append(upperAuctionCollarPrice());
        sb.append(", lowerAuctionCollarPrice=");
        sb.append(lowerAuctionCollarPrice());
        sb.append(", auctionCollarExtension=");
        sb.append(auctionCollarExtension());
        return sb.append('}');
    }
}
