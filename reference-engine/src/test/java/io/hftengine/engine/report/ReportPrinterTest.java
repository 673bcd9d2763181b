package io.hftengine.engine.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPrinterTest {
    private static String print(final RunSummary summary) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportPrinter.print(summary, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static RunSummary summary(final long gaps, final long unrecovered) {
        final RunSummary s = new RunSummary();
        s.command = "demo";
        s.layout = "1";
        s.layoutDescription = "";
        s.seconds = 1;
        s.gaps = gaps;
        s.gapsUnrecovered = unrecovered;
        return s;
    }

    @Test
    void unrecoveredGapsAreExplainedSoAnEmptyLatencyTableIsNotMistakenForAFault() {
        final String text = print(summary(3, 2));
        assertTrue(text.contains("books stale: 2 gap(s) could not be filled"), text);
        assertTrue(text.contains("3 gaps (2 unrecovered)"), text);
    }

    @Test
    void noStaleLineWhenEveryGapWasFilled() {
        assertFalse(print(summary(3, 0)).contains("books stale"));
    }

    @Test
    void samplesTheTableCouldNotHoldAreReportedInTheTextAndTheJson() {
        final RunSummary s = summary(0, 0);
        final Histogram h = new Histogram(3);
        h.recordValue(400);
        s.latency.add(new StageLatency("tick_to_order", h, 2, 5));
        s.latency.add(new StageLatency("risk", h));
        final String text = print(s);
        assertTrue(text.contains("tick_to_order: 2 samples above the histogram's range"), text);
        assertTrue(text.contains("5 negative"), text);
        assertFalse(text.contains("risk: "), text);
        final String json = s.toJson();
        assertTrue(json.contains("\"clamped\":2") || json.contains("\"clamped\": 2"), json);
        assertTrue(json.contains("\"negative\":5") || json.contains("\"negative\": 5"), json);
    }

    @Test
    void aGapStillOpenAtTheEndIsNotReadAsRecovered() {
        final RunSummary s = summary(1, 0);
        s.counters.put("feed_behind_at_end", 1_234_567L);
        final String text = print(s);
        assertTrue(text.contains("1 gaps (0 unrecovered, 1 still open: 1,234,567 messages behind)"), text);
    }

    @Test
    void noOpenGapSaidWhenNoneIsOpen() {
        final RunSummary s = summary(1, 0);
        s.counters.put("feed_behind_at_end", 0L);
        assertTrue(print(s).contains("1 gaps (0 unrecovered)"), print(s));
    }

    @Test
    void aGivenUpGapWiderThanTheHoldAreaSaysWhyItCouldNotBeFilled() {
        final RunSummary s = summary(1, 1);
        s.counters.put("packets_left_to_request", 20_000L);
        final String text = print(s);
        assertTrue(text.contains("wider than the hold area (feed.held_packets)"), text);
        assertTrue(text.contains("a start after the feed needs the session from sequence 1"), text);
        assertTrue(text.contains("the feed simulator keeps the last 1,048,576 messages, about 10 s at 100,000"
            + " msg/s"), text);
    }

    @Test
    void aGivenUpGapTheHoldAreaHeldGetsNoCatchUpHint() {
        final RunSummary s = summary(1, 1);
        s.counters.put("packets_left_to_request", 0L);
        assertFalse(print(s).contains("hold area"), print(s));
    }
}
