package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A venue that never answers, one that cannot be reached, a journal that lost records and a feed
 * still being caught up with are said on the console at the end of the run, not only counted in
 * the JSON.
 */
class EndOfRunWarningsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Map<String, Long> counters = new HashMap<>();

    @Test
    void ordersTheVenueNeverAnsweredAreSaidWithWhatToCheck() {
        counters.put("gateway_orders_unacknowledged", 1_234L);
        print();
        assertTrue(printed().contains("run: WARNING: 1,234 orders got no answer from the venue within"
            + " gateway.ack_timeout_ms (1,000 ms): is the venue up, are the order tokens new to it (a venue ignores"
            + " tokens it has seen today)?"), printed());
    }

    @Test
    void anUnreachableVenueNamesTheAddressAndMode() {
        counters.put("gateway_venue_unreachable", 3L);
        print();
        assertTrue(printed().contains("run: WARNING: the venue at 10.0.0.9:4000 (gateway mode udp) could not be"
            + " reached: 3 sends refused by the network, 0 send failures; check network.toml [gateway] mode and"
            + " address"), printed());
    }

    @Test
    void sendFailuresAloneAreSaidToo() {
        counters.put("gateway_send_failures", 2_000L);
        print();
        assertTrue(printed().contains("0 sends refused by the network, 2,000 send failures"), printed());
    }

    /**
     * A SoupBinTCP venue logged in to and then lost (killed mid-run) was reached: the sends refused
     * while it was down are said as such, not as a venue that "could not be reached", which sent
     * an operator to check an address that had worked for the first minutes.
     */
    @Test
    void sendsRefusedWhileALoggedInSessionWasDownAreNotCalledAnUnreachableVenue() {
        counters.put("gateway_session_logins", 1L);
        counters.put("gateway_session_disconnects", 1L);
        counters.put("gateway_session_reconnects", 0L);
        counters.put("gateway_send_failures", 1_476L);
        print();
        assertTrue(!printed().contains("could not be reached"), printed());
        assertTrue(printed().contains("run: WARNING: 1,476 sends refused while the venue session to 10.0.0.9:4000"
            + " (gateway mode udp) was down (lost 1 times, logged in again 0 times)"), printed());
    }

    /**
     * Over SoupBinTCP every send after the venue ended the session is refused (a send failure):
     * that venue was reached, it ended the day; sending the operator to network.toml's address
     * beside "the venue session ended" would be a false lead.
     */
    @Test
    void sendsRefusedAfterTheVenueEndedTheSessionAreNotCalledAnUnreachableVenue() {
        counters.put("venue_session_ended", 1L);
        counters.put("gateway_send_failures", 40L);
        print();
        assertTrue(!printed().contains("could not be reached"), printed());
        assertTrue(printed().contains("run: WARNING: 40 sends refused by the gateway after the venue session ended"
            + " (see above)"), printed());
    }

    @Test
    void journalDropsSayTheJournalIsIncompleteAndARestartWillRefuseIt() {
        counters.put("gateway_journal_drops", 5L);
        print();
        assertTrue(printed().contains("run: WARNING: 5 journal records dropped (the journal ring was full,"
            + " gateway_journal_drops): the journal is incomplete, a restart will refuse to trade on it"),
            printed());
    }

    @Test
    void aCleanRunSaysNothing() {
        counters.put("gateway_orders_unacknowledged", 0L);
        counters.put("gateway_venue_unreachable", 0L);
        counters.put("gateway_send_failures", 0L);
        counters.put("gateway_journal_drops", 0L);
        print();
        assertEquals("", printed());
    }

    @Test
    void marketDataBehindAtTheEndIsCountedWithThousandsSeparators() {
        EndOfRunWarnings.feedBehind("run", 1_234_567, 1_024, out);
        assertTrue(printed().contains("run: WARNING: market data ended 1,234,567 messages behind the feed"),
            printed());
    }

    @Test
    void marketDataAFewMessagesBehindIsNoWarning() {
        EndOfRunWarnings.feedBehind("run", 1_024, 1_024, out);
        assertEquals("", printed());
    }

    private void print() {
        EndOfRunWarnings.gateway("run", counters, "10.0.0.9:4000 (gateway mode udp)", 1_000, out);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
