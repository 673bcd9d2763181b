package io.hftengine.protocol.ouch;

/**
 * Receives decoded OUCH 4.2 inbound (client to exchange) messages from an {@link OuchInboundDecoder}.
 *
 * <p>One method per message type, each a no-op by default, so a listener overrides only what it
 * needs. The flyweight passed in is owned by the decoder and rewrapped for the next message: read
 * the fields you need during the call, never keep the reference.
 */
public interface OuchInboundListener
{
    /**
     * Called for each Enter Order message ({@code 'O'}).
     *
     * @param message the message, valid only during this call
     */
    default void onEnterOrder(final EnterOrderMessage message)
    {
    }

    /**
     * Called for each Replace Order message ({@code 'U'}).
     *
     * @param message the message, valid only during this call
     */
    default void onReplaceOrder(final ReplaceOrderMessage message)
    {
    }

    /**
     * Called for each Cancel Order message ({@code 'X'}).
     *
     * @param message the message, valid only during this call
     */
    default void onCancelOrder(final CancelOrderMessage message)
    {
    }

    /**
     * Called for each Modify Order message ({@code 'M'}).
     *
     * @param message the message, valid only during this call
     */
    default void onModifyOrder(final ModifyOrderMessage message)
    {
    }
}
