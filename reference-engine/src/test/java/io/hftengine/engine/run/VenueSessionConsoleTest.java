package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import org.junit.jupiter.api.Test;

/**
 * The venue session's login, its losses and its logins again are said when they happen: an
 * operator whose venue went away mid-run saw nothing until the end-of-run counters (and then a
 * venue that "could not be reached").
 */
class VenueSessionConsoleTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Counters<SoupBinTcpSessionCounter> session = new Counters<>("soup", SoupBinTcpSessionCounter.class);
    private final VenueSessionConsole console = new VenueSessionConsole("run", out, session, "10.0.0.9:4000", 10_000);

    @Test
    void theFirstLoginALossAndTheLoginAgainAreEachSaidOnce() {
        console.poll(10_010);
        assertEquals("", printed(), "nothing before the login");
        session.increment(SoupBinTcpSessionCounter.LOGINS);
        console.poll(10_030);
        assertTrue(printed().contains("run: logged in to the venue at 10.0.0.9:4000"), printed());
        session.increment(SoupBinTcpSessionCounter.DISCONNECTS);
        console.poll(14_000);
        assertTrue(printed().contains("run: WARNING: the venue session to 10.0.0.9:4000 was lost 4.0 s after the"
            + " start (1 so far): orders are refused until it is back; logging in again"), printed());
        final int length = printed().length();
        console.poll(14_020);
        assertEquals(length, printed().length(), "said once");
        session.increment(SoupBinTcpSessionCounter.LOGINS);
        session.increment(SoupBinTcpSessionCounter.RECONNECTS);
        console.poll(14_500);
        assertTrue(printed().contains("run: logged in to the venue again 4.5 s after the start, no reply missed"),
            printed());
    }

    @Test
    void aLoginAgainThatSkippedRepliesSaysHowMany() {
        session.increment(SoupBinTcpSessionCounter.LOGINS);
        console.poll(10_010);
        session.increment(SoupBinTcpSessionCounter.DISCONNECTS);
        session.increment(SoupBinTcpSessionCounter.LOGINS);
        session.add(SoupBinTcpSessionCounter.REPLIES_LOST, 3);
        console.poll(12_000);
        final String text = printed();
        assertTrue(text.indexOf("was lost") < text.indexOf("logged in to the venue again"), "the loss first: " + text);
        assertTrue(text.contains("it skipped 3 replies (REPLIES_LOST)"), text);
    }

    @Test
    void aVenueNotReachedFiveSecondsAfterTheStartIsSaidOnce() {
        session.add(SoupBinTcpSessionCounter.CONNECT_FAILURES, 4);
        console.poll(14_999);
        assertEquals("", printed());
        console.poll(15_000);
        assertTrue(printed().contains("run: WARNING: not logged in to the venue at 10.0.0.9:4000 5.0 s after the"
            + " start (4 connection attempts failed): no order can be sent until it is"), printed());
        final int length = printed().length();
        console.poll(20_000);
        assertEquals(length, printed().length(), "said once");
    }

    @Test
    void aSessionTheVenueEndedIsLeftToTheHaltConsole() {
        session.increment(SoupBinTcpSessionCounter.LOGIN_REJECTS);
        console.poll(20_000);
        assertEquals("", printed());
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
