package io.hftengine.pipeline.marketdata;

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

    /** Releases the source; never throws. */
    @Override
    default void close() {
    }
}
