package io.hftengine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic random ITCH session over three symbols, as MoldUDP64 packets with their times:
 * adds around 100.00 that build one-sided books, executions and deletes. Optional faults: the
 * packet at {@code gapAt} is delivered after the next one (a gap filled by a late packet), the
 * packet at {@code duplicateAt} is delivered twice, and a garbage datagram follows it.
 */
public final class ScenarioFeed {
    public static final long T0 = 1_700_000_000_000_000_000L;

    public final List<byte[]> packets = new ArrayList<>();
    public final List<Long> times = new ArrayList<>();

    public ScenarioFeed(final long seed, final int packetCount, final int gapAt, final int duplicateAt) {
        final TestFeed feed = new TestFeed();
        final SplittableRandom rnd = new SplittableRandom(seed);
        final List<long[]> live = new ArrayList<>();
        final List<byte[]> raw = new ArrayList<>();
        final List<Long> rawTimes = new ArrayList<>();
        long seq = 1;
        long ref = 1;
        long t = T0;
        raw.add(feed.packet(seq, feed.stockDirectory(1, "ALC"), feed.stockDirectory(2, "BOB"),
            feed.stockDirectory(3, "CHAR")));
        rawTimes.add(t);
        seq += 3;
        for (int p = 0; p < packetCount; p++) {
            t += 50_000 + rnd.nextInt(2_000_000);
            final int n = 1 + rnd.nextInt(3);
            final byte[][] messages = new byte[n][];
            for (int m = 0; m < n; m++) {
                final int action = live.size() < 6 ? 0 : rnd.nextInt(10);
                if (action < 6) {
                    final int locate = 1 + rnd.nextInt(3);
                    final boolean buy = rnd.nextInt(100) < (p / 40 % 2 == 0 ? 70 : 30);
                    final long price = buy ? 999_000 + rnd.nextInt(10) * 100 : 1_001_000 + rnd.nextInt(10) * 100;
                    final long shares = 100 + rnd.nextInt(9) * 100;
                    live.add(new long[] {ref, locate, shares});
                    messages[m] = feed.addOrder(locate, ref++, buy ? 'B' : 'S', shares, price);
                } else if (action < 8) {
                    final long[] o = live.remove(rnd.nextInt(live.size()));
                    messages[m] = feed.delete((int) o[1], o[0]);
                } else {
                    final long[] o = live.get(rnd.nextInt(live.size()));
                    final long qty = Math.min(o[2], 100);
                    o[2] -= qty;
                    if (o[2] == 0) {
                        live.remove(o);
                    }
                    messages[m] = feed.execute((int) o[1], o[0], qty, seq);
                }
            }
            raw.add(feed.packet(seq, messages));
            rawTimes.add(t);
            seq += n;
        }
        for (int i = 0; i < raw.size(); i++) {
            if (i == gapAt && i + 1 < raw.size()) {
                add(raw.get(i + 1), rawTimes.get(i + 1));
                add(raw.get(i), rawTimes.get(i + 1));
                i++;
                continue;
            }
            add(raw.get(i), rawTimes.get(i));
            if (i == duplicateAt) {
                add(raw.get(i), rawTimes.get(i));
                add(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}, rawTimes.get(i));
            }
        }
    }

    private void add(final byte[] packet, final long time) {
        packets.add(packet);
        times.add(time);
    }

    public QueuePacketSource source(final MutableClock clock) {
        final QueuePacketSource source = new QueuePacketSource(clock, true);
        for (int i = 0; i < packets.size(); i++) {
            source.add(times.get(i), packets.get(i));
        }
        return source;
    }
}
