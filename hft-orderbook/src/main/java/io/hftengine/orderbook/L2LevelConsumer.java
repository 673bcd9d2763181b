package io.hftengine.orderbook;

import io.hftengine.types.Side;

/**
 * Receives the levels of an L2 view, best first, so callers iterate without allocating.
 *
 * <p>Implement it on a long-lived object (not a capturing lambda) to keep the loop allocation
 * free.
 */
@FunctionalInterface
public interface L2LevelConsumer {
    /**
     * Called once per level, in rank order.
     *
     * @param side the side of the level
     * @param rank 0 for the best level, then 1, 2, ...
     * @param price the level price, in the book's price units
     * @param size the aggregate size at the level, in shares
     */
    void onLevel(Side side, int rank, long price, long size);
}
