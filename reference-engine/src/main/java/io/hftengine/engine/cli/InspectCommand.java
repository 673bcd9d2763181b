package io.hftengine.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.engine.feed.RecordedFiles;
import io.hftengine.engine.feed.RecordedMoldSequence;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.tools.InspectBinaryFile;
import io.hftengine.protocol.tools.ItchStatistics;
import io.hftengine.replay.pcap.CaptureEnd;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.SkipReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hft inspect}: what a recording, BinaryFILE or drop-copy journal holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Message counts by type, symbols, system events, time span and errors of a NASDAQ"
                + " BinaryFILE (plain or gzipped, as NASDAQ publishes it), or of a pcap/pcapng recording of MoldUDP64 (plus its sequence gaps,"
                + " duplicates, each UDP stream it holds, other MoldUDP64 sessions and the capture records that were not"
                + " MoldUDP64). On a drop-copy journal (engine.toml [journal] path): records by direction and OUCH type,"
                + " time span, highest order id, venue session and last reply, records after a drop, a cut-short tail"
                + " and the orders open at the end, as a restart would recover them."})
public final class InspectCommand implements Callable<Integer> {
    /** Out-of-order packets held while waiting for the ones before them. */
    private static final int MAX_HELD_PACKETS = 65_536;

    @Parameters(index = "0", description = "The file: NASDAQ BinaryFILE (ITCH 5.0, plain or .gz), pcap/pcapng of MoldUDP64,"
            + " or a drop-copy journal (told by its header).")
    Path file;

    @Option(names = "--records",
            description = "Journal only: also print each record on one line (time, direction, OUCH type, order id,"
                    + " side, shares, price, venue reply number).")
    boolean records;

    @Option(names = "--port", defaultValue = "0",
            description = "pcap only: the feed's UDP destination port; 0 takes every UDP datagram (default).")
    int port;

    /** Creates the command; picocli fills its options. */
    public InspectCommand() {
        // fields are set by picocli
    }

    @Override
    public Integer call() throws IOException {
        // Out of range, no datagram could match: a usage error, not a file that holds nothing.
        OptionRanges.port("--port", port);
        final boolean capture;
        try {
            RecordedFiles.requireReadableFile(file);
            if (JournalInspection.isJournal(file)) {
                return JournalInspection.inspect(file, records, System.out, System.err);
            }
            if (records) {
                throw new IllegalArgumentException("--records lists a drop-copy journal's records; " + file
                        + " is not a journal");
            }
            capture = RecordedFiles.isCapture(file);
        } catch (final IOException unreadable) {
            System.err.println("inspect: " + unreadable.getMessage());
            return ExitCodes.INPUT;
        }
        final ItchStatistics statistics = capture ? inspectCapture(file, port, System.out)
                : InspectBinaryFile.inspect(file, System.out);
        if (statistics.totalMessages() == 0) {
            // Counts of nothing look like an answer: say plainly that the file was not understood.
            System.err.println("inspect: no ITCH message decoded from " + file + (capture
                    ? " (no MoldUDP64 datagram" + (port != 0 ? " to port " + port : "") + " held one)"
                    : ": not a BinaryFILE (2-byte length + ITCH 5.0 message), gzipped or plain, nor a pcap/pcapng"));
            return ExitCodes.INPUT;
        }
        return ExitCodes.OK;
    }

    /**
     * Reads a pcap/pcapng of MoldUDP64 packets and prints the ITCH statistics of one session, each
     * message counted once however often the capture holds it (both lines of an A/B feed) and in
     * whatever order, the holes nothing in the capture fills, and what the capture held besides:
     * the UDP streams it was read from, datagrams of other sessions, what was not MoldUDP64 and the
     * capture records that were not UDP, by reason.
     *
     * @param file the capture
     * @param port the feed's UDP destination port, or 0 for every datagram
     * @param out where the report goes
     * @return the ITCH statistics
     * @throws IOException when the file is not a capture or cannot be read
     */
    static ItchStatistics inspectCapture(final Path file, final int port, final PrintStream out) throws IOException {
        final ItchStatistics statistics = new ItchStatistics();
        final ItchDecoder itch = new ItchDecoder(statistics);
        final RecordedMoldSequence sequence = new RecordedMoldSequence(
                (sequenceNumber, buffer, offset, length) -> itch.decode(buffer, offset, length), MAX_HELD_PACKETS);
        final UdpStreams streams = new UdpStreams();
        final long[] otherPorts = new long[1];
        try (PcapReader reader = PcapReader.open(file)) {
            reader.readAll((epochNanos, buffer, offset, length, srcIp, srcPort, dstIp, dstPort) -> {
                if (port != 0 && dstPort != port) {
                    otherPorts[0]++;
                    return;
                }
                streams.count(srcIp, srcPort, dstIp, dstPort);
                sequence.onDatagram(buffer, offset, length);
            });
            sequence.finish();
            final StringBuilder sb = new StringBuilder(4096);
            sb.append("file: ").append(file).append(" (").append(reader.format()).append(", ")
                .append(reader.fileLength()).append(" bytes, ended ").append(reader.end());
            if (reader.end() == CaptureEnd.CORRUPT || reader.end() == CaptureEnd.TRUNCATED) {
                // Where, so that a hex dump or a repair can start there: nothing after it was read.
                sb.append(" at byte ").append(reader.position()).append(reader.isCompressed() ? " of the inflated stream" : "");
            }
            sb.append(")\n");
            sb.append("udp datagrams: ").append(streams.total()).append(" read");
            if (port != 0) {
                sb.append(", ").append(otherPorts[0]).append(" to other ports");
            }
            sb.append('\n');
            streams.appendTo(sb);
            for (final SkipReason reason : SkipReason.values()) {
                final long n = reader.skipCounters().count(reason);
                if (n > 0) {
                    sb.append("capture records skipped, ").append(reason).append(": ").append(n).append('\n');
                }
            }
            appendSequence(sb, sequence);
            statistics.appendReport(sb);
            sb.append("decode errors: ").append(itch.errorCounters()).append('\n');
            out.print(sb);
        }
        return statistics;
    }

    private static void appendSequence(final StringBuilder sb, final RecordedMoldSequence sequence) {
        sb.append("moldudp64: session ").append(sequence.session().isEmpty() ? "(none)" : sequence.session())
            .append(", ").append(sequence.sessionDatagrams()).append(" datagrams, sequence ")
            .append(sequence.firstSequence()).append(" .. ").append(sequence.nextSequence() - 1)
            .append(sequence.isEndOfSession() ? ", end of session" : "").append('\n');
        sb.append("moldudp64: gaps ").append(sequence.gaps()).append(" (").append(sequence.messagesMissing())
            .append(" messages missing), duplicates ").append(sequence.duplicateMessages())
            .append(" (messages seen again: the other line of an A/B feed, retransmissions), packet errors ")
            .append(sequence.packetErrors()).append('\n');
        if (sequence.otherSessionDatagrams() > 0) {
            sb.append("other MoldUDP64 sessions, left out: ").append(sequence.otherSessionDatagrams())
                .append(" datagrams (first: ").append(sequence.otherSession())
                .append("; --port picks one feed)\n");
        }
        if (sequence.notMoldUdp64Datagrams() > 0) {
            sb.append("udp datagrams not MoldUDP64, left out: ").append(sequence.notMoldUdp64Datagrams()).append('\n');
        }
    }
}
