package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The class contract says nothing allocates per event in steady state: every event kind, the
 * anomalies included (unknown, duplicate and out-of-range input, over-execution, a full order
 * table), is run in a loop once the book has seen its widest sides, and the thread's allocated
 * bytes must not move.
 */
class OrderBookEventAllocationTest {
    private static final int CAPACITY = 512;

    @Test
    void noEventKindAllocatesOnceTheBookIsWarm() throws Exception {
        final OrderBook book = new OrderBook(CAPACITY, 10, 4);
        book.addSymbol(0, 1);
        book.addSymbol(OrderBook.MAX_LOCATE, 2);
        final long[] sink = new long[1];
        final long[] nextRef = {Long.MAX_VALUE - 1_000_000};
        final Runnable day = () -> {
            long r = nextRef[0];
            for (int i = 0; i < 100; i++) {
                final int locate = (i & 1) == 0 ? 0 : OrderBook.MAX_LOCATE;
                final Side side = (i & 2) == 0 ? Side.BUY : Side.SELL;
                final long price = side == Side.BUY ? 1_000_000 - 100L * (i % 40) : 1_000_100 + 100L * (i % 40);
                sink[0] += book.addOrder(locate, r, side, price, 100 + i);
                sink[0] += book.executeOrder(r, 10);
                sink[0] += book.cancelOrder(r, 5);
                sink[0] += book.replaceOrder(r, r, 50, price);
                sink[0] += book.replaceOrder(r, r + 1, 40, price + (side == Side.BUY ? -100 : 100));
                sink[0] += book.addOrder(locate, r + 1, side, price, 1);
                sink[0] += book.executeOrder(r + 1, 1_000);
                sink[0] += book.deleteOrder(r + 1);
                sink[0] += book.deleteOrder(r + 1);
                sink[0] += book.addOrder(7, r + 2, side, price, 1);
                sink[0] += book.addOrder(-1, r + 2, side, price, 1);
                sink[0] += book.addOrder(locate, r + 2, null, 0, 0);
                r += 2;
            }
            // Fill the table, overflow it, then empty it again.
            for (int i = 0; i < CAPACITY + 2; i++) {
                sink[0] += book.addOrder(0, r + i, Side.BUY, 1 + (i % 50), 1);
            }
            for (int i = 0; i < CAPACITY + 2; i++) {
                sink[0] += book.deleteOrder(r + i);
            }
            nextRef[0] = r + CAPACITY + 2;
        };
        final Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
            .invoke(null);
        final Method allocated = Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getCurrentThreadAllocatedBytes");
        for (int i = 0; i < 3_000; i++) {
            day.run();
        }
        final long growths = book.levelGrowths();
        final long start = (long) allocated.invoke(bean);
        for (int i = 0; i < 3_000; i++) {
            day.run();
        }
        final long bytes = (long) allocated.invoke(bean) - start;
        assertEquals(growths, book.levelGrowths(), "no side grew in the measured window");
        assertEquals(0, book.liveOrders());
        assertTrue(bytes < 4096, "allocated " + bytes + " bytes over " + 3_000 * (100 * 12 + 2 * CAPACITY) + " events");
        assertTrue(sink[0] != 0);
    }
}
