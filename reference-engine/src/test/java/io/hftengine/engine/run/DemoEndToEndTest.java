package io.hftengine.engine.run;

import static io.hftengine.engine.run.RunFixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short {@code hft demo} through the command line, checked through its JSON summary. */
class DemoEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void demoTradesAndReportsEveryDocumentedKey() throws Exception {
        final Path json = dir.resolve("not-yet/made/demo.json"); // the run makes the directories, as --out does
        // Primed for a second first: the primer trades its own simulators on loopback, none of
        // its orders may reach the demo's venue or the demo's journal.
        final int exit = HftMain.execute("demo", "--prime", "1", "--seconds", "3", "--warmup", "1", "--rate", "50000",
                "--symbols", "100", "--json", json.toString(), "--out", dir.resolve("report").toString(),
                "--metrics-file", dir.resolve("metrics.dat").toString());
        assertEquals(0, exit);
        final String text = Files.readString(json);
        for (final String key : new String[] {"\"layout\"", "\"packets\"", "\"messages\"", "\"gaps\"", "\"dropped\"",
            "\"orders\"", "\"sent\"", "\"approved\"", "\"rejected\"", "\"fills\"", "\"gc_collections\"",
            "\"order_digest\"", "\"latency_ns\"", "\"tick_to_order\"", "\"market_data\"", "\"strategy\"", "\"risk\"",
            "\"gateway\"", "\"p50\"", "\"p90\"", "\"p99\"", "\"p999\"", "\"p9999\"", "\"max\"", "\"count\""}) {
            assertTrue(text.contains(key), key + " missing from " + text);
        }
        assertTrue(number(text, "packets") > 100, text);
        assertTrue(number(text, "messages") > 50_000, text);
        assertTrue(number(text, "sent") > 0, "the strategy should send orders: " + text);
        assertTrue(number(text, "pre_open_primer_orders") > 0, "the primer traded: " + text);
        assertTrue(number(text, "exchange_orders_received")
                <= number(text, "gateway_orders_sent") + number(text, "gateway_cancels_sent"),
                "the demo's venue saw only the live pipeline's orders: " + text);
        assertTrue(number(text, "fills") > 0, "the exchange simulator should fill: " + text);
        final int wire = text.indexOf("\"wire_to_wire\"");
        assertTrue(wire > 0, "wire-to-wire is reported: " + text);
        final long wireCount = number(text.substring(wire), "count");
        assertTrue(wireCount > 0 && wireCount <= number(text, "sent"), "one value per order seen on both wires: " + text);
        // Each pipeline thread's own allocation is read (not zero in a 1 s warm-up: the JIT is still
        // at work; the 0-allocation proof is .ci/extra-epsilon.sh), and the stage threads are named.
        assertTrue(number(text, "pipeline_thread_allocated_bytes") >= 0, "allocation per thread is readable: " + text);
        // HotSpot monitors compilation time; a 1 s warm-up leaves the JIT busy into the run.
        assertTrue(number(text, "jit_compilation_ms") > 0, "JIT time during the run is read: " + text);
        final int byThread = text.indexOf("\"allocated_bytes_by_thread\"");
        assertTrue(byThread > 0 && text.indexOf("\"hft-market-data", byThread) > byThread, "stage threads named: " + text);
        assertTrue(Files.size(dir.resolve("report").resolve("demo-journal.bin")) > 0, "the demo's drop copy");
        assertTrue(Files.size(dir.resolve("report").resolve("demo-latency.hlog")) > 0);
        assertTrue(Files.readString(dir.resolve("report").resolve("demo-latency.html")).contains("<svg"));
    }
}
