package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.HftMain;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conflicting feed options are refused before anything is read or written; {@code --line-b} sends
 * an A/B feed, each line with its own drops. Ports: 47600-47999 only (the default ones may be in
 * use by a running engine).
 */
class FeedCommandOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingCannotAlsoBeWrittenAsASyntheticPcap() {
        final Path out = dir.resolve("out.pcap");
        // Before the fix the --pcap branch ran first, wrote a synthetic day and ignored --in.
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--in", dir.resolve("day.itch").toString(), "--pcap",
                out.toString(), "--messages", "10"));
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void lineBDropsNeedALineB() {
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--line-b-drop-every", "5", "--target",
                "127.0.0.1:47640", "--request-port", "47641", "--messages", "10"));
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--line-b", "127.0.0.1:47642", "--line-b-drop-every",
                "-1", "--target", "127.0.0.1:47640", "--request-port", "47641", "--messages", "10"));
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--line-b", "nowhere", "--target",
                "127.0.0.1:47640", "--request-port", "47641", "--messages", "10"));
    }

    @Test
    void lineBCarriesWhatLineADropsAndDropsItsOwn() throws Exception {
        try (DatagramChannel lineA = receiver(47_610); DatagramChannel lineB = receiver(47_611)) {
            final CompletableFuture<Integer> feed = CompletableFuture.supplyAsync(() -> HftMain.execute("feed",
                    "--symbols", "3", "--messages", "300", "--rate", "20000", "--target", "127.0.0.1:47610",
                    "--line-b", "127.0.0.1:47611", "--request-port", "47612", "--drop-every", "3",
                    "--line-b-drop-every", "4"));
            final Line a = new Line();
            final Line b = new Line();
            final long deadline = System.nanoTime() + 20_000_000_000L;
            while ((a.endOfSession < 0 || b.endOfSession < 0) && System.nanoTime() < deadline) {
                final boolean any = a.read(lineA) | b.read(lineB);
                if (!any) {
                    Thread.sleep(1);
                }
            }
            assertEquals(ExitCodes.OK, feed.get());
            assertTrue(a.endOfSession > 300 && a.endOfSession == b.endOfSession, a.endOfSession + " " + b.endOfSession);
            // Number the packets as the feed built them: each hole in what the two lines brought
            // together is one packet both dropped. Packet k is then on A unless k % 3 == 0, on B
            // unless k % 4 == 0.
            final TreeMap<Long, Integer> packets = new TreeMap<>(a.packets);
            packets.putAll(b.packets);
            long next = 1;
            int k = 0;
            final StringBuilder seen = new StringBuilder();
            for (final Map.Entry<Long, Integer> p : packets.entrySet()) {
                if (p.getKey() > next) {
                    k++;
                    assertEquals(0, k % 12, "a hole where both lines dropped packet " + k + seen);
                }
                k++;
                seen.append(' ').append(k).append(':').append(p.getKey());
                assertEquals(k % 3 != 0, a.packets.containsKey(p.getKey()), "packet " + k + " on line A" + seen);
                assertEquals(k % 4 != 0, b.packets.containsKey(p.getKey()), "packet " + k + " on line B" + seen);
                next = p.getKey() + p.getValue();
            }
            if (next < a.endOfSession) {
                k++;
                assertEquals(0, k % 12, "the last packet, " + k + ", was dropped on both lines" + seen);
            }
            assertTrue(k >= 12, "enough packets to drop some on both lines: " + k);
        }
    }

    private static DatagramChannel receiver(final int port) throws java.io.IOException {
        final DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.bind(new InetSocketAddress("127.0.0.1", port));
        channel.configureBlocking(false);
        return channel;
    }

    /** What one line brought: its packets (first sequence, count) and where its End of Session says it ends. */
    private static final class Line {
        final Map<Long, Integer> packets = new HashMap<>();
        final ByteBuffer in = ByteBuffer.allocate(2048).order(ByteOrder.BIG_ENDIAN);
        long endOfSession = -1;

        boolean read(final DatagramChannel channel) throws java.io.IOException {
            in.clear();
            if (channel.receive(in) == null) {
                return false;
            }
            final long first = in.getLong(10);
            final int count = in.getShort(18) & 0xFFFF;
            if (count == 0xFFFF) {
                endOfSession = first;
            } else {
                packets.put(first, count);
            }
            return true;
        }
    }

    /** Options that shape what is sent were silently ignored with --pcap (a user-tester's gaps never appeared). */
    @Test
    void optionsOfASentFeedAreRefusedWithPcap() {
        final Path out = dir.resolve("shaped.pcap");
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--pcap", out.toString(), "--messages", "100",
            "--drop-every", "50"));
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--pcap", out.toString(), "--messages", "100",
            "--target", "127.0.0.1:47650"));
        assertEquals(ExitCodes.OK, HftMain.execute("feed", "--pcap", out.toString(), "--messages", "100"));
    }
}
