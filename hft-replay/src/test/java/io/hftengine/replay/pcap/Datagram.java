package io.hftengine.replay.pcap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** One datagram as written or read, for comparing in tests. */
record Datagram(long epochNanos, int srcIp, int srcPort, int dstIp, int dstPort, byte[] payload) {

    void writeTo(final PcapWriter writer) {
        writer.write(epochNanos, srcIp, srcPort, dstIp, dstPort, new UnsafeBuffer(payload), 0, payload.length);
    }

    static List<Datagram> readAll(final PcapReader reader) {
        final List<Datagram> read = new ArrayList<>();
        reader.readAll(collector(read));
        return read;
    }

    static PacketHandler collector(final List<Datagram> into) {
        return (long epochNanos, DirectBuffer buffer, int offset, int length, int srcIp, int srcPort, int dstIp,
            int dstPort) -> {
            final byte[] payload = new byte[length];
            buffer.getBytes(offset, payload);
            into.add(new Datagram(epochNanos, srcIp, srcPort, dstIp, dstPort, payload));
        };
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Datagram d && d.epochNanos == epochNanos && d.srcIp == srcIp && d.srcPort == srcPort
            && d.dstIp == dstIp && d.dstPort == dstPort && Arrays.equals(d.payload, payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochNanos) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Datagram[" + epochNanos + " " + Integer.toHexString(srcIp) + ":" + srcPort + " -> "
            + Integer.toHexString(dstIp) + ":" + dstPort + " len=" + payload.length + "]";
    }
}
