package io.hftengine.engine.run;

import java.io.PrintStream;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.marketdata.MarketDataCounter;

/**
 * Says on the console when market data falls far behind the feed and when it has caught up: an
 * engine started (or restarted) while the feed runs replays the session from the request server
 * before it trades again, and the operator's question is when that will be. Polled from the
 * session's housekeeping loop; reads only counters the market data thread publishes.
 */
final class FeedLagConsole {
    /**
     * How long market data must stay behind before it is said: a wide gap filled in a blink (a
     * lost packet while a busy feed queued a thousand messages behind it) is counted, not printed.
     */
    static final long ANNOUNCE_AFTER_MS = 200;
    private final String command;
    private final PrintStream out;
    private final Counters<MarketDataCounter> counters;
    private boolean behind;
    private boolean announced;
    private long behindSinceMs;
    /** Gaps given up before this fall behind: one given up earlier in the run is not this one's end. */
    private long gapsGivenUpBefore;

    FeedLagConsole(final String command, final PrintStream out, final Counters<MarketDataCounter> counters) {
        this.command = command;
        this.out = out;
        this.counters = counters;
    }

    /**
     * Says that market data is behind once it has been for {@link #ANNOUNCE_AFTER_MS}, and then
     * when it caught up (a fall behind and a catch-up within one poll are left to the counters).
     *
     * @param nowMs wall-clock milliseconds
     */
    void poll(final long nowMs) {
        // Read in this order: a catch-up counted after the fall read is newer, never older.
        final long fellBehind = counters.get(MarketDataCounter.FELL_BEHIND);
        final boolean behindNow = fellBehind > counters.get(MarketDataCounter.CAUGHT_UP);
        if (behindNow && !behind) {
            behindSinceMs = nowMs;
            gapsGivenUpBefore = counters.get(MarketDataCounter.UNRECOVERABLE_GAPS);
        }
        behind = behindNow;
        if (behindNow && !announced && nowMs - behindSinceMs >= ANNOUNCE_AFTER_MS) {
            announced = true;
            out.println(command + ": market data is behind the feed (a start after the feed, or a wide gap): catching"
                + " up through the request server; nothing is traded until then");
        } else if (!behindNow && announced) {
            announced = false;
            final boolean givenUp = counters.get(MarketDataCounter.UNRECOVERABLE_GAPS) > gapsGivenUpBefore;
            out.printf("%s: market data %s after %.1f s, at message %,d%s%n", command,
                givenUp ? "stopped catching up (a gap was given up: books stale)" : "caught up with the feed",
                (nowMs - behindSinceMs) / 1000.0, counters.get(MarketDataCounter.MESSAGES),
                givenUp ? "" : "; its events are live again");
        }
    }
}
