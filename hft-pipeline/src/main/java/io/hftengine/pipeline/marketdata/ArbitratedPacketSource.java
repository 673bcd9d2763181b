package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import org.agrona.DirectBuffer;

/**
 * A/B line arbitration: an exchange publishes its feed twice, on two lines, so that a datagram
 * lost on one is still had from the other. Both lines are read into the same sequencer, which
 * takes each message from whichever line brings it first and counts the other copy a duplicate;
 * a gap opens only when a message is missing from both lines for longer than the sequencer's
 * request delay.
 *
 * <p>The lines take turns at being read first, so a line that is always busy cannot keep the
 * other waiting. Retransmission requests go out on the A line's socket (their answers come back
 * to it). Datagrams per line are counted ({@link MarketDataCounter#LINE_A_DATAGRAMS},
 * {@link MarketDataCounter#LINE_B_DATAGRAMS}). Market data thread only; allocation-free.
 */
public final class ArbitratedPacketSource implements PacketSource, RetransmitRequester {
    private final UdpPacketSource lineA;
    private final UdpPacketSource lineB;
    private Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private boolean lineBFirst;

    /**
     * Arbitrates two open lines; both are closed with this source.
     *
     * @param lineA the A line, which also sends retransmission requests
     * @param lineB the B line
     */
    public ArbitratedPacketSource(final UdpPacketSource lineA, final UdpPacketSource lineB) {
        this.lineA = lineA;
        this.lineB = lineB;
    }

    @Override
    public int poll(final PacketHandler handler) {
        lineBFirst = !lineBFirst;
        if (lineBFirst) {
            return from(lineB, MarketDataCounter.LINE_B_DATAGRAMS, handler) != 0 ? 1
                : from(lineA, MarketDataCounter.LINE_A_DATAGRAMS, handler);
        }
        return from(lineA, MarketDataCounter.LINE_A_DATAGRAMS, handler) != 0 ? 1
            : from(lineB, MarketDataCounter.LINE_B_DATAGRAMS, handler);
    }

    private int from(final UdpPacketSource line, final MarketDataCounter datagrams, final PacketHandler handler) {
        final int got = line.poll(handler);
        if (got > 0) {
            counters.increment(datagrams);
        }
        return got;
    }

    /**
     * Returns the local port a line is bound to (useful when bound to port 0).
     *
     * @param lineA true for the A line, false for the B line
     * @return the port
     */
    public int localPort(final boolean lineA) {
        return lineA ? this.lineA.localPort() : this.lineB.localPort();
    }

    @Override
    public boolean request(final DirectBuffer buffer, final int offset, final int length) {
        return lineA.request(buffer, offset, length);
    }

    @Override
    public void countInto(final Counters<MarketDataCounter> stageCounters) {
        counters = stageCounters;
        lineA.countInto(stageCounters);
        lineB.countInto(stageCounters);
    }

    @Override
    public void close() {
        lineA.close();
        lineB.close();
    }
}
