package io.hftengine.engine.cli;

import static io.hftengine.engine.feed.CaptureFiles.A_GROUP;
import static io.hftengine.engine.feed.CaptureFiles.A_SOURCE;
import static io.hftengine.engine.feed.CaptureFiles.B_GROUP;
import static io.hftengine.engine.feed.CaptureFiles.B_SOURCE;
import static io.hftengine.engine.feed.CaptureFiles.FEED_PORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.hftengine.engine.feed.CaptureFiles;
import io.hftengine.engine.feed.CaptureFiles.Frame;
import io.hftengine.engine.feed.CaptureFiles.Packet;
import io.hftengine.protocol.tools.ItchStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft inspect} on captures shaped like real exchange captures: both lines of an A/B feed,
 * other traffic, a late start, reordering, fragments, VLAN tags, every capture format.
 */
class InspectRealCaptureTest {
    @TempDir
    static Path dir;
    static List<Packet> day;
    static long dayMessages;

    @BeforeAll
    static void synthesise() throws Exception {
        day = CaptureFiles.syntheticDay(dir, 8, 5, 3_000);
        dayMessages = day.stream().mapToLong(Packet::count).sum();
    }

    private record Inspected(ItchStatistics stats, String report) {
    }

    private static Inspected inspect(final String name, final byte[] capture, final int port) throws Exception {
        final Path file = dir.resolve(name);
        Files.write(file, capture);
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final ItchStatistics stats = InspectCommand.inspectCapture(file, port, new PrintStream(text, true, "UTF-8"));
        return new Inspected(stats, text.toString(StandardCharsets.UTF_8));
    }

    private static List<Frame> oneLine(final List<Packet> packets, final int... vlan) {
        final List<Frame> frames = new ArrayList<>();
        for (final Packet p : packets) {
            frames.add(CaptureFiles.onLine(p, A_SOURCE, A_GROUP, vlan));
        }
        return frames;
    }

    @Test
    void bothLinesOfAnAbFeedCountEachMessageOnceAndSayTheRestAreDuplicates() throws Exception {
        final Inspected ab = inspect("ab.pcap", CaptureFiles.classicPcap(true, CaptureFiles.bothLines(day)), 0);
        assertEquals(dayMessages, ab.stats.totalMessages(), ab.report);
        assertTrue(ab.report.contains("gaps 0 (0 messages missing)"), ab.report);
        assertTrue(ab.report.contains("duplicates " + dayMessages), ab.report);
    }

