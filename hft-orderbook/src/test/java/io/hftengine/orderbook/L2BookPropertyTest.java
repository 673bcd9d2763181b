package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random level operations on a stand-alone {@link L2Book} against a TreeMap per side truncated to
 * the depth (a stand-alone book forgets what falls off): same levels, sorted, same rejections,
 * top flags exactly when the best price or size changed, and a snapshot round trip.
 */
class L2BookPropertyTest {
    private static final int DEPTH = 5;

    record LevelOp(int kind, Side side, long price, long size) {
    }

    @Property(tries = 500)
    void matchesATruncatedTreeMap(@ForAll("levelOps") final List<LevelOp> ops) {
        final L2Book book = new L2Book(DEPTH);
        final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
        final TreeMap<Long, Long> asks = new TreeMap<>(java.util.Comparator.naturalOrder());
        long rejected = 0;
        for (final LevelOp op : ops) {
            final TreeMap<Long, Long> side = op.side() == Side.BUY ? bids : asks;
            final Map.Entry<Long, Long> topBefore = side.firstEntry();
            final int change;
            boolean reject;
            if (op.kind() == 0) {
                change = book.addLevel(op.side(), op.price(), op.size());
                reject = op.price() <= 0 || op.size() <= 0 || side.containsKey(op.price());
                if (!reject) {
                    side.put(op.price(), op.size());
                    if (side.size() > DEPTH) {
                        side.pollLastEntry();
                    }
                }
            } else if (op.kind() == 1) {
                change = book.modifyLevel(op.side(), op.price(), op.size());
                reject = op.price() <= 0 || op.size() <= 0
                    || !side.containsKey(op.price()) && !L2BookModelPropertyTest.beyondFullSide(side, op.price(), DEPTH);
                if (!reject && side.containsKey(op.price())) {
                    side.put(op.price(), op.size());
                }
            } else {
                change = book.deleteLevel(op.side(), op.price());
                reject = op.price() <= 0
                    || !side.containsKey(op.price()) && !L2BookModelPropertyTest.beyondFullSide(side, op.price(), DEPTH);
                side.remove(op.price());
            }
            rejected += reject ? 1 : 0;
            assertEquals(reject, change == BookChange.REJECTED, "rejection of " + op);
            final int top = BookChange.topBit(op.side() == Side.BUY);
            assertEquals(!java.util.Objects.equals(topBefore, side.firstEntry()), (change & top) != 0, "top flag of " + op);
            assertSame(bids, book, Side.BUY);
            assertSame(asks, book, Side.SELL);
            assertEquals(!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() > asks.firstKey(), book.isCrossed());
        }
        assertEquals(rejected, book.rejectedCount());
        final BookUpdate snapshot = new BookUpdate(DEPTH);
        book.copyTo(snapshot);
        final L2Book copy = new L2Book(DEPTH);
        assertTrue(book.levelCount(Side.BUY) + book.levelCount(Side.SELL) == 0 || copy.apply(snapshot) != BookChange.NONE);
        assertSame(bids, copy, Side.BUY);
        assertSame(asks, copy, Side.SELL);
        assertEquals(BookChange.NONE, copy.apply(snapshot), "re-applying changes nothing");
    }

    private static void assertSame(final TreeMap<Long, Long> model, final L2Book book, final Side side) {
        assertEquals(model.size(), book.levelCount(side));
        int rank = 0;
        for (final Map.Entry<Long, Long> level : model.entrySet()) {
            assertEquals(level.getKey().longValue(), book.price(side, rank));
            assertEquals(level.getValue().longValue(), book.size(side, rank));
            rank++;
        }
        BookAssertions.assertSameCopy(book, side, side.toString());
    }

    @Provide
    Arbitrary<List<LevelOp>> levelOps() {
        final Arbitrary<LevelOp> op = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(Side.BUY, Side.SELL),
                Arbitraries.longs().between(-1, 15),
                Arbitraries.longs().between(-1, 9))
            .as(LevelOp::new);
        return op.list().ofMaxSize(80);
    }
}
