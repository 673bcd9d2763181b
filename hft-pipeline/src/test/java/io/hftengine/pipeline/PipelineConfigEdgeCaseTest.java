package io.hftengine.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The config builder's promise that setters validate at once: a setter that refuses its values
 * leaves the builder as it was, instead of keeping the half it took before it found the bad one.
 */
class PipelineConfigEdgeCaseTest {

    @Test
    void aRefusedJournalWindowLeavesNoJournalPathBehind() {
        final PipelineConfig.Builder builder = PipelineConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.journal(Path.of("drop.journal"), 10));
        assertNull(builder.build().journalPath(), "no journal was configured");
    }

    @Test
    void aRefusedRingSizeLeavesEveryRingAsItWas() {
        final PipelineConfig.Builder builder = PipelineConfig.builder();
        final PipelineConfig before = builder.build();
        assertThrows(IllegalArgumentException.class, () -> builder.rings(2, 4, 8, 16, 32, 3));
        final PipelineConfig after = builder.build();
        assertEquals(before.marketEventRing(), after.marketEventRing());
        assertEquals(before.signalRing(), after.signalRing());
        assertEquals(before.decisionRing(), after.decisionRing());
        assertEquals(before.venueReportRing(), after.venueReportRing());
        assertEquals(before.strategyReportRing(), after.strategyReportRing());
    }

    @Test
    void aRefusedSequencingLeavesTheFirstSequenceAsItWas() {
        final PipelineConfig.Builder builder = PipelineConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.sequencing(500, 64, 1500, -1));
        assertEquals(1, builder.build().firstSequence());
        assertEquals(1024, builder.build().maxHeldPackets());
    }

    @Test
    void aRefusedSimulatedExchangeLeavesTheFillPercentAsItWas() {
        final PipelineConfig.Builder builder = PipelineConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.simulatedExchange(50, 0));
        assertEquals(100, builder.build().simulatedFillPercent());
    }
}
