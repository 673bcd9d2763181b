package io.hftengine.stress.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI verdict on the positive jcstress run (run-stress.sh through stress-verdict.sh): only a
 * run in which every planned test configuration passed may count as proof. The logs are jcstress
 * 0.16's final tally line, as its console printer writes it.
 */
class StressVerdictScriptTest {

    @TempDir
    Path dir;

    private int positiveClean(String log) throws IOException, InterruptedException {
        final Path file = dir.resolve("positive.log");
        Files.writeString(file, log, StandardCharsets.UTF_8);
        final Path script = Path.of("stress-verdict.sh").toAbsolutePath();
        final Process p = new ProcessBuilder("bash", "-c", "source \"$1\" && positive_clean \"$2\"", "verdict",
            script.toString(), file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bash did not finish");
        }
        return p.exitValue();
    }

    @Test
    void aRunWhereEveryPlannedConfigurationPassedIsClean() throws Exception {
        assertEquals(0, positiveClean("(Results: 30 planned; 0 passed, 0 failed, 0 soft errs, 0 hard errs)\n"
            + "(Results: 30 planned; 30 passed, 0 failed, 0 soft errs, 0 hard errs)\n"));
    }

    @Test
    void aRunWhoseTestsWereSkippedIsNotClean() throws Exception {
        // jcstress reports a test whose classes fail to load as [SKIPPED], a soft error.
        assertEquals(1, positiveClean("...... [SKIPPED] io.hftengine.stress.spsc.ElementVisibilityTest.Ours\n"
            + "(Results: 30 planned; 0 passed, 0 failed, 30 soft errs, 0 hard errs)\n"));
    }

    @Test
    void aRunThatSelectedNoTestIsNotClean() throws Exception {
        assertEquals(1, positiveClean("(Results: 0 planned; 0 passed, 0 failed, 0 soft errs, 0 hard errs)\n"));
    }

    @Test
    void aRunWithAForbiddenOutcomeOrAnErrorIsNotClean() throws Exception {
        assertEquals(1, positiveClean("(Results: 4 planned; 2 passed, 2 failed, 0 soft errs, 0 hard errs)\n"));
        assertEquals(1, positiveClean("(Results: 4 planned; 3 passed, 0 failed, 0 soft errs, 1 hard errs)\n"));
    }

    @Test
    void aRunCutShortIsNotClean() throws Exception {
        assertEquals(1, positiveClean("(Results: 30 planned; 12 passed, 0 failed, 0 soft errs, 0 hard errs)\n"));
        assertEquals(1, positiveClean("no tally: the JVM died\n"));
    }
}
