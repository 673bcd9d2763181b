package io.hftengine.examples.quickstart;

import io.hftengine.spsc.SpscEventRing;
import io.hftengine.types.Price;
import io.hftengine.types.Quantity;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import io.hftengine.types.SymbolTable;

/**
 * A user's first program against the toolkit: fixed-point prices and an SPSC event ring, read
 * from the installed artifacts on the module path. It checks its own results and exits non-zero
 * if any is wrong, so CI catches a broken export as surely as a broken number.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /** A pre-allocated event, filled in place by the producer. */
    static final class Quote {
        int symbolId;
        long price;
        long quantity;
        Side side;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(final String[] args) {
        final long price = Price.parse("101.2575");
        final long quantity = Quantity.fromShares(300);
        final long notional = Price.notional(price, quantity);
        final StringBuilder line = new StringBuilder("300 x ");
        Price.appendTo(price, line).append(" = ");
        Price.appendTo(notional, line);
        System.out.println(line);
        check(Price.toString(notional).equals("30377.25"), "notional of 300 x 101.2575 must be 30377.25: " + line);
        check(Price.toWire4(price) == 1_012_575L, "ITCH wire price of 101.2575 must be 1012575");

        final SymbolTable symbols = new SymbolTable(16);
        final int aapl = symbols.register(Symbol.pack("AAPL"));
        check(symbols.idOf(Symbol.pack("AAPL")) == aapl, "symbol lookup must find AAPL");

        final SpscEventRing<Quote> ring = new SpscEventRing<>(8, Quote::new);
        for (int i = 0; i < 5; i++) {
            final long seq = ring.claim();
            final Quote q = ring.event(seq);
            q.symbolId = aapl;
            q.price = Price.add(price, Price.ofUnits(i));
            q.quantity = quantity;
            q.side = i % 2 == 0 ? Side.BUY : Side.SELL;
            ring.publish(seq);
        }
        final long[] sum = new long[1];
        final int polled = ring.poll((quote, sequence, endOfBatch) -> sum[0] += quote.price, 8);
        check(polled == 5, "five quotes must come out of the ring, got " + polled);
        check(sum[0] == 5 * price + Price.ofUnits(10), "quote prices must arrive intact");
        System.out.println("quickstart OK: " + polled + " quotes through the ring, sum of prices " + Price.toString(sum[0]));
    }

    private static void check(final boolean condition, final String message) {
        if (!condition) {
            System.err.println("quickstart FAILED: " + message);
            System.exit(1);
        }
    }
}
