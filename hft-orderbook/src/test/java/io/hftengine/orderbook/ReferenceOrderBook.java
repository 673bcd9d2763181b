package io.hftengine.orderbook;

import io.hftengine.types.Side;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deliberately simple model of {@link OrderBook}: boxed HashMap of orders, TreeMap of levels,
 * its own anomaly tally. Written from the documented contract, not from the book's code.
 */
final class ReferenceOrderBook {
    static final long MAX_SHARES = 0xFFFF_FFFFL;

    static final class Order {
        final int locate;
        final boolean bid;
        long price;
        long shares;

        Order(final int locate, final boolean bid, final long price, final long shares) {
            this.locate = locate;
            this.bid = bid;
            this.price = price;
            this.shares = shares;
        }
    }

    private final int capacity;
    final Map<Long, Order> orders = new HashMap<>();
    final Map<Integer, TreeMap<Long, Long>> bids = new HashMap<>();
    final Map<Integer, TreeMap<Long, Long>> asks = new HashMap<>();
    final Map<BookAnomaly, Long> anomalies = new EnumMap<>(BookAnomaly.class);

    ReferenceOrderBook(final int capacity) {
        this.capacity = capacity;
    }

    void addSymbol(final int locate) {
        bids.computeIfAbsent(locate, l -> new TreeMap<>(Collections.reverseOrder()));
        asks.computeIfAbsent(locate, l -> new TreeMap<>());
    }

    void addOrder(final int locate, final long ref, final Side side, final long price, final long shares) {
        if (locate < 0 || locate > OrderBook.MAX_LOCATE) {
            count(BookAnomaly.INVALID_LOCATE);
        } else if (!bids.containsKey(locate)) {
            count(BookAnomaly.UNKNOWN_SYMBOL);
        } else if (price <= 0 || price > L2View.MAX_PRICE) {
            count(BookAnomaly.INVALID_PRICE);
        } else if (side == null) {
            count(BookAnomaly.INVALID_SIDE);
        } else if (shares <= 0 || shares > MAX_SHARES) {
            count(BookAnomaly.INVALID_QUANTITY);
        } else if (orders.containsKey(ref)) {
            count(BookAnomaly.DUPLICATE_ORDER_REF);
        } else if (orders.size() == capacity) {
            count(BookAnomaly.ORDER_CAPACITY_EXCEEDED);
        } else {
            final Order o = new Order(locate, side == Side.BUY, price, shares);
            orders.put(ref, o);
            level(o).merge(price, shares, Long::sum);
        }
    }

    void executeOrder(final long ref, final long shares) {
        reduce(ref, shares, BookAnomaly.EXECUTE_UNKNOWN_ORDER, BookAnomaly.OVER_EXECUTION);
    }

    void cancelOrder(final long ref, final long shares) {
        reduce(ref, shares, BookAnomaly.CANCEL_UNKNOWN_ORDER, BookAnomaly.OVER_CANCEL);
    }

    void deleteOrder(final long ref) {
        final Order o = orders.remove(ref);
        if (o == null) {
            count(BookAnomaly.DELETE_UNKNOWN_ORDER);
            return;
        }
        take(o, o.shares);
    }

    void replaceOrder(final long oldRef, final long newRef, final long shares, final long price) {
        final Order o = orders.get(oldRef);
        if (o == null) {
            count(BookAnomaly.REPLACE_UNKNOWN_ORDER);
        } else if (price <= 0 || price > L2View.MAX_PRICE) {
            count(BookAnomaly.INVALID_PRICE);
        } else if (shares <= 0 || shares > MAX_SHARES) {
            count(BookAnomaly.INVALID_QUANTITY);
        } else if (newRef != oldRef && orders.containsKey(newRef)) {
            count(BookAnomaly.DUPLICATE_ORDER_REF);
        } else {
            take(o, o.shares);
            orders.remove(oldRef);
            final Order n = new Order(o.locate, o.bid, price, shares);
            orders.put(newRef, n);
            level(n).merge(price, shares, Long::sum);
        }
    }

    long anomalies(final BookAnomaly kind) {
        return anomalies.getOrDefault(kind, 0L);
    }

    TreeMap<Long, Long> side(final int locate, final boolean bid) {
        return (bid ? bids : asks).get(locate);
    }

    boolean isCrossed(final int locate) {
        final TreeMap<Long, Long> b = bids.get(locate);
        final TreeMap<Long, Long> a = asks.get(locate);
        return !b.isEmpty() && !a.isEmpty() && b.firstKey() > a.firstKey();
    }

    private void reduce(final long ref, final long shares, final BookAnomaly unknown, final BookAnomaly over) {
        final Order o = orders.get(ref);
        if (o == null) {
            count(unknown);
            return;
        }
        if (shares <= 0 || shares > MAX_SHARES) {
            count(BookAnomaly.INVALID_QUANTITY);
            return;
        }
        long taken = shares;
        if (shares > o.shares) {
            count(over);
            taken = o.shares;
        }
        take(o, taken);
        o.shares -= taken;
        if (o.shares == 0) {
            orders.remove(ref);
        }
    }

    private void take(final Order o, final long shares) {
        final TreeMap<Long, Long> level = level(o);
        final long left = level.get(o.price) - shares;
        if (left == 0) {
            level.remove(o.price);
        } else {
            level.put(o.price, left);
        }
    }

    private TreeMap<Long, Long> level(final Order o) {
        return side(o.locate, o.bid);
    }

    private void count(final BookAnomaly kind) {
        anomalies.merge(kind, 1L, Long::sum);
    }
}
