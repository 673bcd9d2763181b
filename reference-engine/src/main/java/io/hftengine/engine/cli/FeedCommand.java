package io.hftengine.engine.cli;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;

import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.RecordedFeedMessages;
import io.hftengine.engine.feed.FeedSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hft feed}: the feed simulator, publishing a synthetic or recorded ITCH day over MoldUDP64. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Publish a NASDAQ ITCH 5.0 day as MoldUDP64 over UDP and serve retransmissions: a synthetic"
                + " day (--symbols, --seed), or a recorded one (--in: a BinaryFILE, plain or .gz, or a pcap/pcapng"
                + " of MoldUDP64), paced at --rate messages a second; with --line-b, as an A/B feed on two lines."})
public final class FeedCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public FeedCommand() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--symbols", defaultValue = "500", description = "Number of symbols (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--rate", defaultValue = "100000", description = "Messages per second (default: ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the message stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seconds",
            description = "How long to publish (default: 30 for a synthetic day, until the end for --in).")
    Long seconds;

    @Option(names = "--messages", defaultValue = "9223372036854775807", description = "Stop after this many trading messages (the start of day: system events and one"
            + " Stock Directory a symbol, comes on top).")
    long maxMessages;

    @Option(names = "--target", defaultValue = "127.0.0.1:26400",
            description = "Where to send: host:port, unicast or multicast group (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--request-port", defaultValue = "26401",
            description = "Port of the retransmission request server on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int requestPort;

    @Option(names = "--session", defaultValue = "HFTSIM0001", description = "MoldUDP64 session (default: ${DEFAULT-VALUE}).")
    String session;

    @Option(names = "--drop-every", defaultValue = "0",
            description = "Drop every Nth packet to open gaps (0: never); with --line-b, on line A only.")
    int dropEvery;

    @Option(names = "--duplicate-every", defaultValue = "0",
            description = "Send every Nth packet twice (0: never); with --line-b, on line A only.")
    int duplicateEvery;

    @Option(names = "--line-b", paramLabel = "HOST:PORT",
            description = "Publish an A/B feed: also send every packet, heartbeat and end of session here, the B line"
                    + " (network.toml [feed_b]), from its own socket. --target is then line A.")
    String lineB;

    @Option(names = "--line-b-drop-every", defaultValue = "0", paramLabel = "N",
            description = "With --line-b: drop every Nth packet on line B only (0: never). Only a packet both lines"
                    + " drop (every lcm of the two Nth) is left for the retransmission server.")
    int lineBDropEvery;

    @Option(names = "--mirror", paramLabel = "HOST:PORT",
            description = "Also send every packet, never dropped, here: the exchange simulator's own book of the feed"
                    + " (hft exchange --feed).")
    String mirror;

    @Option(names = "--in", paramLabel = "FILE",
            description = "Publish this recording instead of a synthetic day: a BinaryFILE (plain or .gz) or a"
                    + " pcap/pcapng of MoldUDP64, renumbered into --session. A capture's first MoldUDP64 session is"
                    + " republished once, in sequence: packets out of order are held, the other line of an A/B capture"
                    + " and retransmissions skipped, other sessions and other traffic left out and counted.")
    java.nio.file.Path input;

    @Option(names = "--speed", defaultValue = "0",
            description = "With --in: 1 publishes at the recorded pace (capture times, ITCH timestamps), N at N times"
                    + " it; 0 at --rate (default).")
    double speed;

    @Option(names = "--port", defaultValue = "0",
            description = "With a capture --in: only datagrams to this UDP port (one feed of several); 0: all.")
    int port;

    @Option(names = "--pcap", paramLabel = "FILE",
            description = "Write the day into a pcap recording instead of sending it (needs --messages).")
    java.nio.file.Path pcap;

    /** {@code --mirror}, parsed before anything opens. */
    private InetSocketAddress mirrorAddress;
    /** {@code --line-b}, parsed before anything opens. */
    private InetSocketAddress lineBAddress;

    @Override
    public Integer call() throws java.io.IOException {
        if (input != null && pcap != null) {
            throw new IllegalArgumentException("--in and --pcap: a recording is already recorded");
        }
        // Checked before any socket or file is opened: a rate of 0 would divide by zero, a
        // duration of 0 or less publish an empty day and exit as if it had worked.
        OptionRanges.positive("--rate", rate);
        OptionRanges.positive("--messages", maxMessages);
        OptionRanges.symbols(symbols);
        OptionRanges.port("--request-port", requestPort);
        OptionRanges.port("--port", port);
        if (seconds != null) {
            OptionRanges.positiveSeconds("--seconds", seconds);
        }
        // Every address checked before a socket opens or a packet goes out.
        final InetSocketAddress targetAddress = Addresses.parse("--target", target);
        mirrorAddress = mirror == null ? null : Addresses.parse("--mirror", mirror);
        lineBAddress = lineB == null ? null : Addresses.parse("--line-b", lineB);
        if (lineBDropEvery < 0) {
            throw new IllegalArgumentException("--line-b-drop-every must be 0 (never) or more, was " + lineBDropEvery);
        }
        if (lineBDropEvery > 0 && lineB == null) {
            throw new IllegalArgumentException("--line-b-drop-every drops on line B: it needs --line-b HOST:PORT");
        }
        if (lineB != null && pcap != null) {
            throw new IllegalArgumentException("--line-b and --pcap: a recording is written, nothing is sent");
        }
        if (pcap != null && (dropEvery != 0 || duplicateEvery != 0 || !"127.0.0.1:26400".equals(target)
                || requestPort != 26401 || !"HFTSIM0001".equals(session))) {
            // They shape what is sent; a recording is written as generated, under its own stream.
            throw new IllegalArgumentException("--pcap writes the generated day as it is: --drop-every,"
                    + " --duplicate-every, --target, --request-port and --session apply to a feed that is sent");
        }
        if (pcap != null) {
            if (maxMessages == Long.MAX_VALUE) {
                throw new IllegalArgumentException("--pcap needs --messages N");
            }
            final long packets = io.hftengine.engine.feed.SyntheticRecording.write(pcap, symbols, seed, maxMessages, rate);
            System.out.printf("feed: %,d trading messages, after the start of day, in %,d packets written to %s%n",
                    maxMessages, packets, pcap);
            return ExitCodes.OK;
        }
        final long durationNanos = seconds != null ? seconds * 1_000_000_000L
                : input != null ? Long.MAX_VALUE : 30_000_000_000L;
        final FeedOptions options = new FeedOptions(symbols, seed, rate, maxMessages, durationNanos, session,
                targetAddress, new InetSocketAddress("127.0.0.1", 0),
                new InetSocketAddress("127.0.0.1", requestPort), 32, dropEvery, duplicateEvery, 2_000, 1_000);
        if (speed != 0 && input == null) {
            throw new IllegalArgumentException("--speed paces a recording: it needs --in FILE");
        }
        if (input != null) {
            return publishRecording(options);
        }
        try (FeedSimulator feed = new FeedSimulator(options)) {
            mirror(feed);
            System.out.printf("feed: %d symbols, %,d msg/s, seed %d, to %s from %s%s, retransmissions on %s%n", symbols,
                    rate, seed, target, feed.sourceAddress(), lineBText(feed), feed.requestAddress());
            feed.run();
            System.out.printf("feed: %,d messages in %,d packets (%d dropped, %d duplicated on purpose%s), %,d resent%n",
                    feed.messages(), feed.packets(), feed.packetsDropped(), feed.packetsDuplicated(),
                    lineBDrops(feed), feed.retransmittedMessages());
        }
        return ExitCodes.OK;
    }

    private int publishRecording(final FeedOptions options) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be 0 (at --rate) or a finite factor above 0, was " + speed);
        }
        final RecordedFeedMessages recording;
        try {
            recording = RecordedFeedMessages.open(input, port);
        } catch (final java.io.IOException unreadable) {
            System.err.println("feed: " + unreadable.getMessage());
            return ExitCodes.INPUT;
        }
        if (speed > 0) {
            recording.atRecordedPace(speed, System::nanoTime);
        }
        final FeedSimulator simulator;
        try {
            simulator = new FeedSimulator(options, recording);
        } catch (final RuntimeException socketsRefused) {
            recording.close();
            throw socketsRefused;
        }
        try (FeedSimulator feed = simulator) {
            mirror(feed);
            System.out.printf("feed: %s, %s, to %s from %s%s, retransmissions on %s%n", input,
                    speed > 0 ? speed + "x the recorded pace" : String.format("%,d msg/s", rate), target,
                    feed.sourceAddress(), lineBText(feed), feed.requestAddress());
            feed.run();
            System.out.printf("feed: %,d recorded messages in %,d packets (%d dropped, %d duplicated on purpose%s),"
                    + " %,d resent; the recording: session %s, %,d duplicates skipped, %,d gaps (%,d messages"
                    + " missing), packet errors %s, left out: %,d datagrams of other sessions%s, %,d not MoldUDP64,"
                    + " %,d to other ports%n",
                    feed.messages(), feed.packets(), feed.packetsDropped(), feed.packetsDuplicated(),
                    lineBDrops(feed), feed.retransmittedMessages(), recording.session().isEmpty() ? "(none)" : recording.session(),
                    recording.duplicatesSkipped(), recording.recordedGaps(), recording.recordedGapMessages(),
                    recording.packetErrors(), recording.otherSessionDatagrams(),
                    recording.otherSession() == null ? "" : " (first: " + recording.otherSession() + ")",
                    recording.notMoldUdp64Datagrams(), recording.otherPortDatagrams());
        }
        return recording.messagesRepublished() > 0 ? ExitCodes.OK : ExitCodes.INPUT;
    }

    /** Opens the mirror and line B, when asked for. */
    private void mirror(final FeedSimulator feed) {
        if (mirrorAddress != null) {
            feed.mirrorTo(mirrorAddress);
        }
        if (lineBAddress != null) {
            feed.lineB(lineBAddress, lineBDropEvery);
        }
    }

    private String lineBText(final FeedSimulator feed) {
        return lineBAddress == null ? "" : ", line B to " + lineB + " from " + feed.lineBSourceAddress();
    }

    private String lineBDrops(final FeedSimulator feed) {
        return lineBAddress == null ? "" : String.format(" on line A; %d dropped on line B, %d of them on both",
                feed.lineBPacketsDropped(), feed.packetsDroppedOnBothLines());
    }
}
