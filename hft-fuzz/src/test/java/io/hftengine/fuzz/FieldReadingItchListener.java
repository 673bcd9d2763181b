package io.hftengine.fuzz;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.BrokenTradeMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.DirectListingPriceDiscoveryMessage;
import io.hftengine.protocol.itch.IpoQuotingPeriodUpdateMessage;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMessage;
import io.hftengine.protocol.itch.LuldAuctionCollarMessage;
import io.hftengine.protocol.itch.MarketParticipantPositionMessage;
import io.hftengine.protocol.itch.MwcbDeclineLevelMessage;
import io.hftengine.protocol.itch.MwcbStatusMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OperationalHaltMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.RegShoRestrictionMessage;
import io.hftengine.protocol.itch.RetailInterestMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.protocol.itch.SystemEventMessage;
import io.hftengine.protocol.itch.TradeMessage;

/**
 * An ITCH listener that reads every field of every message it is given (through {@code appendTo}) and
 * checks that the message lies inside the frame the decoder was handed. A field read past the
 * buffer throws from Agrona's bounds check; a message outside the frame is an
 * {@link AssertionError}. Both are findings.
 */
final class FieldReadingItchListener implements ItchListener
{
    private final StringBuilder text = new StringBuilder(256);
    private int frameStart;
    private int frameEnd;
    private long delivered;

    /**
     * Sets the frame the next decode call is given.
     *
     * @param start the frame's first byte
     * @param end one past its last byte
     */
    void frame(final int start, final int end)
    {
        frameStart = start;
        frameEnd = end;
    }

    /**
     * Returns how many messages were delivered.
     *
     * @return callbacks received
     */
    long delivered()
    {
        return delivered;
    }

    private void read(final ItchMessage message)
    {
        InRange.check("itch " + message.messageType(), message.offset(), message.messageLength(), frameStart, frameEnd);
        text.setLength(0);
        message.appendTo(text);
        if (text.length() == 0)
        {
            throw new AssertionError("appendTo wrote nothing for " + message.messageType());
        }
        delivered++;
    }

    @Override
    public void onSystemEvent(final SystemEventMessage message)
    {
        read(message);
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message)
    {
        read(message);
    }

    @Override
    public void onStockTradingAction(final StockTradingActionMessage message)
    {
        read(message);
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionMessage message)
    {
        read(message);
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionMessage message)
    {
        read(message);
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelMessage message)
    {
        read(message);
    }

    @Override
    public void onMwcbStatus(final MwcbStatusMessage message)
    {
        read(message);
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateMessage message)
    {
        read(message);
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarMessage message)
    {
        read(message);
    }

    @Override
    public void onOperationalHalt(final OperationalHaltMessage message)
    {
        read(message);
    }

    @Override
    public void onAddOrder(final AddOrderMessage message)
    {
        read(message);
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message)
    {
        read(message);
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage message)
    {
        read(message);
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message)
    {
        read(message);
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage message)
    {
        read(message);
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage message)
    {
        read(message);
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage message)
    {
        read(message);
    }

    @Override
    public void onTrade(final TradeMessage message)
    {
        read(message);
    }

    @Override
    public void onCrossTrade(final CrossTradeMessage message)
    {
        read(message);
    }

    @Override
    public void onBrokenTrade(final BrokenTradeMessage message)
    {
        read(message);
    }

    @Override
    public void onNoii(final NoiiMessage message)
    {
        read(message);
    }

    @Override
    public void onRetailInterest(final RetailInterestMessage message)
    {
        read(message);
    }

    @Override
    public void onDirectListingPriceDiscovery(final DirectListingPriceDiscoveryMessage message)
    {
        read(message);
    }
}
