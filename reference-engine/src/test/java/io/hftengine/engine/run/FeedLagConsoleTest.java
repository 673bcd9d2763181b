package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import org.junit.jupiter.api.Test;

/** The console says when market data fell behind the feed, and when and how it caught up. */
class FeedLagConsoleTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Counters<MarketDataCounter> counters = new Counters<>("md", MarketDataCounter.class);
    private final FeedLagConsole console = new FeedLagConsole("run", new PrintStream(bytes, true,
        StandardCharsets.UTF_8), counters);

    @Test
    void aLateStartIsAnnouncedAndItsCatchUpTimed() {
        console.poll(1_000);
        assertEquals("", printed(), "nothing to say while the feed is followed");
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(1_020);
        assertEquals("", printed(), "not said before it has lasted 200 ms");
        console.poll(1_220);
        assertTrue(printed().contains("market data is behind the feed"), printed());
        counters.add(MarketDataCounter.MESSAGES, 1_234_567);
        counters.increment(MarketDataCounter.CAUGHT_UP);
        console.poll(3_520);
        assertTrue(printed().contains("caught up with the feed after 2.5 s, at message 1,234,567"), printed());
        final int length = printed().length();
        console.poll(3_540);
        assertEquals(length, printed().length(), "each change said once");
    }

    @Test
    void aFallAndACatchUpWithinOnePollAreNotSaidBackwards() {
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(0);
        counters.increment(MarketDataCounter.CAUGHT_UP);
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(20);
        console.poll(250);
        assertTrue(printed().contains("behind the feed") && !printed().contains("caught up"), "still behind: "
            + printed());
        counters.increment(MarketDataCounter.CAUGHT_UP);
        console.poll(1_000);
        assertTrue(printed().contains("caught up with the feed after 1.0 s"), printed());
    }

    @Test
    void aCatchUpEndedByAGiveUpIsNotCalledCaughtUp() {
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(0);
        console.poll(300);
        counters.increment(MarketDataCounter.UNRECOVERABLE_GAPS);
        counters.increment(MarketDataCounter.CAUGHT_UP);
        console.poll(1_000);
        assertTrue(printed().contains("stopped catching up (a gap was given up: books stale)"), printed());
        assertTrue(!printed().contains("caught up with the feed"), printed());
    }

    /** A wide gap filled within 200 ms (a lost packet on a busy feed) is counted, not said. */
    @Test
    void aBlipBehindIsNotSaid() {
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(0);
        counters.increment(MarketDataCounter.CAUGHT_UP);
        console.poll(100);
        console.poll(1_000);
        assertEquals("", printed());
    }

    /**
     * A gap given up earlier in the run (a lost packet an hour before) says nothing about a later
     * fall behind the feed: its catch-up through the request server is a catch-up, not a give-up.
     */
    @Test
    void aGapGivenUpBeforeTheFallDoesNotMakeALaterCatchUpAGiveUp() {
        counters.increment(MarketDataCounter.UNRECOVERABLE_GAPS);
        console.poll(0);
        counters.increment(MarketDataCounter.FELL_BEHIND);
        console.poll(1_000);
        console.poll(1_300);
        counters.increment(MarketDataCounter.CAUGHT_UP);
        console.poll(2_000);
        assertTrue(printed().contains("caught up with the feed after 1.0 s"), printed());
        assertTrue(!printed().contains("stopped catching up"), printed());
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
