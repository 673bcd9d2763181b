package io.hftengine.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real async-profiler, in this JVM, on the module path: profiles a short fused run of the
 * pipeline over a synthetic ITCH feed and checks the flame graph names the four stage classes.
 * Where the native library cannot load, the test prints why and asserts the UNAVAILABLE status
 * instead: the engine must then run unprofiled with a reason, not fail.
 */
class AsyncProfilerFlameGraphTest {
    private static final List<String> STAGE_CLASSES = List.of(
        "io/hftengine/pipeline/marketdata/MarketDataStage", "io/hftengine/pipeline/strategy/StrategyStage",
        "io/hftengine/pipeline/risk/RiskStage", "io/hftengine/pipeline/gateway/GatewayStage");

    @TempDir
    Path dir;

    @AfterEach
    void stopWhateverRuns() {
        // A failed assertion must not leave the JVM-wide profiler running into the next test.
        Profiler.instance().stop();
    }

    @Test
    void cpuFlameGraphOfAPipelineRunNamesTheStageClasses() throws Exception {
        final Profiler profiler = Profiler.instance();
        final Path file = dir.resolve("pipeline-cpu.html");
        final ProfileStatus started = profiler.start(ProfileMode.CPU, file);
        System.out.println(profiler.describe() + " -> " + started);
        if (!profiler.isAvailable()) {
            System.out.println("async-profiler cannot load in this JVM, so the fallback status is asserted: " + started.message());
            assertEquals(ProfileOutcome.UNAVAILABLE, started.outcome());
            assertFalse(started.message().isBlank());
            return;
        }
        assertEquals(ProfileOutcome.STARTED, started.outcome(), started.toString());
        final long packets = runPipeline(2_000_000_000L);
        final ProfileStatus written = profiler.stop();
        System.out.println(written + " after " + packets + " packets");
        assertEquals(ProfileOutcome.WRITTEN, written.outcome(), written.toString());
        assertTrue(packets > 0);

        final List<String> frames = FlameGraphFrames.read(file);
        assertTrue(Files.readString(file).contains("<html"), "an HTML page");
        for (final String stage : STAGE_CLASSES) {
            assertTrue(frames.stream().anyMatch(f -> f.startsWith(stage + ".")),
                stage + " missing from the flame graph's " + frames.size() + " frames");
        }
    }

    @Test
    void allocFlameGraphNamesTheAllocatingClass() throws Exception {
        final Profiler profiler = Profiler.instance();
        final Path file = dir.resolve("alloc.html");
        final ProfileStatus started = profiler.start(ProfileMode.ALLOC, file);
        if (!profiler.isAvailable()) {
            assertEquals(ProfileOutcome.UNAVAILABLE, started.outcome(), "without the library the status says so");
            return;
        }
        assertEquals(ProfileOutcome.STARTED, started.outcome(), started.toString());
        final long total = GarbageMaker.allocateFor(500_000_000L);
        final ProfileStatus written = profiler.stop();
        assertEquals(ProfileOutcome.WRITTEN, written.outcome(), written.toString());
        assertTrue(total > 0);
        final List<String> frames = FlameGraphFrames.read(file);
        assertTrue(frames.stream().anyMatch(f -> f.contains("GarbageMaker.allocateFor")), frames.toString());
    }

    private static long runPipeline(final long durationNs) {
        final SyntheticPacketSource source = new SyntheticPacketSource();
        final PipelineConfig config = PipelineConfig.builder().layout(1, true, false).bookOrderCapacity(1 << 16).build();
        final Pipeline pipeline = PipelineBuilder.create().config(config).packetSource(source, RetransmitRequester.NONE).build();
        try {
            final long end = System.nanoTime() + durationNs;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1_000; i++) {
                    pipeline.doWork();
                }
            }
            assertEquals(null, pipeline.lastError());
        } finally {
            pipeline.close();
        }
        return source.packets();
    }

    /** Allocates on purpose, so an allocation profile has one obvious culprit. */
    static final class GarbageMaker {
        static volatile Object sink;

        private GarbageMaker() {
        }

        static long allocateFor(final long durationNs) {
            long total = 0;
            final long end = System.nanoTime() + durationNs;
            while (System.nanoTime() < end) {
                final long[] block = new long[1024];
                block[0] = total;
                sink = block;
                total += block.length;
            }
            return total;
        }
    }
}