    @Test
    void aPacketLostOnOneLineButCarriedByTheOtherIsNoGap() throws Exception {
        // Packets 20 and 21 never made it on the A line; A's 22 comes before B's 20 and 21.
        final List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < day.size(); k++) {
            final Packet p = day.get(k);
            if (k == 20 || k == 21) {
                continue;
            }
            frames.add(CaptureFiles.onLine(p, A_SOURCE, A_GROUP));
            if (k == 22) {
                frames.add(CaptureFiles.onLine(day.get(20), B_SOURCE, B_GROUP));
                frames.add(CaptureFiles.onLine(day.get(21), B_SOURCE, B_GROUP));
            }
            if (k != 19) {
                frames.add(CaptureFiles.onLine(p, B_SOURCE, B_GROUP));
            }
        }
        final Inspected ab = inspect("ab-loss.pcap", CaptureFiles.classicPcap(true, frames), 0);
        assertEquals(dayMessages, ab.stats.totalMessages(), ab.report);
        assertTrue(ab.report.contains("gaps 0 (0 messages missing)"), ab.report);
    }

    @Test
    void packetsOutOfOrderInTheCaptureAreNotAGapNorLost() throws Exception {
        final List<Packet> reordered = new ArrayList<>(day);
        Collections.swap(reordered, 30, 31);
        Collections.swap(reordered, 60, 62);
        final Inspected out = inspect("reordered.pcap", CaptureFiles.classicPcap(true, oneLine(reordered)), 0);
        assertEquals(dayMessages, out.stats.totalMessages(), out.report);
        assertTrue(out.report.contains("gaps 0 (0 messages missing)"), out.report);
    }

    @Test
    void aCaptureJoinedMidSessionHasNoGapBeforeItsFirstPacket() throws Exception {
        final List<Packet> late = day.subList(50, day.size());
        final Inspected out = inspect("late.pcap", CaptureFiles.classicPcap(false, oneLine(late)), 0);
        assertEquals(late.stream().mapToLong(Packet::count).sum(), out.stats.totalMessages(), out.report);
        assertTrue(out.report.contains("gaps 0 (0 messages missing)"), out.report);
    }

    @Test
    void anotherSessionOtherUdpTcpAndArpAreLeftOutAndCountedByReason() throws Exception {
        final List<Frame> frames = new ArrayList<>();
        int i = 0;
        for (final Packet p : day) {
            frames.add(CaptureFiles.onLine(p, A_SOURCE, A_GROUP));
            // Another MoldUDP64 session (another market's feed) on another group and port, far ahead in sequence.
            final Packet other = p.renamed("OTHERFEED1", 1_000_000);
            frames.add(new Frame(p.epochNanos() + 1, 0, CaptureFiles.ethernet(0x0800,
                    CaptureFiles.ipv4Udp(B_SOURCE, 40_001, B_GROUP, FEED_PORT + 2, other.payload()))));
            if (i++ % 10 == 0) {
                frames.add(new Frame(p.epochNanos() + 2, 0, CaptureFiles.arp()));
                frames.add(new Frame(p.epochNanos() + 3, 0, CaptureFiles.ethernet(0x0800,
                        CaptureFiles.ipv4Tcp(A_SOURCE, 15_000, B_SOURCE, 40_000, new byte[] {0, 3, 'H', 0, 0}))));
                frames.add(new Frame(p.epochNanos() + 4, 0, CaptureFiles.ethernet(0x0800,
                        CaptureFiles.ipv4Udp(A_SOURCE, 123, B_SOURCE, 123, new byte[48]))));
            }
        }
        final byte[] capture = CaptureFiles.classicPcap(true, frames);
        final Inspected byPort = inspect("mixed.pcap", capture, FEED_PORT);
        assertEquals(dayMessages, byPort.stats.totalMessages(), byPort.report);
        assertTrue(byPort.report.contains("gaps 0 (0 messages missing)"), byPort.report);
        assertTrue(byPort.report.contains("NOT_IPV4: " + (day.size() + 9) / 10), byPort.report);
        assertTrue(byPort.report.contains("NOT_UDP: " + (day.size() + 9) / 10), byPort.report);
        // Without --port: the first session seen is the feed; the other one is counted, not mixed in.
        final Inspected all = inspect("mixed-all.pcap", capture, 0);
        assertEquals(dayMessages, all.stats.totalMessages(), all.report);
        assertTrue(all.report.contains("gaps 0 (0 messages missing)"), all.report);
        assertTrue(all.report.contains("other MoldUDP64 sessions"), all.report);
    }

    @Test
    void everyFormatVlanTagsAndInterfacesGiveTheSameCounts() throws Exception {
        final Inspected micro = inspect("micro.pcap", CaptureFiles.classicPcap(false, oneLine(day)), 0);
        final Inspected nano = inspect("nano.pcap", CaptureFiles.classicPcap(true, oneLine(day, 100, 200)), 0);
        final List<Frame> twoInterfaces = new ArrayList<>();
        for (final Frame f : CaptureFiles.bothLines(day)) {
            twoInterfaces.add(new Frame(f.epochNanos(), twoInterfaces.size() % 2, f.bytes()));
        }
        final Inspected ng = inspect("ab.pcapng", CaptureFiles.pcapng(2, twoInterfaces), 0);
        for (final Inspected each : List.of(micro, nano, ng)) {
            assertEquals(dayMessages, each.stats.totalMessages(), each.report);
            assertTrue(each.report.contains("gaps 0 (0 messages missing)"), each.report);
        }
        assertEquals(micro.stats.firstTimestampNs(), ng.stats.firstTimestampNs());
        assertEquals(micro.stats.lastTimestampNs(), ng.stats.lastTimestampNs());
    }

    @Test
    void aCaptureCutInsideItsLastPacketSaysSo() throws Exception {
        final byte[] whole = CaptureFiles.classicPcap(true, oneLine(day));
        final byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        final Inspected out = inspect("cut.pcap", cut, 0);
        assertEquals(dayMessages - day.get(day.size() - 1).count(), out.stats.totalMessages(), out.report);
        final List<Frame> allButTheLast = oneLine(day);
        allButTheLast.remove(allButTheLast.size() - 1);
        final int lastRecordAt = CaptureFiles.classicPcap(true, allButTheLast).length;
        assertTrue(out.report.contains("ended TRUNCATED at byte " + lastRecordAt + ")"), out.report);
        assertTrue(out.report.contains("TRUNCATED_RECORD: 1"), out.report);
        // Gzipped, the offset is in the inflated stream, which can be longer than the file.
        final java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(gz)) {
            zip.write(cut);
        }
        final Inspected gzipped = inspect("cut.pcap.gz", gz.toByteArray(), 0);
        assertTrue(gzipped.report.contains("ended TRUNCATED at byte " + lastRecordAt + " of the inflated stream)"),
            gzipped.report);
    }

    @Test
    void anIpFragmentIsCountedAndItsMessagesReportedMissing() throws Exception {
        final List<Frame> frames = oneLine(day);
        final Packet big = day.get(40);
        final byte[][] parts = CaptureFiles.fragments(A_SOURCE, 40_000, A_GROUP, FEED_PORT, big.payload(), 200);
        frames.set(40, new Frame(big.epochNanos(), 0, CaptureFiles.ethernet(0x0800, parts[0])));
        frames.add(41, new Frame(big.epochNanos() + 1, 0, CaptureFiles.ethernet(0x0800, parts[1])));
        final Inspected out = inspect("fragments.pcap", CaptureFiles.classicPcap(true, frames), 0);
        assertEquals(dayMessages - big.count(), out.stats.totalMessages(), out.report);
        assertTrue(out.report.contains("IP_FRAGMENT: 2"), out.report);
        assertTrue(out.report.contains("gaps 1 (" + big.count() + " messages missing)"), out.report);
    }

    @Test
    void captureTimesGoingBackwardsChangeNothing() throws Exception {
        final List<Packet> skewed = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            final Packet p = day.get(i);
            skewed.add(i % 7 == 3 ? p.at(p.epochNanos() - 5_000_000_000L) : p);
        }
        final Inspected out = inspect("backwards.pcap", CaptureFiles.classicPcap(true, oneLine(skewed)), 0);
        assertEquals(dayMessages, out.stats.totalMessages(), out.report);
        assertTrue(out.report.contains("gaps 0 (0 messages missing)"), out.report);
    }
}
