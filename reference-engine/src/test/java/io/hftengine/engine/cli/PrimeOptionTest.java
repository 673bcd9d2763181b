package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code --prime} is checked before anything runs, and refused where it would mean nothing. */
class PrimeOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1", "601", "NaN"})
    void outOfRangePrimingIsAUsageError(final String seconds) {
        assertEquals(ExitCodes.USAGE, HftMain.execute("bench", "--prime", seconds, "--seconds", "1", "--warmup", "0",
                "--no-metrics-file"));
    }

    @Test
    void replayRefusesPriming() {
        // Checked before the input is opened: the file need not exist.
        assertEquals(ExitCodes.USAGE, HftMain.execute("replay", "--in", "no-such-file.itch", "--prime", "5",
                "--no-metrics-file"));
    }
}
