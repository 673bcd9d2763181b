package io.hftengine.pipeline.recovery;

import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalReader;
import io.hftengine.pipeline.journal.JournalRecordHandler;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.PositionBook;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.QuietStrategy;
import io.hftengine.pipeline.strategy.Strategy;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.AiqCanceledMessage;
import io.hftengine.protocol.ouch.BrokenTradeMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.ExecutedWithReferencePriceMessage;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.OuchInboundListener;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.TradeCorrectionMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.agrona.DirectBuffer;
import org.agrona.collections.LongArrayList;

import java.nio.file.Path;

/**
 * Rebuilds the day so far from the drop-copy journal, for an engine restarted during it: every
 * Enter Order the journal holds is put back into risk ({@link RiskEngine#restoreOrder}) and every
 * venue reply goes through {@link RiskEngine#onExecution} in journal order, as it did live; so
 * open orders (at worst case), positions and the recent fills that make a replayed fill a
 * duplicate are what the previous run had, and whatever tripped its kill switch from the venue's
 * replies (an orphan fill, a trade correction, a fill beyond a limit) trips it again. The
 * strategy is then told its orders still working and its positions.
 *
 * <p>Slow path, before the pipeline's threads start (their start publishes what was rebuilt).
 * A journal that cannot be recovered from stops the restart before anything trades, naming the
 * file and the record: records written before the journal carried stock locates and venue
 * sequence numbers; records dropped from it (the journal ring overflowed: the next record says
 * so) or a SoupBinTCP reply missing from it, either of which would leave a position unknown; a
 * login that resumed beyond the next reply (the venue skipped replies); two venue sessions in one
 * journal (another day's); an order that risk cannot hold ({@code max_open_orders}); a record that
 * is not an OUCH 4.2 message we send. Positions and working orders beyond today's limits trip the
 * kill switch ({@link RiskEngine#checkPositionsWithinLimits}).
 */
public final class JournalRecovery implements JournalRecordHandler, OuchInboundListener, OuchOutboundListener {
    private static final String TRADE_CORRECTION =
        "recovery: the journal holds a Trade Correction: the position is no longer certain";
    private static final String FOREIGN_TOKEN_FILL =
        "recovery: the journal holds an execution for an order token that is not one of ours";

    /** A strategy told nothing, for {@link #dryRun}. */
    private static final Strategy UNTOLD = new QuietStrategy();

    private final Path path;
    private final RiskEngine risk;
    private final JournalReader reader = new JournalReader();
    private final OuchInboundDecoder sent = new OuchInboundDecoder(this);
    private final OuchOutboundDecoder replies = new OuchOutboundDecoder(this);
    private final ExecutionReport report = new ExecutionReport();
    private final LongArrayList restoredIds = new LongArrayList();
    private final LongArrayList sentTimes = new LongArrayList();
    private long records;
    private long timeNs;
    private long orderId;
    private long lastVenueSequence;
    private String session;

    private JournalRecovery(final Path path, final RiskEngine risk) {
        this.path = path;
        this.risk = risk;
    }

