package io.hftengine.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.hftengine.engine.report.RunSummary;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.journal.JournalEnd;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.recovery.JournalRecovery;
import io.hftengine.pipeline.recovery.RecoveredDay;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.types.Clock;

/**
 * A {@code run} restarted during the day: it continues the day's journal (numbering its orders
 * after the journal's), checks before anything opens that the journal can be recovered from, and
 * once the pipeline is built rebuilds risk's and the strategy's view of the morning from it. Its
 * venue session and last reply number let a SoupBinTCP session resume after the last reply
 * journaled. Slow path, used by {@link EngineSession} only.
 */
final class DayContinuation {
    private final RiskLimits risk;
    private final Clock wallClock;
    private final PrintStream out;
    /** The journal continued and recovered from; {@code null} for none. */
    private Path recoverFrom;
    /** The venue session of that journal and its last reply's number: a SoupBinTCP session resumes after it. */
    private String resumeSession = "";
    private long resumeAfterReply;
    private RecoveredDay recovered;

    DayContinuation(final RiskLimits risk, final Clock wallClock, final PrintStream out) {
        this.risk = risk;
        this.wallClock = wallClock;
        this.out = out;
    }

    /**
     * A live session restarted during the day goes on with the day's journal instead of
     * replacing it, and numbers its orders after the journal's, since OUCH order tokens must be
     * unique for the day (a venue ignores an Enter Order that repeats one). With a real venue the
     * day so far is then recovered from the journal ({@link #recover}) and a SoupBinTCP
     * session asks only for the replies after the last one journaled; a simulated venue starts
     * empty, so nothing of the morning is recovered against it. Slow path: a journal that cannot
     * be continued stops {@code run} before anything opens.
     */
    void continueJournal(final PipelineConfig.Builder cfg, final boolean recover) throws IOException {
        final PipelineConfig current = cfg.build();
        final Path journal = current.journalPath();
        if (journal == null) {
            return;
        }
        cfg.journalContinues(true);
        if (!Files.exists(journal) || Files.size(journal) == 0) {
            return;
        }
        final JournalEnd end;
        try {
            JournalWriter.requireNotInUse(journal);
            end = JournalEnd.of(journal);
        } catch (final IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IOException("engine.toml [journal] path: " + e.getMessage(), e);
        }
        // An engine that died (not stopped) can have sent up to a ring's worth of orders whose
        // records were still in the gateway-to-journal ring: their ids are skipped too.
        final long firstOrderId = Math.max(current.firstOrderId(), end.highestOrderId() + 1 + current.journalRing());
        cfg.firstOrderId(firstOrderId);
        out.printf("run: continuing the journal %s (%,d records); %s%n", journal, end.records(),
                RestartConsole.orderIds(end.highestOrderId(), firstOrderId, current.journalRing()));
        if (!recover && end.records() > 0) {
            out.println("run: the simulated venue starts empty: nothing of the journal's day is recovered");
        }
        if (recover && end.records() > 0) {
            // Tried first into throwaway stages: a journal that cannot be recovered from stops
            // run here, before a venue session or anything else opens.
            try {
                requireTodaysJournal(journal, end);
                JournalRecovery.dryRun(journal, risk);
            } catch (final IllegalArgumentException | UncheckedIOException e) {
                throw new IOException("engine.toml [journal] path: " + e.getMessage(), e);
            }
            recoverFrom = journal;
            resumeSession = end.venueSession();
            resumeAfterReply = end.lastVenueSequence();
        }
    }

    /**
     * A journal whose first record is of another trading day (New York date) holds another day's
     * orders: recovered as today's, its positions and working orders would be wrong (a UDP venue
     * has no session name to refuse it by). Slow path.
     */
    private void requireTodaysJournal(final Path journal, final JournalEnd end) {
        final ZoneId newYork = ZoneId.of("America/New_York");
        final LocalDate day = Instant.ofEpochSecond(0, end.firstTimeNs()).atZone(newYork).toLocalDate();
        final LocalDate today = Instant.ofEpochSecond(0, wallClock.epochNanos()).atZone(newYork).toLocalDate();
        if (!day.equals(today)) {
            throw new IllegalArgumentException("journal " + journal + " starts on " + day + " (New York), not today ("
                    + today + "): another day's orders are not recovered; give today its own [journal] path");
        }
    }

    /**
     * Before the pipeline's threads start: risk's open orders, positions and recent fills, and
     * the strategy's view of them, rebuilt from the journal being continued. A journal that
     * cannot be recovered from stops {@code run} before it trades.
     */
    void recover(final Pipeline pipeline) throws IOException {
        if (recoverFrom == null) {
            return;
        }
        try {
            recovered = JournalRecovery.recover(recoverFrom, pipeline.risk().engine(), pipeline.strategy().strategy());
        } catch (final IllegalArgumentException | UncheckedIOException e) {
            throw new IOException("engine.toml [journal] path: " + e.getMessage(), e);
        }
        // What the stages counted while recovering was the morning's, not this run's.
        pipeline.risk().engine().counters().reset();
        // Over UDP the journal has no venue session: a session '' would only puzzle.
        out.println(RestartConsole.recovered(recovered.ordersRestored(), recovered.openOrders(), recovered.fills(),
                recovered.symbolsWithPosition(), resumeSession, recovered.lastVenueSequence()));
        if (recovered.killSwitchReason() != null) {
            out.println("run: WARNING: after recovering the day the kill switch is tripped, no new orders (cancels"
                    + " still go): " + recovered.killSwitchReason());
        }
    }

    /** The venue session of the journal recovered from; empty for none. */
    String resumeSession() {
        return resumeSession;
    }

    /** The last venue reply number journaled; a SoupBinTCP session asks for the replies after it. */
    long resumeAfterReply() {
        return resumeAfterReply;
    }

    /** Adds what was recovered, if anything, to a run's summary. */
    void addTo(final RunSummary summary) {
        if (recovered != null) {
            summary.counters.put("recovered_orders", recovered.ordersRestored());
            summary.counters.put("recovered_open_orders", recovered.openOrders());
            summary.counters.put("recovered_fills", recovered.fills());
            summary.counters.put("recovered_symbols_with_position", recovered.symbolsWithPosition());
            summary.counters.put("venue_replies_resumed_after", recovered.lastVenueSequence());
        }
    }
}
