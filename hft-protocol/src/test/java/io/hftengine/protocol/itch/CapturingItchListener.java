package io.hftengine.protocol.itch;

/**
 * Test listener that remembers the last message, the method it came through, and how many calls.
 */
final class CapturingItchListener implements ItchListener
{
    Object last;
    String lastMethod;
    int calls;

    private void record(final String method, final Object message)
    {
        last = message;
        lastMethod = method;
        calls++;
    }

    @Override
    public void onSystemEvent(final SystemEventMessage message)
    {
        record("onSystemEvent", message);
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message)
    {
        record("onStockDirectory", message);
    }

    @Override
    public void onStockTradingAction(final StockTradingActionMessage message)
    {
        record("onStockTradingAction", message);
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionMessage message)
    {
        record("onRegShoRestriction", message);
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionMessage message)
    {
        record("onMarketParticipantPosition", message);
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelMessage message)
    {
        record("onMwcbDeclineLevel", message);
    }

    @Override
    public void onMwcbStatus(final MwcbStatusMessage message)
    {
        record("onMwcbStatus", message);
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateMessage message)
    {
        record("onIpoQuotingPeriodUpdate", message);
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarMessage message)
    {
        record("onLuldAuctionCollar", message);
    }

    @Override
    public void onOperationalHalt(final OperationalHaltMessage message)
    {
        record("onOperationalHalt", message);
    }

    @Override
    public void onAddOrder(final AddOrderMessage message)
    {
        record("onAddOrder", message);
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message)
    {
        record("onAddOrderMpid", message);
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage message)
    {
        record("onOrderExecuted", message);
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message)
    {
        record("onOrderExecutedWithPrice", message);
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage message)
    {
        record("onOrderCancel", message);
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage message)
    {
        record("onOrderDelete", message);
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage message)
    {
        record("onOrderReplace", message);
    }

    @Override
    public void onTrade(final TradeMessage message)
    {
        record("onTrade", message);
    }

    @Override
    public void onCrossTrade(final CrossTradeMessage message)
    {
        record("onCrossTrade", message);
    }

    @Override
    public void onBrokenTrade(final BrokenTradeMessage message)
    {
        record("onBrokenTrade", message);
    }

    @Override
    public void onNoii(final NoiiMessage message)
    {
        record("onNoii", message);
    }

    @Override
    public void onRetailInterest(final RetailInterestMessage message)
    {
        record("onRetailInterest", message);
    }

    @Override
    public void onDirectListingPriceDiscovery(final DirectListingPriceDiscoveryMessage message)
    {
        record("onDirectListingPriceDiscovery", message);
    }
}
