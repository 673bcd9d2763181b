package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the sequencer tests share: a {@link MoldUdp64Sequencer} fed raw datagrams whose every
 * message is an 8-byte payload holding its own sequence number, so what was applied, and in which
 * order, can be checked directly; the requests it sent; how often it marked the books stale.
 */
abstract class SequencerTestBase {
    static final String SESSION = "SESSION001";
    static final long T0 = 1_000_000_000_000L;
    static final long TIMEOUT_NS = 1_000_000_000L;

    final MutableClock clock = new MutableClock(T0);
    final Counters<MarketDataCounter> counters = new Counters<>("md", MarketDataCounter.class);
    /** Sequence numbers applied, in order (-1 for a message that is not 8 bytes). */
    final List<Long> applied = new ArrayList<>();
    /** Each request as {first, count}. */
    final List<long[]> requests = new ArrayList<>();
    /** What the requester answers: false as if the request could not be sent. */
    boolean sendSucceeds = true;
    int staleCalls;

    MoldUdp64Sequencer sequencer(final int maxHeld, final int maxPacketLength) {
        final RetransmitRequester requester = (buffer, offset, length) -> {
            final MoldUdp64Header h = new MoldUdp64Header().wrap(buffer, offset);
            requests.add(new long[] {h.sequenceNumber(), h.messageCount()});
            return sendSucceeds;
        };
        return new MoldUdp64Sequencer(
            (buffer, offset, length) -> applied.add(length == 8 ? buffer.getLong(offset) : -1),
            counters, requester, clock, () -> staleCalls++, 1, maxHeld, maxPacketLength, TIMEOUT_NS);
    }

    /** A packet of {@code count} 8-byte messages, each holding its own sequence number. */
    static byte[] packet(final long first, final int count) {
        final byte[] bytes = new byte[20 + count * 10];
        final UnsafeBuffer b = new UnsafeBuffer(bytes);
        b.putBytes(0, SESSION.getBytes(StandardCharsets.US_ASCII));
        b.putLong(10, first, ByteOrder.BIG_ENDIAN);
        b.putShort(18, (short) count, ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < count; i++) {
            b.putShort(20 + i * 10, (short) 8, ByteOrder.BIG_ENDIAN);
            b.putLong(22 + i * 10, first + i);
        }
        return bytes;
    }

    /** The packet with another message count in its header (0 heartbeat, 0xFFFF End of Session). */
    static byte[] withCount(final byte[] packet, final int count) {
        new UnsafeBuffer(packet).putShort(18, (short) count, ByteOrder.BIG_ENDIAN);
        return packet;
    }

    static void feed(final MoldUdp64Sequencer s, final byte[]... packets) {
        for (final byte[] p : packets) {
            s.onPacket(new UnsafeBuffer(p), 0, p.length);
        }
    }

    long count(final MarketDataCounter c) {
        return counters.get(c);
    }

    static List<Long> range(final long from, final long toInclusive) {
        final List<Long> out = new ArrayList<>();
        for (long s = from; s <= toInclusive; s++) {
            out.add(s);
        }
        return out;
    }

    Map<MarketDataCounter, Long> snapshot() {
        final Map<MarketDataCounter, Long> m = new EnumMap<>(MarketDataCounter.class);
        for (final MarketDataCounter c : MarketDataCounter.values()) {
            m.put(c, counters.get(c));
        }
        return m;
    }
}
