package io.hftengine.bench.protocol;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.protocol.itch.ItchListener;

/**
 * Reads the fields an order book needs from each message and folds them into one sum, so the JIT
 * cannot drop the reads; stands in for the book without measuring one.
 */
final class SummingItchListener implements ItchListener
{
    long sum;

    @Override
    public void onAddOrder(final AddOrderMessage m)
    {
        sum += m.orderReferenceNumber() + m.price() + m.shares() + m.side() + m.stockLocate() + m.timestampNs();
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage m)
    {
        sum += m.orderReferenceNumber() + m.price() + m.shares() + m.side() + m.stockLocate();
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage m)
    {
        sum += m.orderReferenceNumber() + m.stockLocate();
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage m)
    {
        sum += m.originalOrderReferenceNumber() + m.newOrderReferenceNumber() + m.shares() + m.price();
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage m)
    {
        sum += m.orderReferenceNumber() + m.executedShares() + m.matchNumber();
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage m)
    {
        sum += m.orderReferenceNumber() + m.canceledShares();
    }

    @Override
    public void onTrade(final TradeMessage m)
    {
        sum += m.price() + m.shares() + m.matchNumber();
    }

    @Override
    public void onNoii(final NoiiMessage m)
    {
        sum += m.pairedShares() + m.imbalanceShares() + m.nearPrice();
    }
}
