package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.binaryfile.BinaryFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors of a BinaryFILE source surface when it is built, not on the first message. */
class BinaryFileReplaySourceEdgeCaseTest {
    @TempDir
    Path dir;

    @Test
    void aSessionNameMoldUdp64CannotCarryIsRejectedWhenTheSourceIsCreated() throws Exception {
        final Path path = dir.resolve("day.itch");
        Files.write(path, new byte[0]);
        try (BinaryFileReader reader = BinaryFileReader.open(path)) {
            final IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> new BinaryFileReplaySource(reader, 0, "ELEVENCHARS", 1, 1, 2, 3, 4));
            assertTrue(tooLong.getMessage().contains("session"), tooLong.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new BinaryFileReplaySource(reader, 0, "SESSI\u00d3N", 1, 1, 2, 3, 4));
            assertThrows(NullPointerException.class, () -> new BinaryFileReplaySource(reader, 0, null, 1, 1, 2, 3, 4));
        }
    }
}
