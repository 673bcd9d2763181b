package io.hftengine.fuzz;

import io.hftengine.orderbook.BookAnomaly;
import io.hftengine.orderbook.L2View;
import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order-by-order book as its javadoc reads, in the plainest Java: orders in a map, each
 * side's levels in a {@link TreeMap}. Each operation answers which {@link BookAnomaly} kinds
 * apply to it (empty when it is valid); an anomalous operation changes nothing, except an
 * over-execution or over-cancel, which removes the order (clamped).
 */
final class ReferenceOrderBook
{
    /** The widest ITCH share field. */
    static final long MAX_SHARES = 0xFFFF_FFFFL;
    /** The highest stock locate. */
    static final int MAX_LOCATE = 0xFFFF;

    /** One live order. */
    record Order(int locate, Side side, long price, long shares)
    {
    }

    private final int capacity;
    private final Map<Long, Order> orders = new HashMap<>();
    private final Set<Integer> defined = new TreeSet<>();
    private final Map<Integer, TreeMap<Long, Long>> bids = new HashMap<>();
    private final Map<Integer, TreeMap<Long, Long>> asks = new HashMap<>();

    /**
     * Creates an empty model.
     *
     * @param capacity live orders at most
     */
    ReferenceOrderBook(final int capacity)
    {
        this.capacity = capacity;
    }

    EnumSet<BookAnomaly> addSymbol(final int locate)
    {
        if (locate < 0 || locate > MAX_LOCATE)
        {
            return EnumSet.of(BookAnomaly.INVALID_LOCATE);
        }
        defined.add(locate);
        return EnumSet.noneOf(BookAnomaly.class);
    }

    EnumSet<BookAnomaly> add(final int locate, final long ref, final Side side, final long price, final long shares)
    {
        final EnumSet<BookAnomaly> kinds = EnumSet.noneOf(BookAnomaly.class);
        if (locate < 0 || locate > MAX_LOCATE)
        {
            kinds.add(BookAnomaly.INVALID_LOCATE);
        }
        else if (!defined.contains(locate))
        {
            kinds.add(BookAnomaly.UNKNOWN_SYMBOL);
        }
        if (!validPrice(price))
        {
            kinds.add(BookAnomaly.INVALID_PRICE);
        }
        if (side == null)
        {
            kinds.add(BookAnomaly.INVALID_SIDE);
        }
        if (!validShares(shares))
        {
            kinds.add(BookAnomaly.INVALID_QUANTITY);
        }
        if (orders.containsKey(ref))
        {
            kinds.add(BookAnomaly.DUPLICATE_ORDER_REF);
        }
        else if (orders.size() == capacity)
        {
            kinds.add(BookAnomaly.ORDER_CAPACITY_EXCEEDED);
        }
        if (kinds.isEmpty())
        {
            put(ref, new Order(locate, side, price, shares));
        }
        return kinds;
    }

    EnumSet<BookAnomaly> reduce(final long ref, final long shares, final boolean execute)
    {
        final Order order = orders.get(ref);
        final EnumSet<BookAnomaly> kinds = EnumSet.noneOf(BookAnomaly.class);
        if (order == null)
        {
            kinds.add(execute ? BookAnomaly.EXECUTE_UNKNOWN_ORDER : BookAnomaly.CANCEL_UNKNOWN_ORDER);
        }
        if (!validShares(shares))
        {
            kinds.add(BookAnomaly.INVALID_QUANTITY);
        }
        if (!kinds.isEmpty())
        {
            return kinds;
        }
        remove(ref);
        if (shares > order.shares())
        {
            return EnumSet.of(execute ? BookAnomaly.OVER_EXECUTION : BookAnomaly.OVER_CANCEL);
        }
        if (shares < order.shares())
        {
            put(ref, new Order(order.locate(), order.side(), order.price(), order.shares() - shares));
        }
        return kinds;
    }

    EnumSet<BookAnomaly> delete(final long ref)
    {
        if (!orders.containsKey(ref))
        {
            return EnumSet.of(BookAnomaly.DELETE_UNKNOWN_ORDER);
        }
        remove(ref);
        return EnumSet.noneOf(BookAnomaly.class);
    }

    EnumSet<BookAnomaly> replace(final long oldRef, final long newRef, final long shares, final long price)
    {
        final Order order = orders.get(oldRef);
        final EnumSet<BookAnomaly> kinds = EnumSet.noneOf(BookAnomaly.class);
        if (order == null)
        {
            kinds.add(BookAnomaly.REPLACE_UNKNOWN_ORDER);
        }
        if (!validPrice(price))
        {
            kinds.add(BookAnomaly.INVALID_PRICE);
        }
        if (!validShares(shares))
        {
            kinds.add(BookAnomaly.INVALID_QUANTITY);
        }
        if (newRef != oldRef && orders.containsKey(newRef))
        {
            kinds.add(BookAnomaly.DUPLICATE_ORDER_REF);
        }
        if (kinds.isEmpty())
        {
            remove(oldRef);
            put(newRef, new Order(order.locate(), order.side(), price, shares));
        }
        return kinds;
    }

    /** The order, or {@code null} when it is not live. */
    Order order(final long ref)
    {
        return orders.get(ref);
    }

    int liveOrders()
    {
        return orders.size();
    }

    Set<Integer> defined()
    {
        return Collections.unmodifiableSet(defined);
    }

    /** A side's levels best first, as {@code {price, size}} pairs. */
    List<long[]> levels(final int locate, final Side side)
    {
        final List<long[]> out = new ArrayList<>();
        final TreeMap<Long, Long> ladder = ladder(locate, side);
        for (final Map.Entry<Long, Long> level : ladder.entrySet())
        {
            out.add(new long[] {level.getKey(), level.getValue()});
        }
        return out;
    }

    private void put(final long ref, final Order order)
    {
        orders.put(ref, order);
        ladder(order.locate(), order.side()).merge(order.price(), order.shares(), Long::sum);
    }

    private void remove(final long ref)
    {
        final Order order = orders.remove(ref);
        final TreeMap<Long, Long> ladder = ladder(order.locate(), order.side());
        final long left = ladder.get(order.price()) - order.shares();
        if (left == 0)
        {
            ladder.remove(order.price());
        }
        else
        {
            ladder.put(order.price(), left);
        }
    }

    private TreeMap<Long, Long> ladder(final int locate, final Side side)
    {
        return side == Side.BUY
            ? bids.computeIfAbsent(locate, l -> new TreeMap<>(Collections.reverseOrder()))
            : asks.computeIfAbsent(locate, l -> new TreeMap<>());
    }

    private static boolean validPrice(final long price)
    {
        return price > 0 && price <= L2View.MAX_PRICE;
    }

    private static boolean validShares(final long shares)
    {
        return shares > 0 && shares <= MAX_SHARES;
    }
}
