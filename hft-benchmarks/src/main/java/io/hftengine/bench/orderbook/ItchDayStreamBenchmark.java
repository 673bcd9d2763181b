package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A long synthetic ITCH day through {@link OrderBook}, in messages per second: each invocation
 * replays the whole day (ramp, trading, close), and the {@code messages} counter reports the
 * message rate. Why whole days: the day's phases cost differently (the opening ramp is all adds,
 * the close all deletes), so an iteration that ended part way through the stream measured
 * whichever phase it happened to cover, and iterations disagreed by 1.7x.
 *
 * <p>The anchor: a C++ ITCH order book at 61 ns a message, 16 M messages/s. The stream is a
 * {@link SyntheticItchDay} of {@value #EVENTS} events plus its close with the real day's mix, ramping to
 * {@code liveOrders} live orders over {@code symbols} symbols and closing empty, replayed in a
 * loop on a book sized with NASDAQ's default capacity (4 M orders) so the order table's memory
 * footprint is the real one.
 *
 * <p>{@code lifetime} picks which live order a delete, replace, execution or cancel targets
 * ({@link SyntheticItchDay.Lifetime}): {@code realistic} models a real day's short-lived orders
 * (mostly recent adds, some uniform), {@code uniform} is the old worst case where every event is a
 * random access into the whole order table. The anchor was measured on a real day, so compare it
 * with {@code realistic}, keeping in mind that the lifetime model is an assumption.
 *
 * <p>{@code parityDay} replays the same day through the peer, Parity's Java order book, so the
 * two rates come from one run ({@code ItchDayCpuTime ... ours,parity} does the same by CPU time).
 *
 * <p>The fork asks for transparent huge pages (the JVM {@code madvise}s its heap; the kernel must
 * allow {@code madvise} or {@code always}) because the 128 MB order table is otherwise a TLB miss
 * per random access. To measure without them, override the fork's flags:
 * {@code -jvmArgsAppend "-Xms3g -Xmx3g"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseTransparentHugePages"})
public class ItchDayStreamBenchmark {
    static final int EVENTS = 1 << 22;

    /** Symbols in the stream (a real day lists 8,915). */
    @Param("8915")
    public int symbols;

    /** Live orders the stream ramps up to (a real day peaks near 1.93 M). */
    @Param("500000")
    public int liveOrders;

    /** How non-add events pick their order: {@code realistic} or {@code uniform}. */
    @Param({"realistic", "uniform"})
    public String lifetime;

    private SyntheticItchDay day;
    private OrderBook book;
    private ParityDay parity;

    /** Builds the stream and the book, and replays the stream once. */
    @Setup(Level.Trial)
    public void setUp() {
        day = new SyntheticItchDay(EVENTS, symbols, liveOrders, 11, SyntheticItchDay.Lifetime.of(lifetime));
        book = new OrderBook();
        day.defineSymbols(book);
        day.apply(book, 0, day.length());
        if (book.totalAnomalies() != 0 || book.liveOrders() != 0) {
            throw new IllegalStateException("stream not closed: " + book.totalAnomalies() + " anomalies");
        }
        // The peer's books only fill when parityDay runs: opening them costs little.
        parity = new ParityDay(day);
        System.out.println("synthetic day: " + day.length() + " events, mix " + day.mix());
        System.out.println(day.ageSummary());
    }

    /**
     * Replays the whole day on the (empty) book, which it leaves empty again.
     *
     * @param counter counts the messages applied
     * @return the OR of their change bits
     */
    @Benchmark
    public int day(final Messages counter) {
        final int length = day.length();
        counter.messages += length;
        return day.apply(book, 0, length);
    }

    /**
     * The peer: the same day through Parity's Java order book ({@link ParityDay}), which
     * allocates an object an order, so {@code -prof gc} shows its garbage too.
     *
     * @param counter counts the messages applied
     * @return top-of-book changes Parity reported so far
     */
    @Benchmark
    public long parityDay(final Messages counter) {
        final int length = day.length();
        counter.messages += length;
        return parity.apply(0, length);
    }

    /** The message counter JMH reports as a rate ({@code day:messages}, messages per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Messages {
        /** Messages applied in this iteration. */
        public long messages;

        /** Starts each iteration at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            messages = 0;
        }
    }
}
