package io.hftengine.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.replay.pcap.PcapWriter;
import io.hftengine.types.SystemClock;
import org.agrona.CloseHelper;
import org.agrona.concurrent.UnsafeBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hft record}: a feed recorded to pcap. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record the UDP datagrams arriving on a port into a pcap file (nanosecond timestamps, real"
                + " Ethernet/IPv4/UDP headers), readable by tshark/Wireshark and by ./hft replay."})
public final class RecordCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public RecordCommand() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--listen", defaultValue = "127.0.0.1:26400", description = "Address to receive on (default: ${DEFAULT-VALUE}).")
    String listen;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The pcap file to write.")
    Path out;

    @Option(names = "--seconds", defaultValue = "10", description = "How long to record (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--overwrite", description = "Replace --out if it exists (without it, an existing file is refused).")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        OptionRanges.positiveSeconds("--seconds", seconds);
        final InetSocketAddress bind = Addresses.parse("--listen", listen);
        if (!overwrite && Files.exists(out)) {
            throw new IllegalArgumentException("--out " + out + " exists: a recording is not overwritten"
                    + " unless --overwrite is given");
        }
        final int dstIp = ipv4(bind);
        final ByteBuffer in = ByteBuffer.allocateDirect(65_536);
        final UnsafeBuffer view = new UnsafeBuffer(in);
        final MoldUdp64Header header = new MoldUdp64Header();
        final SystemClock clock = new SystemClock();
        long packets = 0;
        long nextSequence = 0;
        long messagesMissing = 0;
        // The socket first: a port in use must not cost an existing file its contents.
        try (DatagramChannel channel = open(bind)) {
            try (PcapWriter writer = PcapWriter.create(out)) {
                System.out.println("record: " + bind.getAddress().getHostAddress() + ":" + bind.getPort() + " -> "
                        + out + " for " + seconds + " s");
                final long end = System.nanoTime() + seconds * 1_000_000_000L;
                while (System.nanoTime() - end < 0) {
                    final InetSocketAddress from = (InetSocketAddress) channel.receive(in.clear());
                    if (from == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    final int length = in.position();
                    writer.write(clock.epochNanos(), ipv4(from), from.getPort(), dstIp, bind.getPort(), view, 0, length);
                    packets++;
                    // MoldUDP64 sequence numbers say what the socket missed (a full receive buffer
                    // drops datagrams without telling the reader).
                    if (length >= MoldUdp64Descriptor.HEADER_LENGTH) {
                        header.wrap(view, 0);
                        final long sequence = header.sequenceNumber();
                        final int count = header.messageCount();
                        if (nextSequence > 0 && sequence > nextSequence) {
                            messagesMissing += sequence - nextSequence;
                        }
                        if (count != MoldUdp64Descriptor.END_OF_SESSION_COUNT) {
                            nextSequence = Math.max(nextSequence, sequence + count);
                        }
                    }
                }
            }
        }
        System.out.printf("record: %,d datagrams written to %s%s%n", packets, out,
                messagesMissing == 0 ? "" : String.format("; MoldUDP64 sequence gaps: %,d messages never arrived"
                        + " (the feed dropped them, or the socket's receive buffer overflowed)", messagesMissing));
        return ExitCodes.OK;
    }

    private static DatagramChannel open(final InetSocketAddress bind) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open(StandardProtocolFamily.INET);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
            channel.bind(bind);
            channel.configureBlocking(false);
            return channel;
        } catch (final IOException e) {
            CloseHelper.quietClose(channel); // the bind failure is the news
            throw new UncheckedIOException("record: cannot bind " + bind.getAddress().getHostAddress() + ":"
                    + bind.getPort() + ": " + e.getMessage(), e);
        }
    }

    private static int ipv4(final InetSocketAddress address) {
        final byte[] b = address.getAddress().getAddress();
        return b.length == 4 ? ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF) : 0;
    }
}
