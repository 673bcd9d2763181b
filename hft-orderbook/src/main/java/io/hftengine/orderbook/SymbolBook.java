package io.hftengine.orderbook;

import io.hftengine.orderbook.internal.LevelLadders;

/**
 * One symbol's cold state inside an {@link OrderBook}: its name and its L2 view. The hot state
 * (levels and orders) lives in the book's flat arrays, so events never touch this object.
 */
final class SymbolBook {
    final LadderView view;
    long packedSymbol;

    SymbolBook(final LevelLadders ladders, final int locate, final long packedSymbol, final int depth) {
        this.packedSymbol = packedSymbol;
        this.view = new LadderView(ladders, locate, depth);
    }
}
