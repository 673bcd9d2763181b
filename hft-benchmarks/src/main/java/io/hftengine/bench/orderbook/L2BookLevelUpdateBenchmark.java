package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.BookUpdate;
import io.hftengine.orderbook.L2Book;
import io.hftengine.types.Side;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One L2 level update on a full 10-level {@link L2Book} (target: p99 under 100 ns).
 *
 * <p>{@code modifyLevel}: a size change at a random rank of a random side. {@code addOrDeleteLevel}:
 * alternately inserts a level inside the view (pushing the worst off when the side is full) and
 * deletes it again, so each side settles at 9 to 10 levels.
 * {@code applySnapshot}: a whole two-sided 10-level {@link BookUpdate}. Inputs are precomputed
 * so the measured path is the book alone; every path is allocation free.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class L2BookLevelUpdateBenchmark {
    private static final int INPUTS = 4096;
    private static final long BEST_BID = 1_000_000;
    private static final long TICK = 100;

    private final L2Book book = new L2Book(L2Book.DEFAULT_DEPTH);
    private final BookUpdate[] snapshots = {new BookUpdate(10), new BookUpdate(10)};
    private final Side[] sides = new Side[INPUTS];
    private final long[] prices = new long[INPUTS];
    private final long[] sizes = new long[INPUTS];
    private final long[] insertPrices = new long[INPUTS];
    private int cursor;
    private boolean inserted;

    /** Fills both sides to full depth and precomputes the inputs. */
    @Setup
    public void setUp() {
        for (int rank = 0; rank < 10; rank++) {
            book.addLevel(Side.BUY, BEST_BID - rank * 2 * TICK, 100);
            book.addLevel(Side.SELL, BEST_BID + TICK + rank * 2 * TICK, 100);
        }
        final SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < INPUTS; i++) {
            final boolean bid = random.nextBoolean();
            final int rank = random.nextInt(10);
            sides[i] = bid ? Side.BUY : Side.SELL;
            prices[i] = bid ? BEST_BID - rank * 2 * TICK : BEST_BID + TICK + rank * 2 * TICK;
            sizes[i] = 100 * (1 + random.nextInt(50));
            // Odd ticks sit between the even-tick levels, so the insert lands inside the view.
            insertPrices[i] = bid ? prices[i] - TICK : prices[i] + TICK;
        }
        for (int s = 0; s < 2; s++) {
            for (int rank = 0; rank < 10; rank++) {
                snapshots[s].addBid(BEST_BID - rank * TICK, 100 + s + rank);
                snapshots[s].addAsk(BEST_BID + TICK + rank * TICK, 100 + s * rank);
            }
        }
    }

    /**
     * Changes one level's size.
     *
     * @return the change bits
     */
    @Benchmark
    public int modifyLevel() {
        final int i = cursor++ & (INPUTS - 1);
        return book.modifyLevel(sides[i], prices[i], sizes[i]);
    }

    /**
     * Inserts a level inside the view, or deletes the one inserted last time.
     *
     * @return the change bits
     */
    @Benchmark
    public int addOrDeleteLevel() {
        final int i = cursor & (INPUTS - 1);
        if (inserted) {
            inserted = false;
            cursor++;
            return book.deleteLevel(sides[i], insertPrices[i]);
        }
        inserted = true;
        return book.addLevel(sides[i], insertPrices[i], sizes[i]);
    }

    /**
     * Applies a whole 10-level two-sided snapshot, alternating between two.
     *
     * @return the change bits
     */
    @Benchmark
    public int applySnapshot() {
        return book.apply(snapshots[cursor++ & 1]);
    }
}
