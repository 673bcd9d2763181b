package io.hftengine.pipeline.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;

/**
 * Restart recovery after a full gateway-to-journal ring drops an outbound Enter Order record
 * (counted as {@code gateway_journal_drops}) while every venue reply is journaled with its number,
 * so the journal has no hole in the venue's numbering. The venue works the order; recovery must
 * not silently rebuild a day in which risk and the strategy do not know it.
 */
class RecoveryAfterJournalDropsTest {
    private static final int LOCATE = 1;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 16, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 64, ExecutionReport::new);
    private final PipeRing<JournalEntry> journal = new PipeRing<>("j", 4, JournalEntry::new);
    private final NumberedVenue venue = new NumberedVenue();

    @Test
    void anEnterOrderDroppedFromTheJournalIsNotSilentlyForgotten() {
        final SymbolDirectory symbols = new SymbolDirectory();
        symbols.put(LOCATE, Symbol.pack("ALC"));
        final GatewayStage gateway = new GatewayStage(decisions, reports, journal, venue,
            new OuchOrderEncoder(99_999, 0), symbols, clock, NanoTicker.INSTANCE, null, new KillSwitch());
        final Path file = dir.resolve("day.journal");
        try (JournalWriter writer = new JournalWriter(file, 1 << 16)) {
            for (long id = 1; id <= 5; id++) {
                decide(id); // a burst of five orders while the journal thread is stalled
            }
            gateway.doWork();
            assertEquals(1, gateway.counters().get(GatewayCounter.JOURNAL_DROPS), "order 5's record was dropped");
            drain(writer);
            venue.answering = true;
            for (int i = 0; i < 5; i++) { // the venue accepts all five: replies 1..5, every one journaled
                gateway.doWork();
                drain(writer);
            }
        }
        assertEquals(5, venue.sequence);
        assertEquals(1, gateway.counters().get(GatewayCounter.JOURNAL_DROPS));

        final RiskEngine risk = new RiskEngine(RiskLimits.builder().maxSymbols(16).maxOpenOrders(8).build(),
            new ReferencePrices(16), new KillSwitch());
        final RecoveredDay day;
        try {
            day = JournalRecovery.recover(file, risk, new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(16)
                .build()));
        } catch (final IllegalArgumentException refused) {
            return; // refusing to trade on a journal that lost a record is a correct outcome
        }
        // Otherwise risk must hold every order the venue is working (5 accepted, none done).
        assertEquals(5, day.openOrders(), "the venue works 5 orders; recovery rebuilt " + day
            + " and order 5 is unknown to risk and the strategy (no cancel, no worst case)");
        if (!risk.book().isOpen(5)) {
            fail("order 5 is working at the venue but not open in recovered risk");
        }
    }

    private void decide(final long id) {
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.clearStamps();
        d.type(DecisionType.ENTER).order().set(id, LOCATE, Side.BUY, 10 * Price.ONE, 100, clock.epochNanos());
        decisions.publish(seq);
    }

    private void drain(final JournalWriter writer) {
        journal.poll((entry, sequence, end) -> writer.append(entry), 64);
    }

    /** An asynchronous venue that numbers its replies as a SoupBinTCP session does, one reply per poll. */
    private static final class NumberedVenue implements OrderTransport {
        final ArrayDeque<Long> toAccept = new ArrayDeque<>();
        final UnsafeBuffer reply = new UnsafeBuffer(new byte[128]);
        long sequence;
        boolean answering;

        @Override
        public boolean send(final DirectBuffer buffer, final int offset, final int length) {
            if (buffer.getByte(offset) == EnterOrderMessage.MESSAGE_TYPE) {
                toAccept.add(new EnterOrderMessage().wrap(buffer, offset).orderTokenNumber());
            }
            return true;
        }

        @Override
        public int pollReplies(final ReplyHandler handler) {
            final Long id = answering ? toAccept.poll() : null;
            if (id == null) {
                return 0;
            }
            new AcceptedMessage().wrapForEncode(reply, 0).orderTokenNumber(id).side('B').shares(100)
                .stock(Symbol.pack("ALC")).price(10_0000).orderState('L');
            sequence++;
            handler.onReply(reply, 0, AcceptedMessage.LENGTH);
            return 1;
        }

        @Override
        public long replySequence() {
            return sequence;
        }

        @Override
        public void close() {
        }
    }
}
