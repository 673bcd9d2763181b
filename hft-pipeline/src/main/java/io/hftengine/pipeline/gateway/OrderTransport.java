package io.hftengine.pipeline.gateway;

import org.agrona.DirectBuffer;

/**
 * How the gateway reaches the venue: a UDP socket, a SoupBinTCP session or an in-process
 * simulated exchange. Called from the gateway thread only; non-blocking and allocation-free on
 * {@link #send} and {@link #pollReplies}.
 */
public interface OrderTransport extends AutoCloseable {
    /**
     * Sends one OUCH 4.2 inbound message.
     *
     * @param buffer holds the message
     * @param offset start
     * @param length length
     * @return false when it could not be sent now (counted by the gateway; never retried, since a
     *     late order is worse than a lost one, and risk learns nothing was accepted)
     */
    boolean send(DirectBuffer buffer, int offset, int length);

    /**
     * Hands waiting venue replies to the handler.
     *
     * @param handler receives each reply
     * @return replies handed over
     */
    int pollReplies(ReplyHandler handler);

    /**
     * Whether replies to a {@link #send} are available at once from the next
     * {@link #pollReplies} (true for the in-process exchange): the replay-mode ordering relies on it.
     *
     * @return true when replies are synchronous
     */
    default boolean synchronousReplies() {
        return false;
    }

    /**
     * During a {@link ReplyHandler#onReply} call: the venue's sequence number of the reply being
     * handed over (a SoupBinTCP Sequenced Data number), journaled with it so that a restarted
     * session can resume after the last reply it holds.
     *
     * @return the reply's number, 0 when the transport numbers none (UDP, the simulated venue)
     */
    default long replySequence() {
        return 0;
    }

    /** Releases sockets; never throws. */
    @Override
    void close();
}
