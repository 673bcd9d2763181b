package io.hftengine.protocol;

import org.agrona.DirectBuffer;

/**
 * Receives the messages a framing layer (BinaryFILE, MoldUDP64, SoupBinTCP) cuts out of its
 * stream, still in place in the framing's buffer.
 *
 * <p>The {@code ItchDecoder} and the OUCH decoders implement this interface, so a framing reader
 * can feed them directly.
 */
@FunctionalInterface
public interface MessageHandler
{
    /**
     * Handles one message; the bytes are valid only during the call.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts
     * @param length its length in bytes; {@code [offset, offset + length)} lies inside the buffer
     */
    void onMessage(DirectBuffer buffer, int offset, int length);
}
