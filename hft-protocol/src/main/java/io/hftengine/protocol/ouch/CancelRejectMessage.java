package io.hftengine.protocol.ouch;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Cancel Reject message, type {@code 'I'}, 23 bytes, read and written in place.
 *
 * <p>A cancel request the venue refused (the order could not be cancelled, e.g. it is locked in a
 * cross); the order stays as it was.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class CancelRejectMessage extends OrderTokenReply<CancelRejectMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'I';
    /** The length of the message in bytes. */
    public static final int LENGTH = 23;
    /** Offset of the timestamp, nanoseconds since midnight field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public CancelRejectMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendReplyHead(sb);
        return sb.append('}');
    }
}
