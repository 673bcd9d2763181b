package io.hftengine.protocol.moldudp64;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link MoldUdp64Decoder} finds in downstream packets. During every call the
 * decoder's {@link MoldUdp64Decoder#header()} is wrapped over the current packet (for the session
 * name). Buffers are valid only during the call.
 */
public interface MoldUdp64Listener
{
    /**
     * Called for each message of a packet, in order.
     *
     * @param sequenceNumber the message's own sequence number
     * @param buffer the buffer holding the datagram
     * @param offset where the message starts (after its 2-byte length)
     * @param length the message length; {@code [offset, offset + length)} lies inside the datagram
     */
    void onMessage(long sequenceNumber, DirectBuffer buffer, int offset, int length);

    /**
     * Called for a heartbeat (message count 0).
     *
     * @param nextSequenceNumber the sequence number of the next message the server will send
     */
    default void onHeartbeat(final long nextSequenceNumber)
    {
    }

    /**
     * Called for an end-of-session packet (message count 0xFFFF).
     *
     * @param nextSequenceNumber one past the last message of the session
     */
    default void onEndOfSession(final long nextSequenceNumber)
    {
    }
}
