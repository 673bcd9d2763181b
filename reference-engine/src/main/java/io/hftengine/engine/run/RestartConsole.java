package io.hftengine.engine.run;

import java.util.Locale;

/** The console lines of a {@code run} restarted over the day's journal. */
final class RestartConsole {
    private RestartConsole() {
    }

    /**
     * The line that announces where the order ids start.
     *
     * @param journalHighest the highest order id in the journal
     * @param firstOrderId the first order id of this run
     * @param journalRing the journal ring's size, the ids skipped after the journal's highest
     * @return the words after "order ids from"
     */
    static String orderIds(final long journalHighest, final long firstOrderId, final long journalRing) {
        if (firstOrderId != journalHighest + 1 + journalRing) {
            return String.format(Locale.ROOT, "order ids from %,d (gateway.first_order_id)", firstOrderId);
        }
        // An engine that died can have sent a ring's worth of orders the journal never got: a venue
        // ignores a token it has seen today, so their ids are not used again.
        return String.format(Locale.ROOT, "order ids from %,d: the journal's highest (%,d) + 1 + %,d skipped (a"
            + " journal ring's worth: orders an engine that died may have sent unjournaled)", firstOrderId,
            journalHighest, journalRing);
    }

    /**
     * The line that says what was recovered from the journal.
     *
     * @param orders orders restored
     * @param working orders still working
     * @param fills fills
     * @param notFlat symbols with a position
     * @param venueSession the journal's SoupBinTCP session; empty over UDP, which has none
     * @param lastReply the journal's last venue reply number
     * @return the line
     */
    static String recovered(final long orders, final long working, final long fills, final long notFlat,
            final String venueSession, final long lastReply) {
        final String line = String.format(Locale.ROOT, "run: recovered from the journal: %,d orders, %,d still"
            + " working, %,d fills, %,d symbols not flat", orders, working, fills, notFlat);
        return venueSession.isEmpty() ? line
            : line + String.format(Locale.ROOT, "; venue session '%s' from reply %,d", venueSession, lastReply + 1);
    }
}
