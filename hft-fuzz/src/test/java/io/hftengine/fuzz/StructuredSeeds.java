package io.hftengine.fuzz;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.types.Symbol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Seeds of the targets that read a {@code FuzzedDataProvider}, written in their input schema by a
 * {@link FuzzedDataBuilder}: a session that builds a book and runs it through duplicates, a gap
 * and its fill, garbage and lies ({@link MarketDataStageFuzzTest}); operation streams that fill,
 * trade and empty a book ({@link OrderBookFuzzTest}).
 */
final class StructuredSeeds
{
    private static final int LOCATE = 1;

    private StructuredSeeds()
    {
    }

    /**
     * Seeds of {@code MarketDataStageFuzzTest#datagrams}.
     *
     * @param sampleFrames ITCH messages from the start of the NASDAQ sample
     * @return seed name to bytes
     */
    static Map<String, byte[]> marketData(final List<byte[]> sampleFrames)
    {
        final Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("book-gap-fill-garbage", bookSession(config(5, 10, false, true)));
        seeds.put("conflating-2-event-ring", bookSession(config(10, 1, true, false)));
        final FuzzedDataBuilder sample = config(1, 4, false, true);
        for (int first = 0; first + 8 <= sampleFrames.size(); first += 8)
        {
            framed(sample, 0, sampleFrames.subList(first, first + 8).toArray(new byte[0][]));
        }
        seeds.put("sample-frames", sample.build());
        return seeds;
    }

    /** Publish depth, ring size, policy, hold area of 4 x 1500 bytes, first sequence 1, requests sent. */
    private static FuzzedDataBuilder config(final int depth, final int ringBits, final boolean conflate,
                                            final boolean requestsSent)
    {
        return new FuzzedDataBuilder()
            .consumeInt(1, 10, depth)
            .consumeInt(1, 10, ringBits)
            .consumeBoolean(conflate)
            .consumeInt(1, 4, 4)
            .consumeInt(20, 1500, 1500)
            .consumeInt(0, 2, 1)
            .consumeBoolean(requestsSent);
    }

    private static byte[] bookSession(final FuzzedDataBuilder in)
    {
        // 1..4 define a symbol and build both sides
        framed(in, 0, stockDirectory(), add(11, 'B', 100, 100_000), add(12, 'S', 50, 100_100),
            addMpid(13, 'B', 10, 99_000));
        // 7..8 arrive first and are held behind the gap 5..6, which comes next and releases them
        framed(in, 2, replace(13, 14, 5, 99_500), add(15, 'S', 7, 100_200));
        framed(in, 0, execute(12, 20), cancel(11, 10));
        // a copy of the first packet, a heartbeat, then executions (one non-printable, over the
        // order's shares), a delete and a trade
        repeat(in, 0, 3);
        framed(in, 0);
        framed(in, 0, executeWithPrice(14, 5, 'Y', 99_500), delete(15), trade(1, 'B', 300, 100_050),
            executeWithPrice(11, 500, 'N', 100_000));
        // garbage, a packet whose lengths lie, an idle cycle past the gap timeout
        in.consumeInt(0, 3, 0).consumeInt(0, 4, MarketDataStageFuzzTest.RAW).consumeInt(0, 1500, 7)
            .consumeBytes(new byte[] {'G', 'A', 'R', 'B', 'A', 'G', 'E'});
        in.consumeInt(0, 3, 0).consumeInt(0, 4, MarketDataStageFuzzTest.LYING).consumeInt(0, 7, 1)
            .consumeInt(-4, 8, 0).consumeInt(0, 8, 1).consumeInt(0, 0xFFFF, 3);
        final byte[] add = add(16, 'B', 1, 100_000);
        in.consumeInt(0, 64, add.length).consumeBytes(add).consumeInt(0, 0xFFFF, add.length + 9);
        in.consumeInt(0, 3, 3).consumeInt(0, 4, MarketDataStageFuzzTest.IDLE);
        return in.build();
    }

    /** One honest MoldUDP64 packet step: no clock advance, our session, {@code delta} past expected. */
    private static void framed(final FuzzedDataBuilder in, final int delta, final byte[]... messages)
    {
        in.consumeInt(0, 3, 0).consumeInt(0, 4, MarketDataStageFuzzTest.FRAMED).consumeInt(0, 7, 1)
            .consumeInt(-4, 8, delta).consumeInt(0, 9, messages.length);
        for (final byte[] m : messages)
        {
            in.consumeInt(0, 64, m.length).consumeBytes(m);
        }
    }

    private static void repeat(final FuzzedDataBuilder in, final int index, final int datagramsSoFar)
    {
        in.consumeInt(0, 3, 0).consumeInt(0, 4, MarketDataStageFuzzTest.REPEAT).consumeInt(0, datagramsSoFar - 1, index);
    }

