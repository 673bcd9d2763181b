package io.hftengine.engine.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.replay.pcap.PcapWriter;
import io.hftengine.types.SystemClock;
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

    @Override
    public Integer call() throws IOException {
        OptionRanges.positiveSeconds("--seconds", seconds);
        final InetSocketAddress bind = Addresses.parse("--listen", listen);
        final int dstIp = ipv4(bind);
        final ByteBuffer in = ByteBuffer.allocateDirect(65_536);
        final UnsafeBuffer view = new UnsafeBuffer(in);
        final SystemClock clock = new SystemClock();
        long packets = 0;
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
             PcapWriter writer = PcapWriter.create(out)) {
            channel.bind(bind);
            channel.configureBlocking(false);
            System.out.println("record: " + bind + " -> " + out + " for " + seconds + " s");
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() - end < 0) {
                final InetSocketAddress from = (InetSocketAddress) channel.receive(in.clear());
                if (from == null) {
                    Thread.onSpinWait();
                    continue;
                }
                writer.write(clock.epochNanos(), ipv4(from), from.getPort(), dstIp, bind.getPort(), view, 0, in.position());
                packets++;
            }
        }
        System.out.printf("record: %,d datagrams written to %s%n", packets, out);
        return ExitCodes.OK;
    }

    private static int ipv4(final InetSocketAddress address) {
        final byte[] b = address.getAddress().getAddress();
        return b.length == 4 ? ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF) : 0;
    }
}
