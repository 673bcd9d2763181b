package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;

/**
 * Where the market data stage gets datagrams: a UDP channel live, a recording in replay, or an
 * in-process feed in a benchmark. Called from the market data thread only; non-blocking and
 * allocation-free. A replay source advances the virtual clock to the packet's recorded time
 * before handing it over, so the stages see packet time through the same {@code Clock}.
 */
public interface PacketSource extends AutoCloseable {
    /**
     * Hands at most one datagram to the handler.
     *
     * @param handler receives it
     * @return 1 when a datagram was handed over, 0 when none was ready, -1 at the end of a
     *     finite source (replay)
     */
    int poll(PacketHandler handler);

    /**
     * Called once by the stage that will poll this source, before it starts: a source that drops
     * datagrams itself (a live socket refusing a foreign sender) counts them there, from the
     * polling thread, so the stage's counters stay single-writer and the drop shows in the run
     * summary. Sources that drop nothing ignore it.
     *
     * @param counters the polling stage's counters
     */
    default void countInto(final Counters<MarketDataCounter> counters) {
    }

    /** Releases the source; never throws. */
    @Override
    default void close() {
    }
}
