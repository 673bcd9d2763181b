package io.hftengine.pipeline.message;

import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Ring slots are reused: an event filled in a slot that held another kind of event must read
 * exactly as the same event filled in a fresh slot, with nothing left over from before.
 */
class MessageSlotReuseTest {

    /** Every field a reader can see, through the accessors. */
    private static String snapshot(final MarketEvent e) {
        final StringBuilder out = new StringBuilder().append(e.type()).append(' ').append(e.symbolId()).append(' ')
            .append(e.eventTimeNs()).append(' ').append(e.stale()).append(" trade=").append(e.tradeQuantity())
            .append('@').append(e.tradePrice()).append(" aggressor=").append(e.aggressorSide()).append(" bids=")
            .append(e.bidLevels()).append(" asks=").append(e.askLevels());
        for (int i = 0; i < MarketEvent.MAX_LEVELS; i++) {
            out.append(' ').append(e.bidQuantity(i)).append('@').append(e.bidPrice(i)).append('/')
                .append(e.askQuantity(i)).append('@').append(e.askPrice(i));
        }
        return out.toString();
    }

    private static MarketEvent aBook(final MarketEvent e) {
        e.book(MarketEventType.BOOK_UPDATE, 3, 30, false);
        e.addBid(100, 1);
        e.addAsk(101, 2);
        return e;
    }

    private static MarketEvent aTrade(final MarketEvent e) {
        return e.trade(4, 40, 105, 7, Side.SELL, false);
    }

    @Test
    void aBookEventInASlotThatHeldATradeHasNoAggressorLeftOver() {
        final MarketEvent slot = aTrade(new MarketEvent());
        assertEquals(snapshot(aBook(new MarketEvent())), snapshot(aBook(slot)));
        assertNull(slot.aggressorSide(), "a book event has no aggressor");
    }

    @Test
    void aTradeInASlotThatHeldADeepBookHasNoLevelsLeftOver() {
        final MarketEvent slot = aBook(new MarketEvent());
        for (int i = 1; i < MarketEvent.MAX_LEVELS; i++) {
            slot.addBid(100 - i, 1 + i);
            slot.addAsk(101 + i, 2 + i);
        }
        assertEquals(snapshot(aTrade(new MarketEvent())), snapshot(aTrade(slot)));
    }

    @Test
    void aCancelSignalInASlotThatHeldAnOrderKeepsNothingButItsOwnFields() {
        final SignalEvent slot = new SignalEvent();
        slot.order(Side.SELL, 9, 3, 100, 50, 1);
        slot.cancel(9, 2);
        final SignalEvent fresh = new SignalEvent().cancel(9, 2);
        assertEquals(fresh.toString() + fresh.side() + fresh.timeNs(), slot.toString() + slot.side() + slot.timeNs());
    }

    @Test
    void aReportInASlotThatHeldAFillKeepsNoTradeFields() {
        final ExecutionReport slot = new ExecutionReport();
        slot.set(ExecType.FILLED, 1, 2, Side.BUY, 3).fill(10, 100, 77).leavesQuantity(5).price(100)
            .venueReason((byte) 'X').rejectReason(RejectReason.ORDER_RATE);
        slot.set(ExecType.ACCEPTED, 2, 2, Side.SELL, 4);
        final ExecutionReport fresh = new ExecutionReport().set(ExecType.ACCEPTED, 2, 2, Side.SELL, 4);
        assertEquals(fresh.toString() + fresh.price() + fresh.matchNumber() + fresh.lastPrice(),
            slot.toString() + slot.price() + slot.matchNumber() + slot.lastPrice());
    }
}
