package io.hftengine.protocol.tools;

import io.hftengine.protocol.internal.AsciiFields;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.BrokenTradeMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.DirectListingPriceDiscoveryMessage;
import io.hftengine.protocol.itch.IpoQuotingPeriodUpdateMessage;
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
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMessage;

/**
 * Counts an ITCH 5.0 stream: messages by type, add orders (A and F) and trades (P) by stock locate
 * and by side, the system event codes in order, the stock directory, and the time span.
 *
 * <p>Counters are plain arrays indexed by type byte and by stock locate code, so counting allocates
 * nothing. Reused by the inspector tools; feed it through an {@code ItchDecoder}. Not thread-safe.
 */
public final class ItchStatistics implements ItchListener
{
    private static final int LOCATES = 1 << 16;
    private static final int MAX_SYSTEM_EVENTS = 64;

    private final long[] byType = new long[256];
    private final long[] addOrdersByLocate = new long[LOCATES];
    private final long[] tradesByLocate = new long[LOCATES];
    private final long[] symbolByLocate = new long[LOCATES];
    private final char[] systemEvents = new char[MAX_SYSTEM_EVENTS];
    private int systemEventCount;
    private long addOrderBuys;
    private long addOrderSells;
    private long tradeBuys;
    private long tradeSells;
    private long total;
    private long firstTimestampNs = -1;
    private long lastTimestampNs = -1;
    private int maxLocate;

    /**
     * Creates statistics with every count at zero.
     */
    public ItchStatistics()
    {
    }

    private void count(final ItchMessage message)
    {
        byType[message.messageType()]++;
        total++;
        final long timestampNs = message.timestampNs();
        if (firstTimestampNs < 0)
        {
            firstTimestampNs = timestampNs;
        }
        lastTimestampNs = timestampNs;
        maxLocate = Math.max(maxLocate, message.stockLocate());
    }

    private void addOrder(final int locate, final char side, final long stock)
    {
        addOrdersByLocate[locate]++;
        if ('B' == side)
        {
            addOrderBuys++;
        }
        else
        {
            addOrderSells++;
        }
        learnSymbol(locate, stock);
    }

    private void learnSymbol(final int locate, final long stock)
    {
        if (0 == symbolByLocate[locate])
        {
            symbolByLocate[locate] = stock;
        }
    }

    @Override
    public void onSystemEvent(final SystemEventMessage message)
    {
        count(message);
        if (systemEventCount < MAX_SYSTEM_EVENTS)
        {
            systemEvents[systemEventCount] = message.eventCode();
        }
        systemEventCount++;
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message)
    {
        count(message);
        symbolByLocate[message.stockLocate()] = message.stock();
    }

    @Override
    public void onAddOrder(final AddOrderMessage message)
    {
        count(message);
        addOrder(message.stockLocate(), message.side(), message.stock());
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message)
    {
        count(message);
        addOrder(message.stockLocate(), message.side(), message.stock());
    }

    @Override
    public void onTrade(final TradeMessage message)
    {
        count(message);
        tradesByLocate[message.stockLocate()]++;
        if ('B' == message.side())
        {
            tradeBuys++;
        }
        else
        {
            tradeSells++;
        }
        learnSymbol(message.stockLocate(), message.stock());
    }

    @Override
    public void onStockTradingAction(final StockTradingActionMessage message)
    {
        count(message);
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionMessage message)
    {
        count(message);
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionMessage message)
    {
        count(message);
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelMessage message)
    {
        count(message);
    }

    @Override
    public void onMwcbStatus(final MwcbStatusMessage message)
    {
        count(message);
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateMessage message)
    {
        count(message);
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarMessage message)
    {
        count(message);
    }

    @Override
    public void onOperationalHalt(final OperationalHaltMessage message)
    {
        count(message);
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage message)
    {
        count(message);
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message)
    {
        count(message);
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage message)
    {
        count(message);
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage message)
    {
        count(message);
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage message)
    {
        count(message);
    }

    @Override
    public void onCrossTrade(final CrossTradeMessage message)
    {
        count(message);
    }

    @Override
    public void onBrokenTrade(final BrokenTradeMessage message)
    {
        count(message);
    }

    @Override
    public void onNoii(final NoiiMessage message)
    {
        count(message);
    }

    @Override
    public void onRetailInterest(final RetailInterestMessage message)
    {
        count(message);
    }

    @Override
    public void onDirectListingPriceDiscovery(final DirectListingPriceDiscoveryMessage message)
    {
        count(message);
    }

    /**
     * Returns the number of messages of one type.
     *
     * @param type the ITCH type code, e.g. {@code 'A'}
     * @return messages of that type (0 for a code that is not a byte)
     */
    public long messageCount(final char type)
    {
        return type < 256 ? byType[type] : 0;
    }

    /**
     * Returns the number of messages counted.
     *
     * @return every message of every type
     */
    public long totalMessages()
    {
        return total;
    }

    /**
     * Returns the add orders (A and F) of one stock.
     *
     * @param stockLocate the stock locate code
     * @return add orders for that locate
     */
    public long addOrders(final int stockLocate)
    {
        return addOrdersByLocate[stockLocate & 0xFFFF];
    }

    /**
     * Returns the buy add orders (A and F).
     *
     * @return add orders with side {@code 'B'}
     */
    public long addOrderBuys()
    {
        return addOrderBuys;
    }

