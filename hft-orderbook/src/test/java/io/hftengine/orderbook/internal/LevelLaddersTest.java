package io.hftengine.orderbook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.orderbook.BookChange;
import org.junit.jupiter.api.Test;

class LevelLaddersTest {
    private static final int LOCATE = 3;
    private static final int BIDS = LevelLadders.sideId(LOCATE, true);
    private static final int ASKS = LevelLadders.sideId(LOCATE, false);

    private final LevelLadders ladders = new LevelLadders(7, new PriceLevels(64), 2, 1);

    @Test
    void bidsRankHighestFirstAndFlagOnlyTheViewDepth() {
        assertFalse(ladders.isDefined(LOCATE));
        ladders.define(LOCATE);
        assertTrue(ladders.isDefined(LOCATE));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, ladders.add(BIDS, 100, 5));
        final int level100 = ladders.lastLevel();
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, ladders.add(BIDS, 101, 5), "new best");
        assertEquals(BookChange.NONE, ladders.add(BIDS, 99, 5), "rank 2 is below a depth of 2");
        assertEquals(BookChange.VIEW, ladders.add(BIDS, 100, 3), "existing level at rank 1 resized");
        assertEquals(level100, ladders.lastLevel(), "same level id");
        assertEquals(3, ladders.count(BIDS));
        assertEquals(2, ladders.growths(), "one initial level grew 1 -> 2 -> 4");
        assertEquals(101, ladders.priceAtRank(BIDS, 0));
        assertEquals(8, ladders.sizeAtRank(BIDS, 1));
        assertEquals(99, ladders.priceAtRank(BIDS, 2));
        assertEquals(LOCATE, ladders.locateOf(level100));
        assertEquals(100, ladders.priceOf(level100));
        assertEquals(BookChange.VIEW, ladders.reduce(level100, 7), "resized in view");
        assertEquals(BookChange.VIEW, ladders.reduce(level100, 1), "removed at rank 1");
        assertEquals(2, ladders.count(BIDS));
        assertEquals(99, ladders.priceAtRank(BIDS, 1), "the level below comes back into view");
        assertEquals(101, ladders.bestPrice(BIDS));
        assertEquals(5, ladders.bestSize(BIDS));
    }

    @Test
    void asksRankLowestFirstAndEmptySidesReportNoPrice() {
        ladders.define(LOCATE);
        assertEquals(Long.MIN_VALUE, ladders.bestPrice(ASKS));
        assertEquals(0, ladders.bestSize(ASKS));
        ladders.add(ASKS, 105, 1);
        ladders.add(ASKS, 103, 2);
        final int level103 = ladders.lastLevel();
        ladders.add(ASKS, 104, 3);
        final int level104 = ladders.lastLevel();
        assertEquals(103, ladders.priceAtRank(ASKS, 0));
        assertEquals(104, ladders.priceAtRank(ASKS, 1));
        assertEquals(105, ladders.priceAtRank(ASKS, 2));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, ladders.reduce(level103, 1), "best resized");
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, ladders.reduce(level103, 1), "best removed");
        assertEquals(104, ladders.bestPrice(ASKS));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, ladders.reduce(level104, 3));
        assertEquals(1, ladders.count(ASKS));
        assertEquals(0, ladders.count(BIDS), "the other side is untouched");
    }

    @Test
    void freedLevelIdsAreReused() {
        ladders.define(LOCATE);
        ladders.add(BIDS, 50, 1);
        final int first = ladders.lastLevel();
        ladders.reduce(first, 1);
        ladders.add(ASKS, 60, 1);
        assertEquals(first, ladders.lastLevel(), "the store reuses the freed id first");
        assertEquals(ASKS, ladders.sideIdOf(first));
    }
}
