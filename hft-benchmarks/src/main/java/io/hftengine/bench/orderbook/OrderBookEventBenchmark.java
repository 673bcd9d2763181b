package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ITCH order event (A, F, D, U, E, C or X in a real day's proportions) through
 * {@link OrderBook} to its symbol's L2 view: the latency distribution of a single event.
 *
 * <p>Events come from a {@link SyntheticItchDay} replayed in a loop; the book has seen the whole
 * stream once before measurement, so its level arrays have reached their size and no event
 * allocates. SampleTime includes the timer's own cost (some 20 ns); see
 * {@link ItchDayStreamBenchmark} for the overhead-free message rate, and there for what
 * {@code lifetime} means.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseTransparentHugePages"})
public class OrderBookEventBenchmark {
    /** Symbols in the stream. */
    @Param("1000")
    public int symbols;

    /** Live orders the stream ramps up to. */
    @Param("100000")
    public int liveOrders;

    /** How non-add events pick their order: {@code realistic} or {@code uniform}. */
    @Param({"realistic", "uniform"})
    public String lifetime;

    private SyntheticItchDay day;
    private OrderBook book;
    private int cursor;

    /** Builds the stream and the book, and replays the stream once. */
    @Setup(Level.Trial)
    public void setUp() {
        day = new SyntheticItchDay(1 << 20, symbols, liveOrders, 7, SyntheticItchDay.Lifetime.of(lifetime));
        book = new OrderBook(Math.max(1024, liveOrders * 2), 10, 64);
        day.defineSymbols(book);
        for (int i = 0; i < day.length(); i++) {
            day.apply(book, i);
        }
        if (book.totalAnomalies() != 0 || book.liveOrders() != 0) {
            throw new IllegalStateException("stream not closed: " + book.totalAnomalies() + " anomalies, "
                + book.liveOrders() + " live");
        }
    }

    /**
     * Applies the next event of the stream.
     *
     * @return the change bits
     */
    @Benchmark
    public int oneEvent() {
        final int i = cursor;
        cursor = day.next(i);
        return day.apply(book, i);
    }
}
