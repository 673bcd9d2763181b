package io.hftengine.examples.quickstart;

import io.hftengine.orderbook.BookChangeListener;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.orderbook.itch.ItchBookAdapter;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The second thing a user writes: ITCH 5.0 messages encoded into an Agrona buffer, decoded
 * straight into an order-by-order book. It runs on the module path with Agrona, an automatic
 * module this module does not require: it is read through hft-protocol's {@code requires
 * transitive org.agrona}, so a descriptor that stopped exporting Agrona with its API fails here.
 */
public final class ItchBook {
    private static final int LOCATE = 7;

    private ItchBook() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(final String[] args) {
        final OrderBook book = new OrderBook();
        final ItchDecoder decoder = new ItchDecoder(new ItchBookAdapter(book, BookChangeListener.NO_OP));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

        new StockDirectoryMessage().wrapForEncode(buffer, 0).stockLocate(LOCATE).stock(Symbol.pack("AAPL"));
        check(decoder.decode(buffer, 0, StockDirectoryMessage.LENGTH), "the stock directory message must decode");

        final AddOrderMessage add = new AddOrderMessage();
        final long[] prices = {1_012_500L, 1_012_575L, 1_012_400L}; // ITCH's 4 decimals: 101.25, 101.2575, 101.24
        for (int i = 0; i < prices.length; i++) {
            add.wrapForEncode(buffer, 0).stockLocate(LOCATE).orderReferenceNumber(i + 1L).side('B')
                .shares(100L * (i + 1)).stock(Symbol.pack("AAPL")).price(prices[i]);
            check(decoder.decode(buffer, 0, AddOrderMessage.LENGTH), "add order " + (i + 1) + " must decode");
        }

        final long bestBid = book.levelPrice(LOCATE, Side.BUY, 0);
        check(book.liveOrders() == 3, "three orders must rest in the book, got " + book.liveOrders());
        check(bestBid == 1_012_575L, "best bid must be 101.2575 (1012575 on the wire), got " + bestBid);
        check(book.levelSize(LOCATE, Side.BUY, 0) == 200L, "the best bid must hold 200 shares");
        System.out.println("itch book OK: " + Symbol.toString(book.symbol(LOCATE)) + " best bid " + bestBid
            + " x " + book.levelSize(LOCATE, Side.BUY, 0) + ", " + book.levelCount(LOCATE, Side.BUY) + " levels");
    }

    private static void check(final boolean condition, final String message) {
        if (!condition) {
            System.err.println("itch book FAILED: " + message);
            System.exit(1);
        }
    }
}
