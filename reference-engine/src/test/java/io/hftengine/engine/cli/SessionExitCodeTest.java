package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.engine.report.RunSummary;
import org.junit.jupiter.api.Test;

/** Which exit code a session's summary gives, failures before a halt. */
class SessionExitCodeTest {
    @Test
    void aHaltIsFiveAFailureStillOneAndNothingToPlayStillFour() {
        assertEquals(ExitCodes.OK, SessionCommands.exitCode(summary("kill_switch_tripped", 0L, "venue_session_ended", 0L)));
        assertEquals(ExitCodes.HALTED, SessionCommands.exitCode(summary("kill_switch_tripped", 1L)));
        assertEquals(ExitCodes.HALTED, SessionCommands.exitCode(summary("venue_session_ended", 1L)));
        assertEquals(ExitCodes.FAILED, SessionCommands.exitCode(summary("kill_switch_tripped", 1L, "stage_errors", 1L)));
        assertEquals(ExitCodes.FAILED, SessionCommands.exitCode(summary("kill_switch_tripped", 1L, "replay_incomplete", 1L)));
        assertEquals(ExitCodes.INPUT, SessionCommands.exitCode(summary("replay_no_messages", 1L, "kill_switch_tripped", 1L)));
    }

    private static RunSummary summary(final Object... counters) {
        final RunSummary summary = new RunSummary();
        for (int i = 0; i < counters.length; i += 2) {
            summary.counters.put((String) counters[i], (Long) counters[i + 1]);
        }
        return summary;
    }
}
