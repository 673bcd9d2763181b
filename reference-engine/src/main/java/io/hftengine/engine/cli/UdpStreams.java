package io.hftengine.engine.cli;

/**
 * The UDP streams (source address and port to destination address and port) a capture's datagrams
 * were read from, counted: the first {@value #LISTED} apart, the rest together. A capture holding
 * both lines of an A/B feed shows two streams of the same size, so doubled datagram counts are
 * explained rather than left to look like the feed's own. No allocation per datagram.
 */
final class UdpStreams {
    private static final int LISTED = 8;
    private final int[] srcIp = new int[LISTED];
    private final int[] srcPort = new int[LISTED];
    private final int[] dstIp = new int[LISTED];
    private final int[] dstPort = new int[LISTED];
    private final long[] datagrams = new long[LISTED];
    private int streams;
    private long unlisted;
    private long total;

    void count(final int fromIp, final int fromPort, final int toIp, final int toPort) {
        total++;
        for (int i = 0; i < streams; i++) {
            if (srcIp[i] == fromIp && srcPort[i] == fromPort && dstIp[i] == toIp && dstPort[i] == toPort) {
                datagrams[i]++;
                return;
            }
        }
        if (streams == LISTED) {
            unlisted++;
            return;
        }
        srcIp[streams] = fromIp;
        srcPort[streams] = fromPort;
        dstIp[streams] = toIp;
        dstPort[streams] = toPort;
        datagrams[streams++] = 1;
    }

    long total() {
        return total;
    }

    void appendTo(final StringBuilder sb) {
        for (int i = 0; i < streams; i++) {
            sb.append("  stream ");
            address(sb, srcIp[i]).append(':').append(srcPort[i]).append(" -> ");
            address(sb, dstIp[i]).append(':').append(dstPort[i]).append(": ").append(datagrams[i])
                .append(" datagrams\n");
        }
        if (unlisted > 0) {
            sb.append("  other streams: ").append(unlisted).append(" datagrams\n");
        }
    }

    private static StringBuilder address(final StringBuilder sb, final int ip) {
        return sb.append(ip >>> 24).append('.').append((ip >>> 16) & 0xFF).append('.').append((ip >>> 8) & 0xFF)
            .append('.').append(ip & 0xFF);
    }
}
