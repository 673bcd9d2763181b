package io.hftengine.pipeline.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The simulated venue filling against its book of the feed: crossing orders take the touch at its
 * price, the rest rests at its limit and fills when the market reaches it; a fixed ratio no longer.
 */
class SimulatedExchangeMarketFillsTest {
    private static final long STOCK = 0x4142432020202020L; // "ABC     "
    private final Touch touch = new Touch();
    private final SimulatedExchange venue = new SimulatedExchange(() -> 0L, 50, 1_000_000, 16).fillAgainst(touch);
    private final List<String> replies = new ArrayList<>();
    private final ReplyHandler record = (buffer, offset, length) -> {
        final char type = (char) buffer.getByte(offset);
        if (type == ExecutedMessage.MESSAGE_TYPE) {
            final ExecutedMessage e = new ExecutedMessage().wrap(buffer, offset);
            replies.add("E " + e.orderTokenNumber() + " " + e.executedShares() + "@" + e.executionPrice() + " "
                + e.liquidityFlag());
        } else {
            replies.add(String.valueOf(type));
        }
    };

    @Test
    void aBuyThroughTheAskFillsAtTheAskUpToItsSizeAndTheRestRests() {
        touch.set(100_0000, 300, 101_0000, 200);
        enter(1, 'B', 500, 102_0000);
        assertEquals(List.of("A", "E 1 200@1010000 R"), replies);
        assertEquals(1, venue.restingOrders());
        assertEquals(0, venue.matchResting(record), "the 200 offered are taken already");
        touch.set(100_0000, 300, 101_5000, 400); // a new offer, still under the limit
        assertEquals(1, venue.matchResting(record));
        assertEquals("E 1 300@1015000 R", replies.get(2), "the rest of a crossing order takes the offer shown");
        assertEquals(0, venue.restingOrders());
    }

    @Test
    void anOrderAwayFromTheTouchRestsUntilTheMarketReachesItsLimit() {
        touch.set(100_0000, 300, 101_0000, 200);
        enter(7, 'S', 400, 101_5000);
        assertEquals(List.of("A"), replies);
        assertEquals(0, venue.matchResting(record), "the bid is still below the limit");
        touch.set(101_6000, 150, 102_0000, 100); // the bid moves through the offer
        assertEquals(1, venue.matchResting(record));
        assertEquals(0, venue.matchResting(record), "the same touch does not fill the same order twice");
        touch.set(101_6000, 160, 102_0000, 100); // the touch changes: 160 more shown
        assertEquals(1, venue.matchResting(record));
        assertEquals(List.of("A", "E 7 150@1015000 A", "E 7 160@1015000 A"), replies);
        touch.set(101_6000, 500, 102_0000, 100);
        venue.matchResting(record);
        assertEquals("E 7 90@1015000 A", replies.get(3), "only what is left");
        assertEquals(0, venue.restingOrders());
    }

    @Test
    void anEmptyOppositeSideOrAnUnknownStockFillsNothing() {
        touch.set(100_0000, 300, 0, 0);
        enter(3, 'B', 100, 200_0000);
        assertEquals(List.of("A"), replies);
        assertEquals(0, venue.matchResting(record));
    }

    @Test
    void aCancelledOrderNeverFills() {
        touch.set(100_0000, 300, 101_0000, 200);
        enter(4, 'B', 100, 100_5000);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        new CancelOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(4).shares(0);
        venue.handle(buffer, 0, CancelOrderMessage.LENGTH, record);
        touch.set(99_0000, 300, 100_0000, 200);
        assertEquals(0, venue.matchResting(record));
        assertEquals(List.of("A", "C"), replies);
    }

    private void enter(final long token, final char side, final long shares, final long price) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(token).side(side).shares(shares)
            .stock(STOCK).price(price).timeInForce(99_999).firm(0).display('Y').capacity('P')
            .intermarketSweepEligibility('N').minimumQuantity(0).crossType('N');
        venue.handle(buffer, 0, EnterOrderMessage.LENGTH, record);
    }

    /** One stock's touch, set by the test. */
    private static final class Touch implements MarketView {
        long bid;
        long bidSize;
        long ask;
        long askSize;

        void set(final long bid, final long bidSize, final long ask, final long askSize) {
            this.bid = bid;
            this.bidSize = bidSize;
            this.ask = ask;
            this.askSize = askSize;
        }

        @Override
        public long bestPrice(final long stock, final Side side) {
            return stock != STOCK ? 0 : side == Side.BUY ? bid : ask;
        }

        @Override
        public long bestSize(final long stock, final Side side) {
            return stock != STOCK ? 0 : side == Side.BUY ? bidSize : askSize;
        }
    }
}
