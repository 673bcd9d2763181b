package io.hftengine.protocol;

import org.agrona.DirectBuffer;

/**
 * Told about each message or packet a decoder rejects, after the decoder has counted it.
 *
 * <p>Called on the decoder's thread, on its hot path: implementations must be quick and should not
 * allocate. The buffer region is valid only during the call.
 */
@FunctionalInterface
public interface DecodeErrorListener
{
    /** A listener that does nothing; the decoder's counters still record every error. */
    DecodeErrorListener NO_OP = (error, buffer, offset, length) -> {};

    /**
     * Reports one rejected message or packet.
     *
     * @param error what was wrong
     * @param buffer the buffer holding the bad bytes
     * @param offset where the rejected message or packet starts
     * @param length its length as the framing gave it (may run past the buffer: do not read it
     *               blindly)
     */
    void onDecodeError(DecodeError error, DirectBuffer buffer, int offset, int length);
}
