package io.hftengine.pipeline.gateway;

import org.agrona.DirectBuffer;

/** Receives venue replies, one OUCH 4.2 outbound message per call. */
@FunctionalInterface
public interface ReplyHandler {
    /**
     * One reply; the bytes are valid only during the call.
     *
     * @param buffer holds the message
     * @param offset start of the message (its type byte)
     * @param length message length
     */
    void onReply(DirectBuffer buffer, int offset, int length);
}
