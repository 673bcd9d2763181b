package io.hftengine.protocol.soupbintcp;

import org.agrona.DirectBuffer;

/**
 * Receives the packets a {@link SoupBinTcpDecoder} cuts out of a SoupBinTCP stream; every method
 * is a no-op by default. Buffers and flyweights are valid only during the call.
 */
public interface SoupBinTcpListener
{
    /**
     * A client asks to log in.
     *
     * @param login the packet; use its Login Request getters
     */
    default void onLoginRequest(final SoupBinTcpLogin login)
    {
    }

    /**
     * The server accepted the login.
     *
     * @param login the packet; use {@link SoupBinTcpLogin#appendSession} and
     *              {@link SoupBinTcpLogin#sequenceNumber()}
     */
    default void onLoginAccepted(final SoupBinTcpLogin login)
    {
    }

    /**
     * The server rejected the login.
     *
     * @param reasonCode {@code 'A'} not authorized, {@code 'S'} session not available
     */
    default void onLoginRejected(final char reasonCode)
    {
    }

    /**
     * One sequenced message from the server (its sequence number is implied by its position).
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts
     * @param length its length
     */
    default void onSequencedData(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    /**
     * One unsequenced message (client to server, e.g. an OUCH order).
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts
     * @param length its length
     */
    default void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    /**
     * A debug packet: free text to be logged.
     *
     * @param buffer the buffer holding the text
     * @param offset where it starts
     * @param length its length
     */
    default void onDebug(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    /** The server sent a heartbeat. */
    default void onServerHeartbeat()
    {
    }

    /** The client sent a heartbeat. */
    default void onClientHeartbeat()
    {
    }

    /** The client asks to log out. */
    default void onLogoutRequest()
    {
    }

    /** The server ends the session: no more Sequenced Data will follow. */
    default void onEndOfSession()
    {
    }
}