    /**
     * Rebuilds risk from the journal, then tells the strategy what it has working and holds.
     *
     * @param journal an existing journal (see {@link io.hftengine.pipeline.journal.JournalEnd} for
     *     whether it can be continued)
     * @param risk a risk engine nothing has used yet
     * @param strategy the strategy, told through {@link Strategy#onRecoveredOrder} and
     *     {@link Strategy#onRecoveredPosition}
     * @return what was rebuilt
     * @throws IllegalArgumentException when the journal cannot be recovered from (the message
     *     names the file, the record and why)
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static RecoveredDay recover(final Path journal, final RiskEngine risk, final Strategy strategy) {
        final JournalRecovery recovery = new JournalRecovery(journal, risk);
        final long fillsBefore = risk.counters().get(RiskCounter.FILLS);
        risk.recovering(true);
        try {
            recovery.reader.read(journal, recovery);
        } finally {
            risk.recovering(false);
        }
        if (recovery.reader.truncatedTail()) {
            throw new IllegalArgumentException("journal " + journal + ", after record " + recovery.records
                + ": the file ends inside a record, holds a record length no writer makes, or has records after a"
                + " stretch of zeros (cut short, or corrupt)");
        }
        return recovery.tell(strategy, risk.counters().get(RiskCounter.FILLS) - fillsBefore);
    }

    /**
     * Recovers into throwaway stages with these limits: whether, and to what, a restart would
     * recover, before anything of it opens (a venue session, a metrics file).
     *
     * @param journal an existing journal
     * @param limits the limits the restart trades under
     * @return what would be rebuilt
     * @throws IllegalArgumentException when the journal cannot be recovered from
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static RecoveredDay dryRun(final Path journal, final RiskLimits limits) {
        return recover(journal, new RiskEngine(limits, new ReferencePrices(limits.maxSymbols()), new KillSwitch()),
            UNTOLD);
    }

    @Override
    public void onRecord(final byte direction, final long timeNs, final long orderId, final long sequence,
                         final DirectBuffer buffer, final int offset, final int length) {
        records++;
        if (reader.locate() == JournalReader.NO_LOCATE) {
            throw failure("written by an engine whose journal carried no stock locates and venue sequence numbers;"
                + " positions cannot be rebuilt from it: move it aside (trading then starts unaware of them)");
        }
        if (reader.afterDrop()) {
            throw failure("records before this one were dropped (the journal ring was full, counted as gateway"
                + " journal drops): an order or reply is missing, so positions cannot be rebuilt");
        }
        this.timeNs = timeNs;
        this.orderId = orderId;
        if (direction == JournalDescriptor.SESSION) {
            sessionStarted(sequence, buffer, offset, length);
        } else if (direction == JournalDescriptor.OUTBOUND) {
            if (!sent.decode(buffer, offset, length)) {
                throw failure("an outbound record that is not an OUCH 4.2 Enter or Cancel Order");
            }
        } else {
            if (sequence != 0) {
                if (sequence != lastVenueSequence + 1) {
                    throw failure("venue reply " + sequence + " follows reply " + lastVenueSequence
                        + ": replies are missing from the journal, so positions cannot be rebuilt");
                }
                lastVenueSequence = sequence;
            }
            // A reply too long for a record keeps only its number (never an OUCH 4.2 message),
            // and one the gateway could not decode changed nothing then either.
            if (length > 0) {
                replies.decode(buffer, offset, length);
            }
        }
    }

    /**
     * A venue session (re)started: one journal holds one session (another is another day's, or
     * a venue failover's, and its numbers are not these), and a login that started beyond the
     * next reply skipped replies (counted live as replies lost): positions are not known.
     */
    private void sessionStarted(final long next, final DirectBuffer buffer, final int offset, final int length) {
        final String name = buffer.getStringWithoutLengthAscii(offset, length).strip();
        if (session != null && !session.equals(name)) {
            throw failure("venue session " + name + " follows session " + session
                + " in one journal (another day's journal?): use one journal per trading day");
        }
        session = name;
        if (next > lastVenueSequence + 1) {
            throw failure("the venue's session " + name + " resumed at reply " + next + " after reply "
                + lastVenueSequence + ": it skipped replies (counted live as gateway replies lost), so positions"
                + " cannot be rebuilt");
        }
    }

    @Override
    public void onEnterOrder(final EnterOrderMessage message) {
        final Side side = Side.fromCode((byte) message.side());
        if (message.orderTokenNumber() != orderId || side == null
            || !risk.restoreOrder(orderId, reader.locate(), side, Price.fromWire4(message.price()), message.shares())) {
            throw failure("Enter Order " + orderId + " on locate " + reader.locate() + " cannot be held open"
                + " (risk holds " + risk.book().openOrders() + " open of max_open_orders "
                + risk.limits().maxOpenOrders() + ", or the record is not an order we send)");
        }
        restoredIds.addLong(orderId);
        sentTimes.addLong(timeNs);
    }

