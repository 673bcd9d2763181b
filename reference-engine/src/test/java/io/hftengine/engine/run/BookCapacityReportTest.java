package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.feed.SyntheticRecording;
import io.hftengine.engine.report.ReportPrinter;
import io.hftengine.engine.report.RunSummary;
import io.hftengine.orderbook.OrderBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed bigger than the book's order capacity (a real NASDAQ day in a book sized for less) must
 * be impossible to miss: the adds dropped are counted by kind, and the report names the key to
 * raise. The default capacity holds a full day.
 */
class BookCapacityReportTest {
    @TempDir
    Path dir;

    @Test
    void aBookTooSmallForTheFeedIsCountedAndNamedInTheReport() throws Exception {
        final Path recording = dir.resolve("day.pcap");
        SyntheticRecording.write(recording, 100, 7, 20_000, 200_000);
        final EngineConfig config = EngineConfigLoader.defaults();
        config.pipeline().bookOrderCapacity(64);
        final SessionOptions options = new SessionOptions(SessionOptions.Kind.REPLAY, config, "1", 0, 0, null,
                null, recording, 0, 0, 0, 0, false, null);
        final RunSummary summary = new EngineSession(options,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        final long dropped = summary.counters.getOrDefault("book_anomaly_order_capacity_exceeded", 0L);
        assertTrue(dropped > 0, "adds beyond 64 live orders must be counted: " + summary.toJson());
        assertEquals(64, summary.bookOrderCapacity);
        assertTrue(summary.toJson().contains("\"book_order_capacity\": 64"), summary.toJson());
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        ReportPrinter.print(summary, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("order book full: " + String.format("%,d", dropped)
                + " adds dropped at book.order_capacity = 64"), text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultBookHoldsAFullNasdaqDay() {
        // A real day peaks near 1.93 M live orders.
        assertEquals(OrderBook.DEFAULT_ORDER_CAPACITY,
                EngineConfigLoader.defaults().pipeline().build().bookOrderCapacity());
        assertTrue(OrderBook.DEFAULT_ORDER_CAPACITY >= 1_930_000);
    }
}
