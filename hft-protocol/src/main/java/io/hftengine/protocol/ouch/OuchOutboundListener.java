package io.hftengine.protocol.ouch;

/**
 * Receives decoded OUCH 4.2 outbound (exchange to client) messages from an {@link OuchOutboundDecoder}.
 *
 * <p>One method per message type, each a no-op by default, so a listener overrides only what it
 * needs. The flyweight passed in is owned by the decoder and rewrapped for the next message: read
 * the fields you need during the call, never keep the reference.
 */
public interface OuchOutboundListener
{
    /**
     * Called for each System Event message ({@code 'S'}).
     *
     * @param message the message, valid only during this call
     */
    default void onSystemEvent(final OuchSystemEventMessage message)
    {
    }

    /**
     * Called for each Order Accepted message ({@code 'A'}).
     *
     * @param message the message, valid only during this call
     */
    default void onAccepted(final AcceptedMessage message)
    {
    }

    /**
     * Called for each Order Replaced message ({@code 'U'}).
     *
     * @param message the message, valid only during this call
     */
    default void onReplaced(final ReplacedMessage message)
    {
    }

    /**
     * Called for each Order Canceled message ({@code 'C'}).
     *
     * @param message the message, valid only during this call
     */
    default void onCanceled(final CanceledMessage message)
    {
    }

    /**
     * Called for each Order Executed message ({@code 'E'}).
     *
     * @param message the message, valid only during this call
     */
    default void onExecuted(final ExecutedMessage message)
    {
    }

    /**
     * Called for each Order Rejected message ({@code 'J'}).
     *
     * @param message the message, valid only during this call
     */
    default void onRejected(final RejectedMessage message)
    {
    }

    /**
     * Called for an AIQ Canceled: the venue cancelled shares of the order to prevent a self-match.
     *
     * @param message the message, valid only during this call
     */
    default void onAiqCanceled(final AiqCanceledMessage message)
    {
    }

    /**
     * Called for a Broken Trade: an execution reported earlier did not happen.
     *
     * @param message the message, valid only during this call
     */
    default void onBrokenTrade(final BrokenTradeMessage message)
    {
    }

    /**
     * Called for a Cancel Pending: the cancel will be acted on later.
     *
     * @param message the message, valid only during this call
     */
    default void onCancelPending(final CancelPendingMessage message)
    {
    }

    /**
     * Called for a Cancel Reject: the cancel was refused; the order stays as it was.
     *
     * @param message the message, valid only during this call
     */
    default void onCancelReject(final CancelRejectMessage message)
    {
    }

    /**
     * Called for an Order Priority Update.
     *
     * @param message the message, valid only during this call
     */
    default void onOrderPriorityUpdate(final OrderPriorityUpdateMessage message)
    {
    }

    /**
     * Called for an Order Modified, the answer to a Modify Order.
     *
     * @param message the message, valid only during this call
     */
    default void onOrderModified(final OrderModifiedMessage message)
    {
    }

    /**
     * Called for an Executed with Reference Price ({@code 'G'}): an execution, sent instead of an
     * Order Executed, so a listener that tracks fills must handle it as one.
     *
     * @param message the message, valid only during this call
     */
    default void onExecutedWithReferencePrice(final ExecutedWithReferencePriceMessage message)
    {
    }

    /**
     * Called for a Trade Correction ({@code 'F'}): the shares and price of an execution reported
     * earlier have been corrected.
     *
     * @param message the message, valid only during this call
     */
    default void onTradeCorrection(final TradeCorrectionMessage message)
    {
    }

    /**
     * Called for a Price Correction ({@code 'K'}): the price of an execution reported earlier has
     * been corrected.
     *
     * @param message the message, valid only during this call
     */
    default void onPriceCorrection(final PriceCorrectionMessage message)
    {
    }
}
