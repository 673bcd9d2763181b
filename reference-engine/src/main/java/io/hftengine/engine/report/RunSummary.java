package io.hftengine.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, gathered after it ends: the figures of the end-of-run report and of
 * {@code --json FILE}. Slow path; filled by the command that ran the pipeline.
 */
public final class RunSummary {
    /** Creates an empty summary, filled by the command that ran. */
    public RunSummary() {
        // fields are set by picocli or by the caller
    }

    /** The command that ran: demo, run, replay or bench. */
    public String command = "";
    /** The thread layout, as planned ("1", "2", "4") and described. */
    public String layout = "";
    /** The layout's description, thread by thread. */
    public String layoutDescription = "";
    /** Seconds measured (after warm-up). */
    public double seconds;
    /** Datagrams received by the market data stage, over the whole run (warm-up included). */
    public long packets;
    /** ITCH messages received, over the whole run (warm-up included). */
    public long messages;
    /** ITCH messages received per second during the measured seconds only. */
    public double messagesPerSecond;
    /** ITCH messages applied to the books. */
    public long messagesProcessed;
    /** Sequence gaps detected. */
    public long gaps;
    /** Gaps given up (books marked stale). */
    public long gapsUnrecovered;
    /**
     * Where the measured run starts, for the report's wording: {@code "warm-up"} (its end), or
     * {@code "the first packet"} for a replay, which has no warm-up.
     */
    public String measuredSince = "warm-up";
    /** Live orders the order book holds ({@code book.order_capacity}); adds beyond are dropped and counted. */
    public long bookOrderCapacity;
    /** Drops, by reason: every message received and not processed is in one of these. */
    public final Map<String, Long> dropped = new LinkedHashMap<>();
    /** Signals the strategy sent to risk. */
    public long ordersSent;
    /** Orders risk approved. */
    public long ordersApproved;
    /** Orders risk rejected, by reason. */
    public final Map<String, Long> ordersRejected = new LinkedHashMap<>();
    /** Fills received from the venue. */
    public long fills;
    /** Other counters worth printing, by name. */
    public final Map<String, Long> counters = new LinkedHashMap<>();
    /** Net position per symbol with a position, for the report. */
    public final Map<String, Long> positions = new LinkedHashMap<>();
    /** Garbage collections during the measured part of the run. */
    public long gcCollections;
    /**
     * Milliseconds the JIT spent compiling during the measured run, or -1 where the JVM does not
     * say: well above 0, warm-up ended before the code settled and the tail shows it.
     */
    public long jitCompilationMs = -1;
    /** Heap used after the run, in bytes. */
    public long heapUsedBytes;
    /**
     * Heap used at the end minus heap used when measuring began: with a GC that never collects
     * (Epsilon), this is what the whole process allocated during the measured run.
     */
    public long heapGrowthBytes;
    /**
     * Heap bytes each pipeline thread (stages, then the journal) allocated during the measured
     * run, by thread name, read from the JVM's per-thread counters; -1 where unreadable, empty
     * when the JVM cannot count or no threads ran. Not per message: what shows here is the JVM's
     * own (deoptimisation) allocation, a few KiB at most (see BENCHMARKS.md). Replay measures
     * from its first packet, so there it includes the JIT's warm-up: about 15 MiB for a
     * 4.7 M-message day, and the same for two days.
     */
    public final Map<String, Long> allocatedByThread = new LinkedHashMap<>();
    /** SHA-256 of the order byte stream, hex. */
    public String orderDigest = "";
    /** Latency per stage, tick-to-order first. */
    public final List<StageLatency> latency = new ArrayList<>();
    /** Wire-to-wire latency on loopback, when measured. */
    public StageLatency wireToWire;
    /** Files written (hlog, plot, json, journal). */
    public final Map<String, String> files = new LinkedHashMap<>();

    /**
     * Bytes the pipeline's threads allocated during the measured run, all together.
     *
     * @return the sum, or -1 when any thread could not be read or none was
     */
    public long pipelineThreadAllocatedBytes() {
        if (allocatedByThread.isEmpty() || allocatedByThread.containsValue(-1L)) {
            return -1;
        }
        return allocatedByThread.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the sum of all drops.
     *
     * @return messages dropped, all reasons
     */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Renders the summary as JSON with the keys the engine documents.
     *
     * @return the JSON text
     */
    public String toJson() {
        final Json json = new Json().beginObject(null);
        json.field("command", command).field("layout", layout).field("seconds", seconds)
            .field("packets", packets).field("messages", messages).field("messages_processed", messagesProcessed)
            .field("messages_per_second", Math.round(messagesPerSecond))
            .field("gaps", gaps).field("gaps_unrecovered", gapsUnrecovered).counts("dropped", dropped)
            .field("book_order_capacity", bookOrderCapacity);
        json.beginObject("orders").field("sent", ordersSent).field("approved", ordersApproved)
            .counts("rejected", ordersRejected).endObject();
        json.field("fills", fills).field("gc_collections", gcCollections)
            .field("jit_compilation_ms", jitCompilationMs).field("heap_used_bytes", heapUsedBytes)
            .field("heap_growth_bytes", heapGrowthBytes)
            .field("pipeline_thread_allocated_bytes", pipelineThreadAllocatedBytes())
            .counts("allocated_bytes_by_thread", allocatedByThread)
            .field("order_digest", orderDigest).counts("counters", counters).counts("positions", positions);
        json.beginObject("latency_ns");
        for (final StageLatency stage : latency) {
            stageJson(json, stage);
        }
        if (wireToWire != null) {
            stageJson(json, wireToWire);
        }
        json.endObject();
        json.beginObject("files");
        files.forEach(json::field);
        json.endObject();
        return json.endObject().toString();
    }

    private static void stageJson(final Json json, final StageLatency stage) {
        json.beginObject(stage.name()).field("count", stage.count()).field("p50", stage.at(50))
            .field("p90", stage.at(90)).field("p99", stage.at(99)).field("p999", stage.at(99.9))
            .field("p9999", stage.at(99.99)).field("max", stage.max()).field("clamped", stage.clamped())
            .field("negative", stage.negative()).endObject();
    }
}
