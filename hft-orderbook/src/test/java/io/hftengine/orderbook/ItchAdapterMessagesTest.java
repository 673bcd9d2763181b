package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.orderbook.itch.ItchBookAdapter;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.BrokenTradeMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Every book-moving ITCH 5.0 message, encoded and decoded, through {@link ItchBookAdapter}. */
class ItchAdapterMessagesTest {
    private static final int LOC = 42;
    private static final int OTHER = 43;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
    private final OrderBook book = new OrderBook(64, 3, 2);
    private final List<Integer> heard = new ArrayList<>();
    private final ItchBookAdapter adapter = new ItchBookAdapter(book, heard::add);
    private final ItchDecoder decoder = new ItchDecoder(adapter);

    private void decode(final int length) {
        assertTrue(decoder.decode(buffer, 0, length));
    }

    private void directory(final int locate) {
        new StockDirectoryMessage().wrapForEncode(buffer, 0).stockLocate(locate).stock(0x4141504C20202020L);
        decode(StockDirectoryMessage.LENGTH);
    }

    private void add(final int locate, final long ref, final char side, final long shares, final long price) {
        new AddOrderMessage().wrapForEncode(buffer, 0).stockLocate(locate).orderReferenceNumber(ref).side(side)
            .shares(shares).price(price);
        decode(AddOrderMessage.LENGTH);
    }

    @Test
    void everyOrderMessageMovesTheBookAsItch50Says() {
        directory(LOC);
        directory(OTHER);
        assertEquals(BookChange.NONE, adapter.lastChange());
        add(LOC, 1, 'B', 100, 1_000_000);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | LOC, adapter.lastChange());
        new AddOrderMpidMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(2).side('S')
            .shares(200).price(1_010_000).attribution(0x4E534454);
        decode(AddOrderMpidMessage.LENGTH);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | LOC, adapter.lastChange());
        // 'E'
        new OrderExecutedMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(1).executedShares(30)
            .matchNumber(1);
        decode(OrderExecutedMessage.LENGTH);
        assertEquals(70, book.l2(LOC).bestBidSize());
        // 'C' at another price, printable or not: the resting order keeps its price.
        new OrderExecutedWithPriceMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(1)
            .executedShares(20).matchNumber(2).printable('N').executionPrice(990_000);
        decode(OrderExecutedWithPriceMessage.LENGTH);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | LOC, adapter.lastChange());
        assertEquals(50, book.l2(LOC).bestBidSize());
        assertEquals(1_000_000, book.l2(LOC).bestBidPrice());
        assertEquals(1_000_000, book.orderPrice(1));
        // 'X'
        new OrderCancelMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(2).canceledShares(150);
        decode(OrderCancelMessage.LENGTH);
        assertEquals(50, book.orderShares(2));
        // 'P', 'Q', 'B' change nothing and leave lastChange alone.
        final long[] before = ItchSemanticsTest.snapshot(book, LOC);
        final int last = adapter.lastChange();
        final int heardBefore = heard.size();
        new TradeMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(0).side('B').shares(10)
            .price(1_000_000).matchNumber(3);
        decode(TradeMessage.LENGTH);
        new CrossTradeMessage().wrapForEncode(buffer, 0).stockLocate(LOC).shares(1000).crossPrice(1_000_000)
            .matchNumber(4).crossType('O');
        decode(CrossTradeMessage.LENGTH);
        new BrokenTradeMessage().wrapForEncode(buffer, 0).stockLocate(LOC).matchNumber(1);
        decode(BrokenTradeMessage.LENGTH);
        assertArrayEquals(before, ItchSemanticsTest.snapshot(book, LOC));
        assertEquals(last, adapter.lastChange());
        assertEquals(heardBefore, heard.size());
        // 'U' whose header carries another locate: the new order takes the original's side and locate.
        new OrderReplaceMessage().wrapForEncode(buffer, 0).stockLocate(OTHER).originalOrderReferenceNumber(2)
            .newOrderReferenceNumber(3).shares(60).price(1_005_000);
        decode(OrderReplaceMessage.LENGTH);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | LOC, adapter.lastChange());
        assertEquals(1_005_000, book.l2(LOC).bestAskPrice());
        assertEquals(60, book.l2(LOC).bestAskSize());
        assertEquals(0, book.levelCount(OTHER, Side.SELL));
        assertEquals(0, book.orderShares(2));
        // 'D'
        new OrderDeleteMessage().wrapForEncode(buffer, 0).stockLocate(LOC).orderReferenceNumber(3);
        decode(OrderDeleteMessage.LENGTH);
        assertEquals(0, book.levelCount(LOC, Side.SELL));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | LOC, adapter.lastChange());
        // Prices and shares at the top of the unsigned 32-bit wire fields.
        add(LOC, 4, 'S', 0xFFFF_FFFFL, 0xFFFF_FFFFL);
        assertEquals(0xFFFF_FFFFL, book.l2(LOC).bestAskPrice());
        assertEquals(0xFFFF_FFFFL, book.l2(LOC).bestAskSize());
        // Bad input: unknown side, undefined locate, zero price.
        add(LOC, 5, 'Z', 1, 1);
        add(7, 6, 'B', 1, 1);
        add(LOC, 7, 'B', 1, 0);
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_SIDE)); // counted as a quantity before
        assertEquals(0, book.anomalyCount(BookAnomaly.INVALID_QUANTITY));
        assertEquals(1, book.anomalyCount(BookAnomaly.UNKNOWN_SYMBOL));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertEquals(BookChange.ANOMALY | LOC, adapter.lastChange());
        assertEquals(3, book.totalAnomalies());
        assertEquals(heard.size(), heard.stream().filter(c -> c != BookChange.NONE).count());
    }
}
