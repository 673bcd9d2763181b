package io.hftengine.bench.protocol;

import com.paritytrading.juncture.nasdaq.itch50.ITCH50;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Listener;

/**
 * {@link SummingItchListener}'s sum over juncture's parsed messages: the same fields of the same
 * message types, so that equal sums mean both decoders read the same values.
 */
final class SummingJunctureListener implements ITCH50Listener
{
    long sum;

    @Override
    public void addOrder(final ITCH50.AddOrder m)
    {
        sum += m.orderReferenceNumber + m.price + m.shares + m.buySellIndicator + m.stockLocate
            + ((long) m.timestampHigh << 32 | m.timestampLow);
    }

    @Override
    public void addOrderMPID(final ITCH50.AddOrderMPID m)
    {
        sum += m.orderReferenceNumber + m.price + m.shares + m.buySellIndicator + m.stockLocate;
    }

    @Override
    public void orderDelete(final ITCH50.OrderDelete m)
    {
        sum += m.orderReferenceNumber + m.stockLocate;
    }

    @Override
    public void orderReplace(final ITCH50.OrderReplace m)
    {
        sum += m.originalOrderReferenceNumber + m.newOrderReferenceNumber + m.shares + m.price;
    }

    @Override
    public void orderExecuted(final ITCH50.OrderExecuted m)
    {
        sum += m.orderReferenceNumber + m.executedShares + m.matchNumber;
    }

    @Override
    public void orderCancel(final ITCH50.OrderCancel m)
    {
        sum += m.orderReferenceNumber + m.canceledShares;
    }

    @Override
    public void trade(final ITCH50.Trade m)
    {
        sum += m.price + m.shares + m.matchNumber;
    }

    @Override
    public void noii(final ITCH50.NOII m)
    {
        sum += m.pairedShares + m.imbalanceShares + m.nearPrice;
    }

    @Override
    public void systemEvent(final ITCH50.SystemEvent m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void stockDirectory(final ITCH50.StockDirectory m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void stockTradingAction(final ITCH50.StockTradingAction m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void regSHORestriction(final ITCH50.RegSHORestriction m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void marketParticipantPosition(final ITCH50.MarketParticipantPosition m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void mwcbDeclineLevel(final ITCH50.MWCBDeclineLevel m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void mwcbStatus(final ITCH50.MWCBStatus m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void ipoQuotingPeriodUpdate(final ITCH50.IPOQuotingPeriodUpdate m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void luldAuctionCollar(final ITCH50.LULDAuctionCollar m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void operationalHalt(final ITCH50.OperationalHalt m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void orderExecutedWithPrice(final ITCH50.OrderExecutedWithPrice m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void crossTrade(final ITCH50.CrossTrade m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void brokenTrade(final ITCH50.BrokenTrade m)
    {
        // not summed by SummingItchListener either
    }

    @Override
    public void rpii(final ITCH50.RPII m)
    {
        // not summed by SummingItchListener either
    }
}