    private static byte[] stockDirectory()
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[StockDirectoryMessage.LENGTH]);
        new StockDirectoryMessage().wrapForEncode(b, 0).stockLocate(LOCATE).stock(Symbol.pack("ALC"));
        return b.byteArray();
    }

    private static byte[] add(final long ref, final char side, final long shares, final long price)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[AddOrderMessage.LENGTH]);
        new AddOrderMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref).side(side)
            .shares(shares).stock(Symbol.pack("ALC")).price(price);
        return b.byteArray();
    }

    private static byte[] addMpid(final long ref, final char side, final long shares, final long price)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[AddOrderMpidMessage.LENGTH]);
        new AddOrderMpidMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref).side(side)
            .shares(shares).stock(Symbol.pack("ALC")).price(price);
        return b.byteArray();
    }

    private static byte[] execute(final long ref, final long shares)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[OrderExecutedMessage.LENGTH]);
        new OrderExecutedMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref)
            .executedShares(shares).matchNumber(ref);
        return b.byteArray();
    }

    private static byte[] executeWithPrice(final long ref, final long shares, final char printable, final long price)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[OrderExecutedWithPriceMessage.LENGTH]);
        new OrderExecutedWithPriceMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref)
            .executedShares(shares).matchNumber(ref).printable(printable).executionPrice(price);
        return b.byteArray();
    }

    private static byte[] cancel(final long ref, final long shares)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[OrderCancelMessage.LENGTH]);
        new OrderCancelMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref).canceledShares(shares);
        return b.byteArray();
    }

    private static byte[] delete(final long ref)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[OrderDeleteMessage.LENGTH]);
        new OrderDeleteMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref);
        return b.byteArray();
    }

    private static byte[] replace(final long oldRef, final long newRef, final long shares, final long price)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[OrderReplaceMessage.LENGTH]);
        new OrderReplaceMessage().wrapForEncode(b, 0).stockLocate(LOCATE).originalOrderReferenceNumber(oldRef)
            .newOrderReferenceNumber(newRef).shares(shares).price(price);
        return b.byteArray();
    }

    private static byte[] trade(final long ref, final char side, final long shares, final long price)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[TradeMessage.LENGTH]);
        new TradeMessage().wrapForEncode(b, 0).stockLocate(LOCATE).orderReferenceNumber(ref).side(side)
            .shares(shares).stock(Symbol.pack("ALC")).price(price).matchNumber(ref);
        return b.byteArray();
    }

    /**
     * Seeds of {@code OrderBookFuzzTest#operations}.
     *
     * @return seed name to bytes
     */
    static Map<String, byte[]> orderBook()
    {
        final Map<String, byte[]> seeds = new LinkedHashMap<>();
        // capacity 8, depth 3, 1 initial level: adds on both sides of locates 0 and 1 (fresh refs
        // 1..8, the last refused for capacity), then operations on the latest refs
        final FuzzedDataBuilder in = new FuzzedDataBuilder().consumeInt(1, 64, 8).consumeInt(1, 10, 3).consumeInt(1, 4, 1);
        for (int i = 0; i < 9; i++)
        {
            in.consumeInt(0, 5, OrderBookFuzzTest.ADD).consumeInt(0, 7, i % 2).consumeInt(0, 4, 0)
                .consumeInt(0, 8, i % 3 == 0 ? 5 : 1).consumeInt(0, 19, i).consumeInt(0, 19, i % 4);
        }
        // recent refs are 1..9 (newest last): execute 1 share of #8, cancel 16 of #7 (more than it
        // holds), replace #6 by the fresh #10, delete #10
        in.consumeInt(0, 5, OrderBookFuzzTest.EXECUTE).consumeInt(0, 4, 2).consumeInt(0, 8, 1).consumeInt(0, 19, 0);
        in.consumeInt(0, 5, OrderBookFuzzTest.CANCEL).consumeInt(0, 4, 2).consumeInt(0, 8, 2).consumeInt(0, 19, 15);
        in.consumeInt(0, 5, OrderBookFuzzTest.REPLACE).consumeInt(0, 4, 2).consumeInt(0, 8, 3).consumeInt(0, 4, 0)
            .consumeInt(0, 19, 3).consumeInt(0, 19, 0);
        in.consumeInt(0, 5, OrderBookFuzzTest.DELETE).consumeInt(0, 4, 2).consumeInt(0, 9, 0);
        in.consumeInt(0, 5, OrderBookFuzzTest.SYMBOL).consumeInt(0, 7, 3);
        in.consumeInt(0, 5, OrderBookFuzzTest.ADD).consumeInt(0, 7, 3).consumeInt(0, 4, 0).consumeInt(0, 8, 4)
            .consumeInt(0, 19, 18).consumeInt(0, 19, 18);
        seeds.put("fill-trade-empty", in.build());
        return seeds;
    }
}
