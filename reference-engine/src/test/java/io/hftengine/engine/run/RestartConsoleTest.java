package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lines a restarted {@code run} prints about the journal it continues say what they mean. */
class RestartConsoleTest {
    @Test
    void aUdpRestartSaysNothingOfAVenueSession() {
        final String line = RestartConsole.recovered(12, 3, 4, 2, "", 0);
        assertTrue(!line.contains("venue session"), line);
        assertTrue(line.contains("12 orders, 3 still working, 4 fills, 2 symbols not flat"), line);
    }

    @Test
    void aSoupBinTcpRestartNamesTheSessionAndTheFirstReplyAskedFor() {
        final String line = RestartConsole.recovered(12, 3, 4, 2, "HFTEXCH001", 41);
        assertTrue(line.contains("venue session 'HFTEXCH001' from reply 42"), line);
    }

    @Test
    void theOrderIdsSkippedAfterTheJournalsHighestAreExplained() {
        final String line = RestartConsole.orderIds(100_000, 116_385, 16_384);
        assertTrue(line.contains("order ids from 116,385"), line);
        assertTrue(line.contains("the journal's highest (100,000) + 1 + 16,384 skipped (a journal ring's worth:"
            + " orders an engine that died may have sent unjournaled)"), line);
    }

    @Test
    void aConfiguredFirstOrderIdAboveTheJournalsIsSaidToBeTheConfigured() {
        final String line = RestartConsole.orderIds(100, 5_000_000, 16_384);
        assertTrue(line.contains("order ids from 5,000,000 (gateway.first_order_id)"), line);
    }
}