    /**
     * Returns the sell add orders (A and F).
     *
     * @return add orders with any other side
     */
    public long addOrderSells()
    {
        return addOrderSells;
    }

    /**
     * Returns the trades (P) of one stock.
     *
     * @param stockLocate the stock locate code
     * @return trades for that locate
     */
    public long trades(final int stockLocate)
    {
        return tradesByLocate[stockLocate & 0xFFFF];
    }

    /**
     * Returns the trades (P) whose resting order was a buy.
     *
     * @return trades with side {@code 'B'}
     */
    public long tradeBuys()
    {
        return tradeBuys;
    }

    /**
     * Returns the trades (P) whose resting order was a sell.
     *
     * @return trades with any other side
     */
    public long tradeSells()
    {
        return tradeSells;
    }

    /**
     * Returns the symbol of a stock locate, from its Stock Directory message or else from the first
     * add order or trade that named it.
     *
     * @param stockLocate the stock locate code
     * @return the packed 8-byte symbol, or 0 if never seen
     */
    public long symbol(final int stockLocate)
    {
        return symbolByLocate[stockLocate & 0xFFFF];
    }

    /**
     * Returns the highest stock locate code seen in any message header.
     *
     * @return the largest locate, 0 if none
     */
    public int maxStockLocate()
    {
        return maxLocate;
    }

    /**
     * Returns the number of system event messages.
     *
     * @return system events counted
     */
    public int systemEventCount()
    {
        return systemEventCount;
    }

    /**
     * Returns the event code of the i-th system event (the first {@value #MAX_SYSTEM_EVENTS} are
     * kept).
     *
     * @param index from 0
     * @return the event code
     * @throws IndexOutOfBoundsException if no such event was kept
     */
    public char systemEventCode(final int index)
    {
        if (index < 0 || index >= Math.min(systemEventCount, MAX_SYSTEM_EVENTS))
        {
            throw new IndexOutOfBoundsException("no system event " + index);
        }
        return systemEvents[index];
    }

    /**
     * Returns the timestamp of the first message.
     *
     * @return nanoseconds since midnight, or -1 if none
     */
    public long firstTimestampNs()
    {
        return firstTimestampNs;
    }

    /**
     * Returns the timestamp of the last message.
     *
     * @return nanoseconds since midnight, or -1 if none
     */
    public long lastTimestampNs()
    {
        return lastTimestampNs;
    }

    /**
     * Appends a human-readable report: counts by type, per-stock figures, system events and time
     * span.
     *
     * @param sb the builder to append to
     * @return {@code sb}
     */
    public StringBuilder appendReport(final StringBuilder sb)
    {
        sb.append("messages: ").append(total).append('\n');
        sb.append("by type:");
        for (int type = 0; type < byType.length; type++)
        {
            if (byType[type] != 0)
            {
                sb.append(' ').append((char)type).append('=').append(byType[type]);
            }
        }
        sb.append('\n');
        sb.append("system events:");
        for (int i = 0; i < Math.min(systemEventCount, MAX_SYSTEM_EVENTS); i++)
        {
            sb.append(' ').append(systemEvents[i]);
        }
        sb.append('\n');
        sb.append("add orders: buy=").append(addOrderBuys).append(" sell=").append(addOrderSells)
            .append("; trades: buy=").append(tradeBuys).append(" sell=").append(tradeSells).append('\n');
        int symbols = 0;
        for (int locate = 0; locate <= maxLocate; locate++)
        {
            if (symbolByLocate[locate] != 0 || addOrdersByLocate[locate] != 0 || tradesByLocate[locate] != 0)
            {
                symbols++;
            }
        }
        sb.append("symbols: ").append(symbols).append('\n');
        for (int locate = 0, listed = 0; locate <= maxLocate && listed < 50; locate++)
        {
            if (symbolByLocate[locate] != 0 || addOrdersByLocate[locate] != 0 || tradesByLocate[locate] != 0)
            {
                sb.append("  locate ").append(locate).append(' ');
                AsciiFields.appendPacked(sb, symbolByLocate[locate], 8);
                sb.append(": add orders=").append(addOrdersByLocate[locate])
                    .append(" trades=").append(tradesByLocate[locate]).append('\n');
                listed++;
            }
        }
        sb.append("time span: ");
        appendTime(sb, firstTimestampNs).append(" .. ");
        return appendTime(sb, lastTimestampNs).append('\n');
    }

    private static StringBuilder appendTime(final StringBuilder sb, final long nanosSinceMidnight)
    {
        if (nanosSinceMidnight < 0)
        {
            return sb.append('-');
        }
        final long seconds = nanosSinceMidnight / 1_000_000_000L;
        final long nanos = nanosSinceMidnight % 1_000_000_000L;
        twoDigits(sb, seconds / 3600).append(':');
        twoDigits(sb, (seconds / 60) % 60).append(':');
        twoDigits(sb, seconds % 60).append('.');
        final String digits = Long.toString(nanos);
        for (int i = digits.length(); i < 9; i++)
        {
            sb.append('0');
        }
        return sb.append(digits);
    }

    private static StringBuilder twoDigits(final StringBuilder sb, final long value)
    {
        return sb.append(value < 10 ? "0" : "").append(value);
    }
}
