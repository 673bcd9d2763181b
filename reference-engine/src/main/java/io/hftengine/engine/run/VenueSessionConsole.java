package io.hftengine.engine.run;

import java.io.PrintStream;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;

/**
 * Says on the console how the SoupBinTCP session to the venue stands while the session runs: the
 * first login, each loss (orders are refused until it is back) and each login again, and a venue
 * not reached a few seconds after the start. An operator saw none of it until the end-of-run
 * counters. Polled from the housekeeping loop; reads only the session counters, which any thread
 * may read. The session's end for good is {@link TradingHaltConsole}'s to say.
 */
final class VenueSessionConsole {
    /** How long after the start a venue not logged in to is worth a warning. */
    static final long NOT_REACHED_WARNING_MS = 5_000;

    private final String command;
    private final PrintStream out;
    private final Counters<SoupBinTcpSessionCounter> session;
    private final String venue;
    private final long startMs;
    private long loginsSaid;
    private long lossesSaid;
    private boolean notReachedSaid;

    /**
     * @param command the command, the first word of each line
     * @param out the console
     * @param session the SoupBinTCP transport's counters
     * @param venue the venue's address, as the operator configured it
     * @param startMs wall-clock milliseconds the pipeline started at, what times are said from
     */
    VenueSessionConsole(final String command, final PrintStream out, final Counters<SoupBinTcpSessionCounter> session,
            final String venue, final long startMs) {
        this.command = command;
        this.out = out;
        this.session = session;
        this.venue = venue;
        this.startMs = startMs;
    }

    /**
     * Prints what changed since the last call: a loss before the login that followed it.
     *
     * @param nowMs wall-clock milliseconds
     */
    void poll(final long nowMs) {
        final long losses = session.get(SoupBinTcpSessionCounter.DISCONNECTS);
        final long logins = session.get(SoupBinTcpSessionCounter.LOGINS);
        if (losses > lossesSaid) {
            lossesSaid = losses;
            out.printf("%s: WARNING: the venue session to %s was lost %s after the start (%d so far): orders are"
                + " refused until it is back; logging in again%n", command, venue, since(nowMs), losses);
        }
        if (logins > loginsSaid) {
            final boolean first = loginsSaid == 0;
            loginsSaid = logins;
            if (first) {
                out.printf("%s: logged in to the venue at %s%n", command, venue);
            } else {
                final long lost = session.get(SoupBinTcpSessionCounter.REPLIES_LOST);
                out.printf("%s: logged in to the venue again %s after the start%s%n", command, since(nowMs),
                    lost > 0 ? "; it skipped " + lost + " replies (REPLIES_LOST): their orders' state is unknown"
                        : ", no reply missed");
            }
        }
        if (!notReachedSaid && logins == 0 && nowMs - startMs >= NOT_REACHED_WARNING_MS
                && !SummaryCollector.venueSessionEnded(session)) {
            notReachedSaid = true;
            out.printf("%s: WARNING: not logged in to the venue at %s %s after the start (%d connection attempts"
                + " failed): no order can be sent until it is%n", command, venue, since(nowMs),
                session.get(SoupBinTcpSessionCounter.CONNECT_FAILURES));
        }
    }

    private String since(final long nowMs) {
        return TradingHaltConsole.sinceStart(startMs, nowMs);
    }
}
