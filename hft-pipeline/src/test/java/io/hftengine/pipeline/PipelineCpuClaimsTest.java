package io.hftengine.pipeline;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuClaims;
import io.hftengine.affinity.CpuSet;
import io.hftengine.affinity.ThreadLayout;
import io.hftengine.affinity.ThreadPlan;
import io.hftengine.affinity.TopologyReader;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two engines on one host planned and pinned the same CPUs and busy-spun against each other. A
 * pinned pipeline now claims its CPUs from start to close ({@link CpuClaims}) and plans around
 * the ones others hold; here the "other engine" is a second pipeline, or a claim, in this JVM
 * (another process is {@code CpuClaimsTest}'s). Claims go to a directory of this test's own.
 */
class PipelineCpuClaimsTest {
    @TempDir
    Path dir;

    private Pipeline pipeline(final int threads, final boolean allowOversubscribe, final boolean pin) {
        final PipelineConfig config = PipelineConfig.builder().layout(threads, allowOversubscribe, pin)
            .bookOrderCapacity(1024).cpuClaimsDirectory(dir).build();
        return PipelineBuilder.create().config(config).packetSource(handler -> 0, RetransmitRequester.NONE).build();
    }

    private static CpuSet pinned(final ThreadLayout layout) {
        return CpuSet.of(layout.threads().stream().mapToInt(ThreadPlan::cpu).filter(cpu -> cpu >= 0).toArray());
    }

    private CpuSet held() {
        return CpuClaims.at(dir).heldByOthers(TopologyReader.detect(message -> { }).onlineCpus()).cpus();
    }

    @Test
    void twoPinnedPipelinesInOneJvmDoNotPinTheSameCpuAndCloseReleasesTheirClaims() {
        final Pipeline first = pipeline(1, true, true);
        try (Pipeline second = pipeline(1, true, true)) {
            final CpuSet firstCpus = pinned(first.start());
            assertFalse(firstCpus.isEmpty(), "one thread on a host with a CPU to spare is pinned");
            assertEquals(firstCpus, held(), "the first pipeline holds its cpu while it runs");
            final CpuSet secondCpus = pinned(second.start());
            assertTrue(secondCpus.intersect(firstCpus).isEmpty(),
                "both pinned cpu " + firstCpus.format() + "; the second: " + secondCpus.format());
            assertEquals(firstCpus.union(secondCpus), held());
            first.close();
            assertEquals(secondCpus, held(), "the first's close released its cpu only");
        } finally {
            first.close();
        }
        assertTrue(held().isEmpty(), "closed pipelines hold nothing");
    }

    @Test
    void cpusHeldElsewhereLeaveTooFewForTheLayoutAndTheRefusalNamesThem() {
        final CpuSet usable = TopologyReader.detect(AffinityLog.system()).usableCpus();
        try (CpuClaims.Claim other = CpuClaims.at(dir).claim(usable)) {
            try (Pipeline refused = pipeline(1, false, true)) {
                final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, refused::start);
                assertTrue(e.getMessage().contains("other engines on this host hold cpus " + usable.format()),
                    e.getMessage());
            }
            try (Pipeline unpinned = pipeline(1, true, true)) {
                final ThreadLayout layout = unpinned.start();
                assertTrue(layout.isOversubscribed() && pinned(layout).isEmpty(), layout.describe());
                assertEquals(usable, held(), "an unpinned layout claims nothing");
            }
            assertEquals(usable, other.cpus());
        }
    }

    @Test
    void anUnpinnedPipelineClaimsNothingAndAnExplicitLayoutOnAHeldCpuIsRefused() {
        try (Pipeline unpinned = pipeline(1, true, false)) {
            unpinned.start();
            assertTrue(held().isEmpty(), "pinning off: nothing claimed");
        }
        try (Pipeline first = pipeline(1, true, true); Pipeline second = pipeline(1, true, true)) {
            final ThreadLayout layout = first.start();
            final IllegalStateException e = assertThrows(IllegalStateException.class, () -> second.start(layout));
            assertTrue(e.getMessage().contains("this process, pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(second.threads().isEmpty(), "nothing started");
        }
    }
}
