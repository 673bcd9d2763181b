package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void aKnownFractionDrawsABarAndAnUnknownOneCountsPackets() {
        final Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertEquals("\rreplay [###############...............]  50%  1,234 packets",
                    ProgressBar.line("replay", 1_234, 0.5));
            assertEquals("\rreplay [..............................]   0%  0 packets", ProgressBar.line("replay", 0, -3));
            assertEquals("\rreplay [##############################] 100%  7 packets", ProgressBar.line("replay", 7, 1));
            assertEquals("\rreplay: 12 packets...", ProgressBar.line("replay", 12, Double.NaN));
        } finally {
            Locale.setDefault(before);
        }
    }
}
