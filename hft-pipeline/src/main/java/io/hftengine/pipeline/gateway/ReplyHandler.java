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

    /**
     * A venue session started: a SoupBinTCP Login Accepted, on the first login and on every
     * reconnect, before any reply it brings. The gateway journals it, so that a restart resumes
     * this session and can tell the replies a venue skipped from replies the journal lost. The
     * default does nothing.
     *
     * @param buffer holds the session name
     * @param offset its start
     * @param length its length (10 ASCII bytes, space padded)
     * @param nextSequence the number of the next reply
     */
    default void onSessionStart(final DirectBuffer buffer, final int offset, final int length,
                                final long nextSequence) {
    }
}
