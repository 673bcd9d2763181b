package io.hftengine.engine.run;

import java.io.PrintStream;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.risk.KillSwitch;

/**
 * Says on the console when trading stops while the session runs: the kill switch trips, or the
 * venue ends the SoupBinTCP session (End of Session, a rejected login, a refused resume). A
 * production {@code run} has no {@code --seconds}: said only at the end, such a stop was silent
 * until SIGTERM. Polled from the session's housekeeping loop; reads only the kill switch's latch
 * and the session counters, which any thread may read. Each is said once when seen, and again at
 * the end of the run so that the report's tail still holds it.
 */
final class TradingHaltConsole {
    private static final long NOT_SEEN = -1;

    private final String command;
    private final PrintStream out;
    private final KillSwitch killSwitch;
    private final Counters<SoupBinTcpSessionCounter> session;
    private final long startMs;
    private long killSwitchSeenMs = NOT_SEEN;
    private long sessionEndSeenMs = NOT_SEEN;

    /**
     * @param command the command, the first word of each line
     * @param out the console
     * @param killSwitch the pipeline's kill switch
     * @param session the SoupBinTCP transport's counters, or {@code null} for a venue without sessions
     * @param startMs wall-clock milliseconds the pipeline started at, what times are said from
     */
    TradingHaltConsole(final String command, final PrintStream out, final KillSwitch killSwitch,
            final Counters<SoupBinTcpSessionCounter> session, final long startMs) {
        this.command = command;
        this.out = out;
        this.killSwitch = killSwitch;
        this.session = session;
        this.startMs = startMs;
    }

    /**
     * Whether {@link #poll} has something new to say: a caller that draws a progress bar clears it first.
     *
     * @return whether a stop has happened that has not been said
     */
    boolean hasNews() {
        return killSwitchSeenMs == NOT_SEEN && killSwitch.isTripped()
            || sessionEndSeenMs == NOT_SEEN && session != null && SummaryCollector.venueSessionEnded(session);
    }

    /**
     * Whether {@link #poll} has seen the venue end the session: for good, so no order or cancel
     * can reach the venue again this run.
     *
     * @return whether the session's end has been seen
     */
    boolean venueSessionEnded() {
        return sessionEndSeenMs != NOT_SEEN;
    }

    /**
     * Prints what stopped trading since the last call, once each.
     *
     * @param nowMs wall-clock milliseconds
     */
    void poll(final long nowMs) {
        if (killSwitchSeenMs == NOT_SEEN && killSwitch.isTripped()) {
            killSwitchSeenMs = nowMs;
            out.println(killSwitchLine(""));
        }
        if (sessionEndSeenMs == NOT_SEEN && session != null && SummaryCollector.venueSessionEnded(session)) {
            sessionEndSeenMs = nowMs;
            out.println(sessionEndLine(""));
        }
    }

    /**
     * The end of the run: says again what was said while it ran (pointing above, where it was
     * said when it happened), and what happened after the last poll.
     *
     * @param nowMs wall-clock milliseconds
     */
    void atEnd(final long nowMs) {
        final boolean killSwitchSaid = killSwitchSeenMs != NOT_SEEN;
        final boolean sessionEndSaid = sessionEndSeenMs != NOT_SEEN;
        if (!killSwitchSaid || !sessionEndSaid) {
            poll(nowMs);
        }
        if (killSwitchSaid) {
            out.println(killSwitchLine(" (see above)"));
        }
        if (sessionEndSaid) {
            out.println(sessionEndLine(" (see above)"));
        }
    }

    private String killSwitchLine(final String seeAbove) {
        return String.format("%s: WARNING: the kill switch was tripped %s after the start%s, no new order after it: %s",
            command, since(killSwitchSeenMs), seeAbove, killSwitch.reason());
    }

    private String sessionEndLine(final String seeAbove) {
        return String.format("%s: WARNING: the venue session ended %s after the start%s, orders are refused after"
            + " it: %s", command, since(sessionEndSeenMs), seeAbove, sessionEndCause(session));
    }

    private String since(final long seenMs) {
        return sinceStart(startMs, seenMs);
    }

    /** Time since the start as the console says it ("12.3 s"); the housekeeping consoles share it. */
    static String sinceStart(final long startMs, final long nowMs) {
        return String.format("%.1f s", Math.max(0, nowMs - startMs) / 1000.0);
    }

    /**
     * Why the venue session ended, in the operator's words.
     *
     * @param c the session's counters, one of whose ends has been counted
     * @return the cause
     */
    static String sessionEndCause(final Counters<SoupBinTcpSessionCounter> c) {
        if (c.get(SoupBinTcpSessionCounter.RESUME_REFUSED) > 0) {
            return "the venue answered the resumed login with another session or from below the journal's replies"
                + " (another day's journal?)";
        }
        if (c.get(SoupBinTcpSessionCounter.LOGIN_REJECTS) > 0) {
            return "the venue rejected the login (network.toml [gateway] username and password, or the journal's"
                + " session is gone)";
        }
        return "End of Session from the venue";
    }
}
