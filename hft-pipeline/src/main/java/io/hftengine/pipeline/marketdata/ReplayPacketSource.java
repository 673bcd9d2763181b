package io.hftengine.pipeline.marketdata;

import io.hftengine.replay.Pacer;
import io.hftengine.replay.Playback;
import io.hftengine.replay.ReplaySource;
import io.hftengine.replay.VirtualClock;
import org.agrona.DirectBuffer;

import java.io.IOException;

/**
 * Replay feed: datagrams from an hft-replay {@link ReplaySource} (pcap, pcapng), one per poll,
 * through an hft-replay {@link Playback} that paces them without blocking (as fast as possible,
 * recorded pace, or N times it) and advances the {@link VirtualClock} to each packet's recorded
 * time before the pipeline sees it. Only datagrams to {@code feedPort} are handed over (0 = all); others in the
 * capture (orders, requests) are skipped and counted. Market data thread only.
 */
public final class ReplayPacketSource implements PacketSource, io.hftengine.replay.pcap.PacketHandler {
    private final ReplaySource source;
    private final Playback playback;
    private final int feedPort;
    private PacketHandler target;
    private long skipped;

    /**
     * Creates the source.
     *
     * @param source recorded datagrams
     * @param clock the pipeline's clock, advanced to each packet's time
     * @param pacer playback speed
     * @param feedPort UDP destination port of the feed, or 0 for every datagram
     */
    public ReplayPacketSource(final ReplaySource source, final VirtualClock clock, final Pacer pacer,
                              final int feedPort) {
        this.source = source;
        this.playback = new Playback(clock, pacer, this);
        this.feedPort = feedPort;
    }

    /**
     * Delivers the next datagram if it is due; never waits for one that is not (it is kept for a
     * later poll), so the market data stage stays free to stop during a long recorded silence.
     */
    @Override
    public int poll(final PacketHandler handler) {
        target = handler;
        return playback.pollDue(source);
    }

    @Override
    public void onPacket(final long epochNanos, final DirectBuffer buffer, final int offset, final int length,
                         final int srcIp, final int srcPort, final int dstIp, final int dstPort) {
        if (feedPort != 0 && dstPort != feedPort) {
            skipped++;
            return;
        }
        target.onPacket(buffer, offset, length);
    }

    /**
     * Returns datagrams skipped because they were not for the feed port.
     *
     * @return datagrams skipped because they were not for the feed port
     */
    public long skipped() {
        return skipped;
    }

    /**
     * Returns the playback (lateness statistics).
     *
     * @return the playback (lateness statistics)
     */
    public Playback playback() {
        return playback;
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (final IOException ignored) {
            // closing a finished recording: nothing to recover
        }
    }
}
