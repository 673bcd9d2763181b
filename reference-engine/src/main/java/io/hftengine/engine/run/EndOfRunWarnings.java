package io.hftengine.engine.run;

import java.io.PrintStream;
import java.util.Map;

/**
 * End-of-run console warnings read from the summary's counters: what the JSON counts that an
 * operator must not miss because nobody opened the JSON. Slow path, after the pipeline closed.
 */
final class EndOfRunWarnings {
    private EndOfRunWarnings() {
    }

    /**
     * Warns of orders the venue never answered, a venue that could not be reached (or sends refused
     * after the venue ended the session, or while a session it had logged in to was down), and
     * journal records dropped.
     *
     * @param command the command, the first word of each line
     * @param counters the summary's counters
     * @param gateway the venue's address and the gateway mode, in words
     * @param ackTimeoutMs {@code gateway.ack_timeout_ms}
     * @param out the console
     */
    static void gateway(final String command, final Map<String, Long> counters, final String gateway,
            final long ackTimeoutMs, final PrintStream out) {
        final long unacknowledged = counters.getOrDefault("gateway_orders_unacknowledged", 0L);
        if (unacknowledged > 0) {
            out.printf("%s: WARNING: %,d orders got no answer from the venue within gateway.ack_timeout_ms (%,d ms):"
                + " is the venue up, are the order tokens new to it (a venue ignores tokens it has seen today)?%n",
                command, unacknowledged, ackTimeoutMs);
        }
        final long unreachable = counters.getOrDefault("gateway_venue_unreachable", 0L);
        final long sendFailures = counters.getOrDefault("gateway_send_failures", 0L);
        if (unreachable == 0 && sendFailures > 0 && counters.getOrDefault("venue_session_ended", 0L) > 0) {
            // A SoupBinTCP session the venue ended refuses every send after it: the venue was reached.
            out.printf("%s: WARNING: %,d sends refused by the gateway after the venue session ended (see above), or"
                + " while it was down%n", command, sendFailures);
        } else if (unreachable == 0 && sendFailures > 0 && counters.getOrDefault("gateway_session_logins", 0L) > 0
                && counters.getOrDefault("gateway_session_disconnects", 0L) > 0) {
            // Logged in, then lost: reached, and down for a while (or for the rest of the run).
            out.printf("%s: WARNING: %,d sends refused while the venue session to %s was down (lost %,d times,"
                + " logged in again %,d times)%n", command, sendFailures, gateway,
                counters.get("gateway_session_disconnects"), counters.getOrDefault("gateway_session_reconnects", 0L));
        } else if (unreachable > 0 || sendFailures > 0) {
            out.printf("%s: WARNING: the venue at %s could not be reached: %,d sends refused by the network, %,d send"
                + " failures; check network.toml [gateway] mode and address%n", command, gateway, unreachable,
                sendFailures);
        }
        final long journalDrops = counters.getOrDefault("gateway_journal_drops", 0L);
        if (journalDrops > 0) {
            out.printf("%s: WARNING: %,d journal records dropped (the journal ring was full, gateway_journal_drops):"
                + " the journal is incomplete, a restart will refuse to trade on it (a larger engine.toml"
                + " rings.journal)%n", command, journalDrops);
        }
    }

    /**
     * Warns of a run that ended still catching up with the feed through the request server: no gap
     * was given up, yet nothing was traded after the start.
     *
     * @param command the command, the first word of the line
     * @param behind messages the feed was ahead at the end
     * @param limit how far behind still counts as following the feed
     * @param out the console
     */
    static void feedBehind(final String command, final long behind, final long limit, final PrintStream out) {
        if (behind > limit) {
            out.printf("%s: WARNING: market data ended %,d messages behind the feed, still catching up through the"
                + " request server (feed_behind_at_end): its events said stale, so nothing was traded on them%n",
                command, behind);
        }
    }
}
