package io.hftengine.bench.protocol;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.TradeMessage;

/**
 * Reads one header field (the stock locate) of every message of the mix and folds it into a sum:
 * the least a consumer of decode does. Unlike a no-op listener, the JIT can neither drop the
 * per-type dispatch (each type has its own method body) nor the flyweight wrap (the read goes
 * through it), so this keeps decode-only honest.
 */
final class LocateSummingItchListener implements ItchListener
{
    long sum;

    @Override
    public void onAddOrder(final AddOrderMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onTrade(final TradeMessage m)
    {
        sum += m.stockLocate();
    }

    @Override
    public void onNoii(final NoiiMessage m)
    {
        sum += m.stockLocate();
    }
}
