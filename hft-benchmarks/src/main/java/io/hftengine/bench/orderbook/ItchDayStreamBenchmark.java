package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A long synthetic ITCH day through {@link OrderBook}, in messages per second (each JMH
 * operation is one message; an invocation replays a chunk of {@value #CHUNK}).
 *
 * <p>The anchor: a C++ ITCH order book at 61 ns a message, 16 M messages/s. The stream is a
 * {@link SyntheticItchDay} of {@value #EVENTS} events plus its close with the real day's mix, ramping to
 * {@code liveOrders} live orders over {@code symbols} symbols and closing empty, replayed in a
 * loop on a book sized with NASDAQ's default capacity (4 M orders) so the order table's memory
 * footprint is the real one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ItchDayStreamBenchmark {
    static final int CHUNK = 4096;
    static final int EVENTS = 1 << 22;

    /** Symbols in the stream (a real day lists 8,915). */
    @Param("8915")
    public int symbols;

    /** Live orders the stream ramps up to (a real day peaks near 1.93 M). */
    @Param("500000")
    public int liveOrders;

    private SyntheticItchDay day;
    private OrderBook book;
    private int cursor;

    /** Builds the stream and the book, and replays the stream once. */
    @Setup(Level.Trial)
    public void setUp() {
        day = new SyntheticItchDay(EVENTS, symbols, liveOrders, 11);
        book = new OrderBook();
        day.defineSymbols(book);
        for (int i = 0; i < day.length(); i++) {
            day.apply(book, i);
        }
        if (book.totalAnomalies() != 0 || book.liveOrders() != 0) {
            throw new IllegalStateException("stream not closed: " + book.totalAnomalies() + " anomalies");
        }
        System.out.println("synthetic day: " + day.length() + " events, mix " + day.mix());
    }

    /**
     * Applies the next {@value #CHUNK} events.
     *
     * @return the OR of their change bits
     */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int chunk() {
        final SyntheticItchDay day = this.day;
        final OrderBook book = this.book;
        int i = cursor;
        int changes = 0;
        for (int n = 0; n < CHUNK; n++) {
            changes |= day.apply(book, i);
            i = day.next(i);
        }
        cursor = i;
        return changes;
    }
}
