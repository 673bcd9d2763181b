package io.hftengine.engine.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.message.Order;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exchange simulator's SoupBinTCP mode against the engine's own gateway transport, end to end
 * on loopback (real time, the simulator on its own thread): orders answered as sequenced data, a
 * dropped connection recovered by the transport with every reply once, End of Session at stop;
 * and, with a raw client, the login checks and a replay from a requested sequence number.
 */
class SoupBinTcpExchangeSimulatorTest {
    private final SystemClock clock = new SystemClock();
    private final List<Character> replies = new ArrayList<>();
    private final ReplyHandler collect = (b, o, l) -> replies.add((char) b.getByte(o));
    private final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
    private final OuchOrderEncoder encoder = new OuchOrderEncoder(99_999, 0);
    private SoupBinTcpExchangeSimulator exchange;
    private Thread thread;

    private void start() {
        exchange = new SoupBinTcpExchangeSimulator(new InetSocketAddress("127.0.0.1", 0), clock, 50, 1_000,
                "HFT", "secret", "TESTSESS01", 1 << 10);
        thread = new Thread(exchange, "soup-exchange-test");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (exchange != null) {
            exchange.stop();
            thread.join(5_000);
            exchange.close();
        }
    }

    private int enter(final long token, final long shares) {
        return encoder.encodeEnter(new Order().set(token, 1, Side.BUY, 10 * Price.ONE, shares, 0), Symbol.pack("ALC"),
                order, 0);
    }

    private static void await(final SoupBinTcpOrderTransport soup, final ReplyHandler handler,
            final BooleanSupplier done, final String what) {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            soup.pollReplies(handler);
            assertTrue(System.currentTimeMillis() < deadline, what);
            Thread.onSpinWait();
        }
    }

    @Test
    void theGatewayTradesAndRecoversADroppedConnection() {
        start();
        final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(exchange.address(), "HFT", "secret", clock,
                20_000_000L, 100_000_000L);
        await(soup, collect, soup::isLoggedIn, "login");
        assertTrue(soup.send(order, 0, enter(1, 100)));
        assertTrue(soup.send(order, 0, enter(2, 5_000))); // over --max-shares: rejected
        assertTrue(soup.send(order, 0, encoder.encodeCancel(1, order, 0)));
        await(soup, collect, () -> replies.size() == 4, "replies: " + replies);
        assertEquals(List.of('A', 'E', 'J', 'C'), replies);

        exchange.dropConnections();
        await(soup, collect, () -> !soup.isLoggedIn(), "the drop is noticed");
        assertFalse(soup.send(order, 0, enter(3, 100)), "refused while down");
        await(soup, collect, soup::isLoggedIn, "reconnect after the back-off");
        assertTrue(soup.send(order, 0, enter(4, 100)));
        await(soup, collect, () -> replies.size() == 6, "replies after the reconnect: " + replies);
        assertEquals(List.of('A', 'E', 'J', 'C', 'A', 'E'), replies, "each reply once, none replayed twice");
        assertEquals(6, soup.sequencedReceived());
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.RECONNECTS));
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DUPLICATES_DROPPED));
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.REPLIES_LOST));
        assertEquals(4, exchange.orders(), "order 3 never reached the venue");
        assertEquals(2, exchange.logins());

        exchange.stop();
        await(soup, collect, soup::isEnded, "End of Session at stop");
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.CONNECT_FAILURES));
        soup.close();
    }

    @Test
    void checksTheLoginAndReplaysFromTheRequestedSequenceNumber() throws Exception {
        start();
        final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(exchange.address(), "HFT", "secret", clock);
        await(soup, collect, soup::isLoggedIn, "login");
        assertTrue(soup.send(order, 0, enter(1, 100)));
        assertTrue(soup.send(order, 0, enter(2, 100)));
        await(soup, collect, () -> replies.size() == 4, "replies: " + replies);
        soup.close();

        assertEquals("J:A", raw("HFT", "wrong", "", 1));
        assertEquals("J:S", raw("HFT", "secret", "OTHERSESS", 1));
        assertEquals("A:TESTSESS01:3:SSH", raw("HFT", "secret", "TESTSESS01", 3), "messages 3 and 4, then a heartbeat");
        assertEquals("A:TESTSESS01:5:H", raw("HFT", "secret", "", 0), "0: only what comes next");
        assertEquals(2, exchange.loginsRejected());
    }

    @Test
    void aShortSessionIsFoundWhicheverSideItIsPaddedOn() throws Exception {
        exchange = new SoupBinTcpExchangeSimulator(new InetSocketAddress("127.0.0.1", 0), clock, 50, 1_000,
                "HFT", "secret", "ABC", 1 << 10);
        thread = new Thread(exchange, "soup-exchange-test");
        thread.start();
        assertEquals("A:ABC:1:H", raw("HFT", "secret", "ABC", 1), "left-justified, as the Alpha type");
        assertEquals("A:ABC:1:H", raw("HFT", "secret", "       ABC", 1), "right-justified, as nassau writes it");
        assertEquals("J:S", raw("HFT", "secret", "   ABD", 1));
    }

    /** Logs in with a plain socket; returns the packet types it gets within ~1.5 s, login fields included. */
    private String raw(final String user, final String password, final String session, final long sequence)
            throws Exception {
        try (Socket socket = new Socket(exchange.address().getAddress(), exchange.address().getPort())) {
            socket.setSoTimeout(1_500);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
            final int length = SoupBinTcpEncoder.loginRequest(buffer, 0, user, password, session, sequence);
            final OutputStream out = socket.getOutputStream();
            out.write(buffer.byteArray(), 0, length);
            out.flush();
            final DataInputStream in = new DataInputStream(socket.getInputStream());
            final StringBuilder seen = new StringBuilder();
            while (true) {
                final int packetLength;
                try {
                    packetLength = in.readUnsignedShort();
                } catch (final java.io.EOFException | java.net.SocketTimeoutException end) {
                    return seen.toString();
                }
                final byte[] body = new byte[packetLength];
                in.readFully(body);
                seen.append((char) body[0]);
                if (body[0] == SoupBinTcpDescriptor.LOGIN_ACCEPTED) {
                    seen.append(':').append(new String(body, 1, 10).trim()).append(':')
                            .append(new String(body, 11, 20).trim()).append(':');
                } else if (body[0] == SoupBinTcpDescriptor.LOGIN_REJECTED) {
                    seen.append(':').append((char) body[1]);
                } else if (body[0] == SoupBinTcpDescriptor.SERVER_HEARTBEAT) {
                    return seen.toString();
                }
            }
        }
    }
}
