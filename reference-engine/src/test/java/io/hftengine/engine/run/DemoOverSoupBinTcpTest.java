package io.hftengine.engine.run;

import static io.hftengine.engine.run.RunFixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft demo --gateway soupbintcp}: the same demo, with the orders going to the exchange
 * simulator's SoupBinTCP server through the gateway's SoupBinTCP transport (login, heartbeats,
 * sequenced replies) instead of UDP. Ports of its own (a config directory), so it cannot collide
 * with the UDP demo test.
 */
class DemoOverSoupBinTcpTest {
    private static final int FEED_PORT = 27520;
    private static final int REQUEST_PORT = 27521;
    private static final int EXCHANGE_PORT = 27522;

    @TempDir
    Path dir;

    @Test
    void demoTradesOverASoupBinTcpSession() throws Exception {
        // The file says udp: the demo's --gateway decides, not the file; the login is the file's.
        RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, "mode = \"udp\"",
                "address = \"127.0.0.1:" + EXCHANGE_PORT + "\"", "username = \"HFT\"", "password = \"secret\""));
        final Path json = dir.resolve("demo.json");
        // The simulator fills against its own book of the mirrored feed: its fills of resting
        // orders come unasked, between replies, and must join the sequenced stream.
        final int exit = HftMain.execute("demo", "--gateway", "soupbintcp", "--exchange-book", "--config", dir.toString(),
                "--seconds", "2", "--warmup", "1", "--rate", "30000", "--symbols", "100", "--json", json.toString(),
                "--out", dir.resolve("report").toString(), "--no-metrics-file");
        assertEquals(0, exit);
        final String text = Files.readString(json);
        final long sent = number(text, "gateway_orders_sent");
        assertTrue(sent > 0, "orders over SoupBinTCP: " + text);
        assertTrue(number(text, "fills") > 0, "the simulator fills over SoupBinTCP: " + text);
        assertTrue(number(text, "venue_accepted") > 0, text);
        assertTrue(number(text, "exchange_feed_datagrams") > 0, "the simulator took in the mirrored feed: " + text);
        final long received = number(text, "exchange_orders_received");
        assertTrue(received > 0 && received <= sent + number(text, "gateway_cancels_sent"),
                "the simulator received the orders, nothing more: " + text);
        // the session counters are reported (found behind the demo's digesting transport): one
        // session, never lost
        assertEquals(0, number(text, "gateway_session_disconnects"), text);
        assertEquals(0, number(text, "gateway_replies_lost"), text);
        final int wire = text.indexOf("\"wire_to_wire\"");
        assertTrue(wire > 0, "wire-to-wire is reported over SoupBinTCP too: " + text);
        assertTrue(number(text.substring(wire), "count") > 0, text);
    }

    @Test
    void anUnknownGatewayIsAUsageError() {
        assertEquals(2, HftMain.execute("demo", "--gateway", "carrier-pigeon", "--seconds", "0"));
    }
}
