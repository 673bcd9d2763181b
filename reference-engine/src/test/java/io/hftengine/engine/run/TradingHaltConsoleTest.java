package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.risk.KillSwitch;
import org.junit.jupiter.api.Test;

/**
 * What stops trading is said when it happens, not only when the run ends: a production
 * {@code run} without {@code --seconds} ends only on SIGTERM, so a kill switch tripped at 10:05
 * was silent on the console until the evening.
 */
class TradingHaltConsoleTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final KillSwitch killSwitch = new KillSwitch();
    private final Counters<SoupBinTcpSessionCounter> session = new Counters<>("soup", SoupBinTcpSessionCounter.class);
    private final TradingHaltConsole console = new TradingHaltConsole("run", out, killSwitch, session, 10_000);

    @Test
    void aTrippedKillSwitchIsSaidWhenItTripsWithTheTimeSinceTheStartAndOnce() {
        console.poll(10_020);
        assertEquals("", printed(), "nothing to say while trading");
        killSwitch.trip("fill of an order risk does not hold");
        console.poll(22_340);
        assertTrue(printed().contains("run: WARNING: the kill switch was tripped 12.3 s after the start, no new"
            + " order after it: fill of an order risk does not hold"), printed());
        final int length = printed().length();
        console.poll(22_360);
        assertEquals(length, printed().length(), "said once");
    }

    @Test
    void anEndedVenueSessionIsSaidWhenItEndsWithItsCause() {
        session.increment(SoupBinTcpSessionCounter.END_OF_SESSION);
        console.poll(14_000);
        assertTrue(printed().contains("run: WARNING: the venue session ended 4.0 s after the start, orders are"
            + " refused after it: End of Session from the venue"), printed());
        final int length = printed().length();
        console.poll(14_020);
        assertEquals(length, printed().length(), "said once");
    }

    @Test
    void aRejectedLoginIsNamedAsSuch() {
        session.increment(SoupBinTcpSessionCounter.LOGIN_REJECTS);
        console.poll(10_500);
        assertTrue(printed().contains("the venue rejected the login"), printed());
    }

    @Test
    void theEndOfTheRunSaysItAgainAndPointsAbove() {
        killSwitch.trip("operator");
        console.poll(11_000);
        console.atEnd(20_000);
        final String text = printed();
        assertTrue(text.contains("kill switch was tripped 1.0 s after the start (see above)"), text);
        assertEquals(2, text.split("kill switch", -1).length - 1, "once when it tripped, once at the end: " + text);
    }

    @Test
    void whatHappenedAfterTheLastPollIsStillSaidAtTheEnd() {
        session.increment(SoupBinTcpSessionCounter.RESUME_REFUSED);
        console.atEnd(12_000);
        final String text = printed();
        assertTrue(text.contains("the venue session ended 2.0 s after the start, orders are refused after it: the"
            + " venue answered the resumed login"), text);
        assertTrue(!text.contains("see above"), text);
    }

    @Test
    void withoutASessionOnlyTheKillSwitchIsWatched() {
        final TradingHaltConsole udp = new TradingHaltConsole("demo", out, killSwitch, null, 0);
        udp.poll(5);
        udp.atEnd(10);
        assertEquals("", printed());
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