    @Override
    public void onAccepted(final AcceptedMessage message) {
        apply(report(ExecType.ACCEPTED, message.orderTokenNumber()).price(Price.fromWire4(message.price()))
            .leavesQuantity(message.shares()));
    }

    @Override
    public void onExecuted(final ExecutedMessage message) {
        executed(message.orderTokenNumber(), message.executedShares(), message.executionPrice(), message.matchNumber());
    }

    @Override
    public void onExecutedWithReferencePrice(final ExecutedWithReferencePriceMessage message) {
        executed(message.orderTokenNumber(), message.executedShares(), message.executionPrice(), message.matchNumber());
    }

    private void executed(final long token, final long shares, final long wirePrice, final long matchNumber) {
        if (token < 0) {
            risk.killSwitch().trip(FOREIGN_TOKEN_FILL);
            return;
        }
        apply(report(ExecType.FILLED, token).fill(shares, Price.fromWire4(wirePrice), matchNumber));
    }

    @Override
    public void onCanceled(final CanceledMessage message) {
        cancelled(message.orderTokenNumber(), message.decrementShares(), message.reason());
    }

    @Override
    public void onAiqCanceled(final AiqCanceledMessage message) {
        cancelled(message.orderTokenNumber(), message.decrementShares(), message.reason());
    }

    private void cancelled(final long token, final long shares, final char reason) {
        apply(report(ExecType.CANCELLED, token).fill(shares, 0, 0).venueReason((byte) reason));
    }

    @Override
    public void onRejected(final RejectedMessage message) {
        apply(report(ExecType.REJECTED, message.orderTokenNumber()).venueReason((byte) message.reason()));
    }

    @Override
    public void onBrokenTrade(final BrokenTradeMessage message) {
        if (message.orderTokenNumber() < 0) {
            risk.killSwitch().trip(FOREIGN_TOKEN_FILL);
            return;
        }
        apply(report(ExecType.BROKEN, message.orderTokenNumber()).fill(0, 0, message.matchNumber())
            .venueReason((byte) message.reason()));
    }

    @Override
    public void onTradeCorrection(final TradeCorrectionMessage message) {
        risk.killSwitch().trip(TRADE_CORRECTION);
    }

    private ExecutionReport report(final ExecType type, final long token) {
        report.clearStamps();
        return report.set(type, token, 0, null, timeNs);
    }

    private void apply(final ExecutionReport reply) {
        if (reply.orderId() >= 0) { // a token that is not a number was counted malformed live
            risk.onExecution(reply);
        }
    }

    private RecoveredDay tell(final Strategy strategy, final long fills) {
        final PositionBook book = risk.book();
        long open = 0;
        for (int i = 0; i < restoredIds.size(); i++) {
            final long id = restoredIds.getLong(i);
            if (book.isOpen(id)) {
                open++;
                strategy.onRecoveredOrder(id, book.symbolOf(id), book.sideOf(id), book.priceOf(id), book.leavesOf(id),
                    sentTimes.getLong(i));
            }
        }
        long symbols = 0;
        for (int symbol = 1; symbol < risk.limits().maxSymbols(); symbol++) {
            final long position = book.position(symbol);
            if (position != 0) {
                symbols++;
                strategy.onRecoveredPosition(symbol, position);
            }
        }
        risk.checkPositionsWithinLimits();
        final String tripped = risk.killSwitch().isTripped() ? risk.killSwitch().reason() : null;
        return new RecoveredDay(records, restoredIds.size(), open, fills, symbols, lastVenueSequence, tripped);
    }

    private IllegalArgumentException failure(final String why) {
        return new IllegalArgumentException("journal " + path + ", record " + records + ": " + why);
    }
}
