package io.hftengine.orderbook;

import io.hftengine.orderbook.internal.LevelLadders;
import io.hftengine.types.Side;

/**
 * One symbol's {@link L2View} inside an {@link OrderBook}, read on demand from the book's full
 * price ladders instead of kept as a copy.
 *
 * <p>Why: a copy has to be rewritten on every change inside the top levels (shifting up to
 * {@code depth} levels when one appears or vanishes) although a consumer reads it only when the
 * top changed. Reading through costs an index computation per query and nothing per event.
 * Semantics are those of {@link L2Book}: ranks past the filled levels read as {@link #NO_PRICE}
 * and size 0.
 */
final class LadderView implements L2View {
    private final LevelLadders ladders;
    private final int bids;
    private final int asks;
    private final int depth;

    LadderView(final LevelLadders ladders, final int locate, final int depth) {
        this.ladders = ladders;
        this.bids = LevelLadders.sideId(locate, true);
        this.asks = LevelLadders.sideId(locate, false);
        this.depth = depth;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public int levelCount(final Side side) {
        return Math.min(depth, ladders.count(side == Side.BUY ? bids : asks));
    }

    @Override
    public long price(final Side side, final int rank) {
        final int sideId = side == Side.BUY ? bids : asks;
        return rank < 0 || rank >= Math.min(depth, ladders.count(sideId)) ? NO_PRICE : ladders.priceAtRank(sideId, rank);
    }

    @Override
    public long size(final Side side, final int rank) {
        final int sideId = side == Side.BUY ? bids : asks;
        return rank < 0 || rank >= Math.min(depth, ladders.count(sideId)) ? 0 : ladders.sizeAtRank(sideId, rank);
    }

    @Override
    public long bestBidPrice() {
        return ladders.count(bids) == 0 ? NO_PRICE : ladders.priceAtRank(bids, 0);
    }

    @Override
    public long bestAskPrice() {
        return ladders.count(asks) == 0 ? NO_PRICE : ladders.priceAtRank(asks, 0);
    }

    @Override
    public long bestBidSize() {
        return ladders.count(bids) == 0 ? 0 : ladders.sizeAtRank(bids, 0);
    }

    @Override
    public long bestAskSize() {
        return ladders.count(asks) == 0 ? 0 : ladders.sizeAtRank(asks, 0);
    }

    @Override
    public long spread() {
        return bothSides() ? ladders.priceAtRank(asks, 0) - ladders.priceAtRank(bids, 0) : NO_PRICE;
    }

    @Override
    public long midPriceTimesTwo() {
        return bothSides() ? ladders.priceAtRank(asks, 0) + ladders.priceAtRank(bids, 0) : NO_PRICE;
    }

    @Override
    public long imbalancePpm(final int levels) {
        final int n = Math.max(1, Math.min(levels, depth));
        long bid = 0;
        long ask = 0;
        for (int i = 0, end = Math.min(n, ladders.count(bids)); i < end; i++) {
            bid += ladders.sizeAtRank(bids, i);
        }
        for (int i = 0, end = Math.min(n, ladders.count(asks)); i < end; i++) {
            ask += ladders.sizeAtRank(asks, i);
        }
        final long total = bid + ask;
        if (total == 0) {
            return 0;
        }
        // Division in double: (bid - ask) * 10^6 could overflow a long for very large sizes.
        return Math.round((double) (bid - ask) * 1_000_000d / (double) total);
    }

    @Override
    public boolean isCrossed() {
        return bothSides() && ladders.priceAtRank(bids, 0) > ladders.priceAtRank(asks, 0);
    }

    @Override
    public boolean isLocked() {
        return bothSides() && ladders.priceAtRank(bids, 0) == ladders.priceAtRank(asks, 0);
    }

    @Override
    public void forEachLevel(final Side side, final L2LevelConsumer consumer) {
        final int sideId = side == Side.BUY ? bids : asks;
        for (int i = 0, n = Math.min(depth, ladders.count(sideId)); i < n; i++) {
            consumer.onLevel(side, i, ladders.priceAtRank(sideId, i), ladders.sizeAtRank(sideId, i));
        }
    }

    @Override
    public int copyLevels(final Side side, final long[] prices, final long[] sizes, final int max, final long priceScale) {
        return ladders.copyTop(side == Side.BUY ? bids : asks, prices, sizes, Math.min(max, depth), priceScale);
    }

    @Override
    public void copyTo(final BookUpdate update) {
        if (update.capacity() < depth) {
            throw new IllegalArgumentException("update capacity " + update.capacity() + " < depth " + depth);
        }
        update.clear();
        for (int i = 0, n = Math.min(depth, ladders.count(bids)); i < n; i++) {
            update.addBid(ladders.priceAtRank(bids, i), ladders.sizeAtRank(bids, i));
        }
        for (int i = 0, n = Math.min(depth, ladders.count(asks)); i < n; i++) {
            update.addAsk(ladders.priceAtRank(asks, i), ladders.sizeAtRank(asks, i));
        }
    }

    private boolean bothSides() {
        return ladders.count(bids) != 0 && ladders.count(asks) != 0;
    }
}
