package io.hftengine.pipeline.gateway;

import org.agrona.collections.Long2LongHashMap;

/**
 * The simulated venue's open orders: token to a dense slot of parallel arrays, so the resting
 * orders can be walked against the market without allocation. Removal moves the last slot into
 * the hole. Single thread.
 */
final class RestingOrders {
    private final Long2LongHashMap slotByToken;
    private final long[] tokens;
    private final long[] stocks;
    private final byte[] sides;
    private final long[] prices;
    private final long[] remaining;
    /** The opposite touch (price, shares) each order last filled against: it does not fill twice. */
    private final long[] filledTouchPrice;
    private final long[] filledTouchSize;
    /** Whether the order crossed the touch when it arrived: its remainder takes liquidity. */
    private final boolean[] aggressive;
    private int size;

    RestingOrders(final int capacity) {
        slotByToken = new Long2LongHashMap(capacity * 2, 0.5f, -1L);
        tokens = new long[capacity];
        stocks = new long[capacity];
        sides = new byte[capacity];
        prices = new long[capacity];
        remaining = new long[capacity];
        filledTouchPrice = new long[capacity];
        filledTouchSize = new long[capacity];
        aggressive = new boolean[capacity];
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == tokens.length;
    }

    /** @return the order's slot, or -1 when the token is not resting */
    int slotOf(final long token) {
        return (int) slotByToken.get(token);
    }

    void add(final long token, final long stock, final byte side, final long price, final long shares) {
        final int slot = size++;
        tokens[slot] = token;
        stocks[slot] = stock;
        sides[slot] = side;
        prices[slot] = price;
        remaining[slot] = shares;
        filledTouchPrice[slot] = 0;
        filledTouchSize[slot] = 0;
        aggressive[slot] = false;
        slotByToken.put(token, slot);
    }

    /** Marks the order as the remainder of one that crossed the touch on arrival. */
    void markAggressive(final int slot) {
        aggressive[slot] = true;
    }

    boolean aggressive(final int slot) {
        return aggressive[slot];
    }

    /** Remembers the touch the order just filled against. */
    void filledAgainst(final int slot, final long touchPrice, final long touchSize) {
        filledTouchPrice[slot] = touchPrice;
        filledTouchSize[slot] = touchSize;
    }

    /** @return true when the order last filled against exactly this touch */
    boolean hasFilledAgainst(final int slot, final long touchPrice, final long touchSize) {
        return filledTouchPrice[slot] == touchPrice && filledTouchSize[slot] == touchSize;
    }

    long token(final int slot) {
        return tokens[slot];
    }

    long stock(final int slot) {
        return stocks[slot];
    }

    byte side(final int slot) {
        return sides[slot];
    }

    long price(final int slot) {
        return prices[slot];
    }

    long remaining(final int slot) {
        return remaining[slot];
    }

    /** Sets what is left; at 0 the order is removed (and the last slot moves into this one). */
    void setRemaining(final int slot, final long shares) {
        if (shares > 0) {
            remaining[slot] = shares;
            return;
        }
        slotByToken.remove(tokens[slot]);
        final int last = --size;
        if (slot != last) {
            tokens[slot] = tokens[last];
            stocks[slot] = stocks[last];
            sides[slot] = sides[last];
            prices[slot] = prices[last];
            remaining[slot] = remaining[last];
            filledTouchPrice[slot] = filledTouchPrice[last];
            filledTouchSize[slot] = filledTouchSize[last];
            aggressive[slot] = aggressive[last];
            slotByToken.put(tokens[slot], slot);
        }
    }
}
