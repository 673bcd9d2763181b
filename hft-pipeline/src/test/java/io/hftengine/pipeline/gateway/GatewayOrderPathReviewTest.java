package io.hftengine.pipeline.gateway;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adversarial review of the gateway's order path: what goes on the wire, and replies it cannot place. */
class GatewayOrderPathReviewTest {
    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 16, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 16, ExecutionReport::new);
    private final PipeRing<JournalEntry> journal = new PipeRing<>("j", 16, JournalEntry::new);
    private final SymbolDirectory symbols = new SymbolDirectory();
    private final KillSwitch kill = new KillSwitch();

    private GatewayStage gateway(final OrderTransport transport) {
        symbols.put(1, Symbol.pack("ALC"));
        return new GatewayStage(decisions, reports, journal, transport, new OuchOrderEncoder(99_999, 0), symbols, clock,
            NanoTicker.INSTANCE, null, kill);
    }

    private void decide(final long id, final Side side, final long price, final long qty) {
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.clearStamps();
        d.type(DecisionType.ENTER).order().set(id, 1, side, price, qty, clock.epochNanos());
        decisions.publish(seq);
    }

    private List<ExecutionReport> drainReports() {
        final List<ExecutionReport> out = new ArrayList<>();
        reports.poll((r, s, e) -> {
            final ExecutionReport copy = new ExecutionReport();
            copy.copyFrom(r);
            out.add(copy);
        }, 16);
        return out;
    }

    /** Records what is sent, answers nothing; or answers the first send with fixed replies. */
    private static final class RecordingVenue implements OrderTransport {
        final List<byte[]> sent = new ArrayList<>();
        private final UnsafeBuffer replies;
        private final int repliesLength;
        private boolean answered;

        RecordingVenue(final UnsafeBuffer replies, final int repliesLength) {
            this.replies = replies;
            this.repliesLength = repliesLength;
        }

        @Override
        public boolean send(final DirectBuffer buffer, final int offset, final int length) {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            sent.add(copy);
            return true;
        }

        @Override
        public int pollReplies(final ReplyHandler handler) {
            if (sent.isEmpty() || replies == null || answered) {
                return 0;
            }
            answered = true;
            handler.onReply(replies, 0, repliesLength);
            return 1;
        }

        @Override
        public boolean synchronousReplies() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    /**
     * OUCH 4.2 carries a price in 4 bytes (at most 199,999.9900; 214,748.3647 means a market
     * order). The encoder wrote the low 32 bits of any wire price, so a sell risk approved at
     * 429,596.7296 (within a 100% band of a 214,798 reference) went out as a sell at 100.0000.
     * An order whose price OUCH cannot carry must be refused locally, never sent.
     */
    @Test
    void anOrderWhosePriceOuchCannotCarryIsRejectedLocallyNotTruncated() {
        final RecordingVenue venue = new RecordingVenue(null, 0);
        final GatewayStage gateway = gateway(venue);
        final long wire = (1L << 32) + 1_000_000L; // 429,596.7296: low 32 bits are 100.0000
        decide(7, Side.SELL, Price.fromWire4(wire), 100);
        decide(8, Side.BUY, Price.fromWire4(0x7FFF_FFFFL), 100); // OUCH's market-order price
        decide(9, Side.BUY, Price.ONE / 100_000, 100); // rounds down to 0.0000
        decide(10, Side.BUY, Price.fromWire4(1_999_999_900L), 100); // the largest price OUCH allows
        gateway.doWork();
        for (final byte[] message : venue.sent) {
            final long sentPrice = new EnterOrderMessage().wrap(new UnsafeBuffer(message), 0).price();
            assertTrue(sentPrice > 0 && sentPrice <= 1_999_999_900L, "a price OUCH 4.2 cannot carry went out: " + sentPrice);
        }
        assertEquals(1, venue.sent.size(), "only the order at OUCH's largest price is sent");
        final List<ExecutionReport> rejects = drainReports();
        assertEquals(3, rejects.size());
        for (final ExecutionReport r : rejects) {
            assertEquals(ExecType.REJECTED, r.type(), r.toString());
            assertEquals('X', (char) r.venueReason(), r.toString());
        }
        assertEquals(List.of(7L, 8L, 9L), rejects.stream().map(ExecutionReport::orderId).toList());
        assertEquals(3, gateway.counters().get(GatewayCounter.INVALID_PRICE));
    }

    /**
     * An Executed whose token is not one of our decimal ids is a fill nobody can attribute: the
     * venue's position and ours now differ, exactly as for a fill of an order risk does not hold
     * (which trips the kill switch). It was only counted as malformed and trading went on.
     */
    @Test
    void anExecutionWithATokenThatIsNotOursTripsTheKillSwitch() {
        final UnsafeBuffer replies = new UnsafeBuffer(new byte[64]);
        final int length = new ExecutedMessage().wrapForEncode(replies, 0).orderToken("MANUAL-ORDER-1")
            .executedShares(500).executionPrice(100_000).liquidityFlag('R').matchNumber(77).messageLength();
        final RecordingVenue venue = new RecordingVenue(replies, length);
        final GatewayStage gateway = gateway(venue);
        decide(7, Side.BUY, 10 * Price.ONE, 100);
        gateway.doWork();
        assertEquals(1, gateway.counters().get(GatewayCounter.MALFORMED_REPLIES));
        assertTrue(kill.isTripped(), "500 shares traded that no order of ours can account for");
        assertTrue(kill.reason().contains("token"), kill.reason());
    }

    /** A reply that changes no position (an Accepted) with a foreign token stays a counted drop. */
    @Test
    void anAcceptWithATokenThatIsNotOursIsOnlyCounted() {
        final UnsafeBuffer replies = new UnsafeBuffer(new byte[128]);
        final int length = new io.hftengine.protocol.ouch.AcceptedMessage().wrapForEncode(replies, 0)
            .orderToken("MANUAL-ORDER-1").shares(100).price(100_000).messageLength();
        final GatewayStage gateway = gateway(new RecordingVenue(replies, length));
        decide(7, Side.BUY, 10 * Price.ONE, 100);
        gateway.doWork();
        assertEquals(1, gateway.counters().get(GatewayCounter.MALFORMED_REPLIES));
        assertFalse(kill.isTripped());
    }
}
