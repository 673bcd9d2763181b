package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code run} over SoupBinTCP whose metrics file cannot be made (here its directory is a file;
 * in production, another live engine owns it) stops before it logs in to the venue. Before, it
 * logged in first, then failed and left the logged-in connection open: at a venue where the last
 * login wins, a second engine started by mistake took the first engine's session.
 */
class RefusedMetricsFileLogsInNowhereTest {
    private static final int FEED_PORT = 47330;
    private static final int VENUE_PORT = 47332;

    @TempDir
    Path dir;

    @Test
    void aMetricsFileThatCannotBeMadeStopsTheRunBeforeItsVenueLogin() throws Exception {
        RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(FEED_PORT, 0, RunFixtures.soupVenue(VENUE_PORT)));
        final Path notADirectory = Files.writeString(dir.resolve("metrics"), "a file, not a directory");
        try (ServerSocketChannel venue = ServerSocketChannel.open()) {
            venue.bind(new InetSocketAddress("127.0.0.1", VENUE_PORT));
            venue.configureBlocking(false);

            final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "1",
                    "--warmup", "0", "--metrics-file", notADirectory.resolve("metrics.dat").toString());

            assertNotEquals(0, exit, "the metrics file's directory is a file");
            // The connection would be queued, accepted or not, once the run returned.
            try (SocketChannel login = venue.accept()) {
                assertNull(login, "the run connected to the venue although it could not start");
            }
        }
    }
}
