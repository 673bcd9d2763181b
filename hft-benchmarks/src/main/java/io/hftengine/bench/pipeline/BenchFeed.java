package io.hftengine.bench.pipeline;

import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import io.hftengine.types.Clock;
import io.hftengine.types.Price;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * An in-process MoldUDP64/ITCH feed for benchmarks: after a set-up packet (symbol and a resting
 * book), every {@link #arm()}ed packet deletes the previous big order and adds a new one on the
 * other side, so the book flips between heavy bids and heavy asks and a book-imbalance strategy
 * trades on every packet while the book stays the same size. Packets are encoded in place
 * (allocation-free) and the clock moves 1 ms per packet. {@link #arm()} from any thread, the
 * rest from the market data thread.
 */
public final class BenchFeed implements PacketSource, Clock {
    private static final String SESSION = "BENCHSESS1";
    private static final int LOCATE = 1;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(1500));
    private final UnsafeBuffer message = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
    private final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder();
    private final AddOrderMessage add = new AddOrderMessage();
    private final OrderDeleteMessage delete = new OrderDeleteMessage();
    private long sequence = 1;
    private long ref = 1_000_000;
    // volatile: read by other stage threads in the threaded benchmark
    private volatile long nowNs = 1_700_000_000_000_000_000L;
    private boolean setUp;
    private volatile boolean armed;
    private volatile long packets;

    /** Creates the feed; the first poll delivers the set-up packet. */
    public BenchFeed() {
    }

    /** Makes the next poll deliver one flipping packet. */
    public void arm() {
        armed = true;
    }

    @Override
    public int poll(final PacketHandler handler) {
        if (!setUp) {
            setUp = true;
            packet.wrap(buffer, 0, 1500, SESSION, sequence);
            final StockDirectoryMessage dir = new StockDirectoryMessage();
            dir.wrapForEncode(message, 0).stockLocate(LOCATE).stock(Symbol.pack("BENCH")).marketCategory('Q')
                .roundLotSize(100);
            packet.append(message, 0, StockDirectoryMessage.LENGTH);
            for (int i = 0; i < 10; i++) {
                append(2 + 2 * i, 'B', 100, 1_000_000 - 100 * i);
                append(3 + 2 * i, 'S', 100, 1_000_100 + 100 * i);
            }
            sequence += packet.messageCount();
            handler.onPacket(buffer, 0, packet.length());
            return 1;
        }
        if (!armed) {
            return 0;
        }
        armed = false;
        nowNs += 1_000_000;
        packet.wrap(buffer, 0, 1500, SESSION, sequence);
        if (packets > 0) {
            delete.wrapForEncode(message, 0).stockLocate(LOCATE).timestampNs(packets).orderReferenceNumber(ref);
            packet.append(message, 0, OrderDeleteMessage.LENGTH);
        }
        ref++;
        final boolean bid = (packets & 1) == 0;
        append(ref, bid ? 'B' : 'S', 5_000, bid ? 1_000_000 : 1_000_100);
        sequence += packet.messageCount();
        packets++;
        handler.onPacket(buffer, 0, packet.length());
        return 1;
    }

    private void append(final long orderRef, final char side, final long shares, final long price) {
        add.wrapForEncode(message, 0).stockLocate(LOCATE).timestampNs(packets).orderReferenceNumber(orderRef).side(side)
            .shares(shares).stock(Symbol.pack("BENCH")).price(price);
        packet.append(message, 0, AddOrderMessage.LENGTH);
    }

    @Override
    public long epochNanos() {
        return nowNs;
    }

    /** @return flipping packets delivered */
    public long packets() {
        return packets;
    }

    /**
     * The pipeline the pipeline benchmarks measure: this feed as its packet source and clock, a
     * book-imbalance strategy that trades on every armed packet, and risk limits it never hits.
     *
     * @param config layout, rings and latency tracking of the benchmark
     * @param transport where orders go (a simulated exchange on this feed's clock)
     * @return the built, unstarted pipeline
     */
    Pipeline tradingPipeline(final PipelineConfig config, final OrderTransport transport) {
        return PipelineBuilder.create().config(config).clock(this)
            .riskLimits(RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000).maxOrderNotional(1_000_000 * Price.ONE)
                .maxSymbolPosition(10_000).maxTotalPosition(10_000).orderRate(1_000_000, 1_000).priceBandBps(1_000)
                .maxOpenOrders(64).build())
            .strategy(new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(16).depth(10).thresholdBps(2_000)
                .orderQuantity(100).maxPosition(1_000).maxSpread(Price.ONE).cooldownNs(0).build()))
            .packetSource(this, RetransmitRequester.NONE)
            .orderTransport(transport)
            .build();
    }
}
