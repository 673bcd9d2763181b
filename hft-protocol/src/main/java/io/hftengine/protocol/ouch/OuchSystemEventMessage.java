package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound System Event message, type {@code 'S'}, 10 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9     1  eventCode (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OuchSystemEventMessage extends OuchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'S';
    /** The length of the message in bytes. */
    public static final int LENGTH = 10;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the event code field. */
    public static final int EVENT_CODE_OFFSET = 9;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OuchSystemEventMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public OuchSystemEventMessage wrap(final DirectBuffer buffer, final int offset)
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
    public OuchSystemEventMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
     * Returns the timestamp, nanoseconds since midnight.
     *
     * @return the timestampNs field
     */
    public long timestampNs()
    {
        return buffer.getLong(offset + TIMESTAMP_NS_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the timestamp, nanoseconds since midnight.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public OuchSystemEventMessage timestampNs(final long value)
    {
        mutable().putLong(offset + TIMESTAMP_NS_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the event code, S (start of day) or E (end of day).
     *
     * @return the eventCode field
     */
    public char eventCode()
    {
        return (char) (buffer.getByte(offset + EVENT_CODE_OFFSET) & 0xFF);
    }

    /**
     * Sets the event code, S (start of day) or E (end of day).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public OuchSystemEventMessage eventCode(final char value)
    {
        mutable().putByte(offset + EVENT_CODE_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        sb.append(messageType()).append('{');
        sb.append("timestampNs=");
        AsciiFields.appendUnsigned(sb, timestampNs());
        sb.append(", eventCode=");
        AsciiFields.appendChar(sb, eventCode());
        return sb.append('}');
    }
}
