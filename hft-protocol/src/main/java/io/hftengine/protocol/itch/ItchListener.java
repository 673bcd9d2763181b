package io.hftengine.protocol.itch;

/**
 * Receives decoded ITCH 5.0 messages from an {@link ItchDecoder}.
 *
 * <p>One method per message type, each a no-op by default, so a listener overrides only what it
 * needs. The flyweight passed in is owned by the decoder and rewrapped for the next message: read
 * the fields you need during the call, never keep the reference.
 */
public interface ItchListener
{
    /**
     * Called for each System Event message ({@code 'S'}).
     *
     * @param message the message, valid only during this call
     */
    default void onSystemEvent(final SystemEventMessage message)
    {
    }

    /**
     * Called for each Stock Directory message ({@code 'R'}).
     *
     * @param message the message, valid only during this call
     */
    default void onStockDirectory(final StockDirectoryMessage message)
    {
    }

    /**
     * Called for each Stock Trading Action message ({@code 'H'}).
     *
     * @param message the message, valid only during this call
     */
    default void onStockTradingAction(final StockTradingActionMessage message)
    {
    }

    /**
     * Called for each Reg SHO Short Sale Price Test Restricted Indicator message ({@code 'Y'}).
     *
     * @param message the message, valid only during this call
     */
    default void onRegShoRestriction(final RegShoRestrictionMessage message)
    {
    }

    /**
     * Called for each Market Participant Position message ({@code 'L'}).
     *
     * @param message the message, valid only during this call
     */
    default void onMarketParticipantPosition(final MarketParticipantPositionMessage message)
    {
    }

    /**
     * Called for each MWCB Decline Level message ({@code 'V'}).
     *
     * @param message the message, valid only during this call
     */
    default void onMwcbDeclineLevel(final MwcbDeclineLevelMessage message)
    {
    }

    /**
     * Called for each MWCB Status message ({@code 'W'}).
     *
     * @param message the message, valid only during this call
     */
    default void onMwcbStatus(final MwcbStatusMessage message)
    {
    }

    /**
     * Called for each IPO Quoting Period Update message ({@code 'K'}).
     *
     * @param message the message, valid only during this call
     */
    default void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateMessage message)
    {
    }

    /**
     * Called for each LULD Auction Collar message ({@code 'J'}).
     *
     * @param message the message, valid only during this call
     */
    default void onLuldAuctionCollar(final LuldAuctionCollarMessage message)
    {
    }

    /**
     * Called for each Operational Halt message ({@code 'h'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOperationalHalt(final OperationalHaltMessage message)
    {
    }

    /**
     * Called for each Add Order (no MPID attribution) message ({@code 'A'}).
     *
     * @param message the message, valid only during this call
     */
    default void onAddOrder(final AddOrderMessage message)
    {
    }

    /**
     * Called for each Add Order with MPID attribution message ({@code 'F'}).
     *
     * @param message the message, valid only during this call
     */
    default void onAddOrderMpid(final AddOrderMpidMessage message)
    {
    }

    /**
     * Called for each Order Executed message ({@code 'E'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOrderExecuted(final OrderExecutedMessage message)
    {
    }

    /**
     * Called for each Order Executed With Price message ({@code 'C'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message)
    {
    }

    /**
     * Called for each Order Cancel message ({@code 'X'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOrderCancel(final OrderCancelMessage message)
    {
    }

    /**
     * Called for each Order Delete message ({@code 'D'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOrderDelete(final OrderDeleteMessage message)
    {
    }

    /**
     * Called for each Order Replace message ({@code 'U'}).
     *
     * @param message the message, valid only during this call
     */
    default void onOrderReplace(final OrderReplaceMessage message)
    {
    }

    /**
     * Called for each Trade (non-cross) message ({@code 'P'}).
     *
     * @param message the message, valid only during this call
     */
    default void onTrade(final TradeMessage message)
    {
    }

    /**
     * Called for each Cross Trade message ({@code 'Q'}).
     *
     * @param message the message, valid only during this call
     */
    default void onCrossTrade(final CrossTradeMessage message)
    {
    }

    /**
     * Called for each Broken Trade message ({@code 'B'}).
     *
     * @param message the message, valid only during this call
     */
    default void onBrokenTrade(final BrokenTradeMessage message)
    {
    }

    /**
     * Called for each Net Order Imbalance Indicator (NOII) message ({@code 'I'}).
     *
     * @param message the message, valid only during this call
     */
    default void onNoii(final NoiiMessage message)
    {
    }

    /**
     * Called for each Retail Price Improvement Indicator (RPII) message ({@code 'N'}).
     *
     * @param message the message, valid only during this call
     */
    default void onRetailInterest(final RetailInterestMessage message)
    {
    }

    /**
     * Called for each Direct Listing with Capital Raise Price Discovery message ({@code 'O'}).
     *
     * @param message the message, valid only during this call
     */
    default void onDirectListingPriceDiscovery(final DirectListingPriceDiscoveryMessage message)
    {
    }
}
