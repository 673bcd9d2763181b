package io.hftengine.orderbook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceLadderTest {
    @Test
    void bidsRankHighestFirstAndReportStructuralChanges() {
        final PriceLadder bids = new PriceLadder(true, 1);
        assertEquals(PriceLadder.STRUCTURAL, bids.add(100, 5));
        assertEquals(PriceLadder.STRUCTURAL, bids.add(101, 5), "new best is rank 0");
        assertEquals(2 | PriceLadder.STRUCTURAL, bids.add(99, 5));
        assertEquals(1, bids.add(100, 3), "existing level resized");
        assertEquals(3, bids.count());
        assertEquals(2, bids.growths(), "1 -> 2 -> 4");
        assertEquals(101, bids.priceAtRank(0));
        assertEquals(8, bids.sizeAtRank(1));
        assertEquals(99, bids.priceAtRank(2));
        assertEquals(1, bids.reduce(100, 8 - 1));
        assertEquals(1 | PriceLadder.STRUCTURAL, bids.reduce(100, 1));
        assertEquals(PriceLadder.NOT_FOUND, bids.reduce(100, 1));
        assertEquals(99, bids.priceAtRank(1));
    }

    @Test
    void asksRankLowestFirst() {
        final PriceLadder asks = new PriceLadder(false, 8);
        asks.add(105, 1);
        asks.add(103, 2);
        asks.add(104, 3);
        assertEquals(103, asks.priceAtRank(0));
        assertEquals(104, asks.priceAtRank(1));
        assertEquals(105, asks.priceAtRank(2));
        assertEquals(PriceLadder.STRUCTURAL, asks.reduce(103, 2));
        assertEquals(104, asks.priceAtRank(0));
        assertEquals(0, asks.growths());
        asks.clear();
        assertEquals(0, asks.count());
    }
}
