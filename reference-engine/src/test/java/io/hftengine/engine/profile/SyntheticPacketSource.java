package io.hftengine.engine.profile;

import java.util.ArrayDeque;

import io.hftengine.engine.feed.MessageMix;
import io.hftengine.engine.feed.MoldUdp64FeedEncoder;
import io.hftengine.engine.feed.SyntheticItchFeed;
import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import org.agrona.concurrent.UnsafeBuffer;

/** An endless, gap-free in-process ITCH feed for the pipeline (a test workload; it allocates per packet). */
final class SyntheticPacketSource implements PacketSource {
    private final SyntheticItchFeed feed = new SyntheticItchFeed(64, 7, 64 * 200, 1_000, MessageMix.NASDAQ_DAY);
    private final ArrayDeque<byte[]> ready = new ArrayDeque<>();
    private final UnsafeBuffer view = new UnsafeBuffer(new byte[0]);
    private final MoldUdp64FeedEncoder encoder;
    private boolean started;
    private long packets;

    SyntheticPacketSource() {
        encoder = new MoldUdp64FeedEncoder("HFTSIM0001", 1400, 32, (buffer, offset, length, firstSequence, count) -> {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            ready.add(copy);
        });
    }

    @Override
    public int poll(final PacketHandler handler) {
        if (!started) {
            started = true;
            feed.startOfDay(encoder);
            encoder.flush();
        }
        while (ready.isEmpty()) {
            feed.next(encoder);
        }
        final byte[] packet = ready.poll();
        view.wrap(packet);
        handler.onPacket(view, 0, packet.length);
        packets++;
        return 1;
    }

    long packets() {
        return packets;
    }
}
