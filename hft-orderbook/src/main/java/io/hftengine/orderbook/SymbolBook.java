package io.hftengine.orderbook;

import io.hftengine.orderbook.internal.PriceLadder;

/** One symbol's state inside an {@link OrderBook}: every level of both sides and the L2 view. */
final class SymbolBook {
    final int locate;
    final PriceLadder bids;
    final PriceLadder asks;
    final L2Book view;
    long packedSymbol;

    SymbolBook(final int locate, final long packedSymbol, final int depth, final int initialLevels) {
        this.locate = locate;
        this.packedSymbol = packedSymbol;
        this.bids = new PriceLadder(true, initialLevels);
        this.asks = new PriceLadder(false, initialLevels);
        this.view = new L2Book(depth);
    }

    PriceLadder ladder(final boolean bid) {
        return bid ? bids : asks;
    }

    /**
     * Mirrors a ladder result into the view; only ranks inside the depth touch it, and a
     * structural change there rewrites the side from that rank down (so a level that was below
     * the depth moves up into the last slot).
     */
    int mirror(final boolean bid, final int ladderResult) {
        final int rank = ladderResult & PriceLadder.RANK_MASK;
        if (rank >= view.depth()) {
            return BookChange.NONE;
        }
        final PriceLadder ladder = ladder(bid);
        if ((ladderResult & PriceLadder.STRUCTURAL) != 0) {
            view.refreshFrom(ladder, rank);
        } else {
            view.setSizeAtRank(bid, rank, ladder.sizeAtRank(rank));
        }
        return rank == 0 ? BookChange.VIEW | BookChange.topBit(bid) | locate : BookChange.VIEW | locate;
    }

    int levelGrowths() {
        return bids.growths() + asks.growths();
    }
}
