package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.MutableClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edge cases of {@link SoupBinTcpOrderTransport} against a scripted SoupBinTCP server on loopback
 * (the test thread plays the server through a blocking {@link Socket}): framing of every byte
 * split, many packets per read, empty and unknown packets, Debug, the largest legal packet, server
 * heartbeats and the fifteen-second silence rule (on a {@link MutableClock}), a server that closes
 * mid-packet and the re-login's requested sequence number (restart below and above it), Login
 * Rejected on a reconnect, End of Session with the close, a login never answered, a non-ASCII
 * session name, a full send buffer (partial writes), steady-state allocation, and a connect in
 * progress that times out or is closed.
 */
class SoupTransportEdgeCaseTest {
    private static final long BACKOFF_NS = 100_000_000L;
    private static final String SESSION = "SESS000042";

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final List<String> replies = new ArrayList<>();
    private final ReplyHandler collect = (b, o, l) -> replies.add(b.getStringWithoutLengthAscii(o, l));
    private ServerSocket server;
    private SoupBinTcpOrderTransport soup;
    private final List<Socket> peers = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        server.setSoTimeout(5_000);
    }

    @AfterEach
    void closeAll() throws IOException {
        if (soup != null) {
            soup.close();
        }
        for (final Socket peer : peers) {
            peer.close();
        }
        server.close();
    }

    // ---------------------------------------------------------------- scripted server

    private SoupBinTcpOrderTransport open() {
        return new SoupBinTcpOrderTransport((InetSocketAddress) server.getLocalSocketAddress(), "USER", "SECRET",
            clock, BACKOFF_NS, 50 * BACKOFF_NS);
    }

    private Socket accept() throws IOException {
        final Socket peer = server.accept();
        peer.setSoTimeout(5_000);
        peer.setTcpNoDelay(true);
        peers.add(peer);
        return peer;
    }

    /** Reads one client packet: its type, then its payload as text. */
    private static String readPacket(final Socket peer) throws IOException {
        final DataInputStream in = new DataInputStream(peer.getInputStream());
        final int length = in.readUnsignedShort();
        final byte[] body = new byte[length];
        in.readFully(body);
        return new String(body, StandardCharsets.US_ASCII);
    }

    /** Reads the Login Request; returns "session|sequence" as requested. */
    private static String readLogin(final Socket peer) throws IOException {
        final String login = readPacket(peer);
        assertEquals('L', login.charAt(0), login);
        return login.substring(17, 27).trim() + "|" + login.substring(27).trim();
    }


    /** After a reconnect attempt began: accepts it and polls the transport until its Login Request is here. */
    private String reconnectLogin() throws IOException {
        final Socket peer = accept();
        final long deadline = System.currentTimeMillis() + 5_000;
        while (peer.getInputStream().available() < 49) {
            soup.pollReplies(collect);
            assertTrue(System.currentTimeMillis() < deadline, "no Login Request on the new connection");
        }
        return readLogin(peer);
    }

    private Socket lastPeer() {
        return peers.get(peers.size() - 1);
    }

    private static byte[] packet(final char type, final String payload) {
        final byte[] body = payload.getBytes(StandardCharsets.US_ASCII);
        final byte[] p = new byte[3 + body.length];
        p[0] = (byte) ((body.length + 1) >>> 8);
        p[1] = (byte) (body.length + 1);
        p[2] = (byte) type;
        System.arraycopy(body, 0, p, 3, body.length);
        return p;
    }

    private static byte[] accepted(final long next) {
        return packet('A', String.format("%-10s%20d", SESSION, next));
    }

    private static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (final byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }

    private static void write(final Socket peer, final byte[] bytes) throws IOException {
        final OutputStream out = peer.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private void pollUntil(final BooleanSupplier done, final String what) {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            soup.pollReplies(collect);
            assertTrue(System.currentTimeMillis() < deadline, what + "; replies " + replies.size());
            Thread.onSpinWait();
        }
    }

    /** Polls a while without expecting anything (lets in-flight bytes arrive). */
    private void pollFor(final long millis) {
        final long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            soup.pollReplies(collect);
        }
    }

    private Socket loggedIn(final long next) throws IOException {
        soup = open();
        final Socket peer = accept();
        assertEquals("|1", readLogin(peer));
        write(peer, accepted(next));
        pollUntil(soup::isLoggedIn, "login");
        return peer;
    }

    private static List<String> range(final int from, final int to) {
        final List<String> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add("r" + i);
        }
        return list;
    }

    // ---------------------------------------------------------------- framing

    @Test
    void repliesSplitAtEveryByteBoundaryAreFramedExactly() throws Exception {
        soup = open();
        final Socket peer = accept();
        readLogin(peer);
        final byte[] stream = concat(accepted(1), packet('S', "r1"), packet('H', ""), packet('+', "debug text"),
            packet('S', "r2"), packet('S', "r3-longer-reply-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), packet('S', "r4"));
        for (final byte b : stream) {
            write(peer, new byte[] {b});
            pollFor(1); // one read per byte, as far as the kernel allows
        }
        pollUntil(() -> replies.size() == 4, "four replies");
        assertEquals(List.of("r1", "r2", "r3-longer-reply-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "r4"), replies);
        assertTrue(soup.isLoggedIn());
        assertEquals(4, soup.sequencedReceived());
    }

    @Test
    void manyRepliesInOneWriteLargerThanTheReceiveBuffer() throws Exception {
        final Socket peer = loggedIn(1);
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        final int n = 5_000; // ~60 bytes each: several times the 64 KiB receive buffer, cut anywhere
        for (int i = 1; i <= n; i++) {
            all.writeBytes(packet('S', "r" + i + "-".repeat(50 + i % 7)));
        }
        write(peer, all.toByteArray());
        pollUntil(() -> replies.size() == n, "all replies");
        for (int i = 1; i <= n; i++) {
            assertEquals("r" + i + "-".repeat(50 + i % 7), replies.get(i - 1));
        }
        assertTrue(soup.isLoggedIn());
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
    }

    @Test
    void emptyTypeOnlyUnknownAndDebugPacketsKeepTheStreamInFrame() throws Exception {
        final Socket peer = loggedIn(1);
        write(peer, concat(packet('S', "r1"), new byte[] {0, 0}, packet('H', ""), packet('?', "unknown type"),
            packet('+', "debug"), packet('S', "r2"), packet('U', "unsequenced from the server"), packet('S', "r3")));
        pollUntil(() -> replies.size() == 3, "three replies");
        assertEquals(range(1, 3), replies);
        assertTrue(soup.isLoggedIn());
        assertEquals(3, soup.sequencedReceived());
    }

    /**
     * A packet length of 0xFFFF is legal (65,537 bytes on the wire, {@code MAX_PACKET_SIZE}), but
     * the receive buffer is 64 KiB, one byte short: the transport takes the full buffer as a lost
     * session, and since the re-login asks for the same sequence number, a server that replays
     * the packet makes it lose the session again after every back-off, for good.
     */
    @Test
    void theLargestLegalPacketIsNotASessionLoss() throws Exception {
        final Socket peer = loggedIn(1);
        final byte[] big = packet('S', "x".repeat(0xFFFE));
        write(peer, concat(big, packet('S', "r2")));
        pollUntil(() -> replies.contains("r2") || !soup.isLoggedIn(), "r2 or a loss");
        final List<String> relogins = new ArrayList<>();
        for (int attempt = 0; attempt < 3 && !soup.isLoggedIn(); attempt++) {
            clock.advance(BACKOFF_NS); // the back-off is reset by each login: 0.1 s every time
            soup.pollReplies(collect);
            relogins.add(reconnectLogin());
            write(lastPeer(), concat(accepted(1), big, packet('S', "r2")));
            // until both replies came, or this login was accepted and lost again
            pollUntil(() -> replies.contains("r2") || !soup.isLoggedIn()
                && soup.counters().get(SoupBinTcpSessionCounter.LOGINS) == relogins.size() + 1, "re-login " + attempt);
        }
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS),
            "a Sequenced Data packet of length 0xFFFF loses the session; re-logins: " + relogins);
        assertEquals("r2", replies.get(replies.size() - 1));
        assertEquals(2, soup.sequencedReceived(), "both packets numbered, the big one included");
    }

    // ---------------------------------------------------------------- timing

    @Test
    void serverHeartbeatsKeepTheSessionAliveAndFifteenSilentSecondsLoseIt() throws Exception {
        final Socket peer = loggedIn(1);
        for (int i = 0; i < 5; i++) {
            clock.advance(SoupBinTcpOrderTransport.SERVER_SILENCE_NS - 1_000_000_000L);
            write(peer, packet('H', ""));
            pollFor(5);
            assertTrue(soup.isLoggedIn(), "a heartbeat every 14 s keeps it");
            // the client heartbeats too: it has sent nothing for over a second
            assertEquals("R", readPacket(peer));
        }
        clock.advance(SoupBinTcpOrderTransport.SERVER_SILENCE_NS - 1);
        pollFor(5);
        assertTrue(soup.isLoggedIn(), "not before 15 s");
        clock.advance(1);
        soup.pollReplies(collect);
        assertFalse(soup.isLoggedIn(), "15 s without a byte: lost");
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals(SESSION + "|1", reconnectLogin());
    }

    @Test
    void clientHeartbeatOnlyAfterASecondWithoutSending() throws Exception {
        final Socket peer = loggedIn(1);
        final UnsafeBuffer order = new UnsafeBuffer(new byte[8]);
        order.putStringWithoutLengthAscii(0, "ORDER001");
        clock.advance(900_000_000L);
        assertTrue(soup.send(order, 0, 8));
        clock.advance(900_000_000L);
        pollFor(5);
        assertEquals("UORDER001", readPacket(peer));
        peer.setSoTimeout(100);
        assertEquals(0, peer.getInputStream().available(), "no heartbeat 0.9 s after an order");
        clock.advance(100_000_000L);
        pollFor(5);
        assertEquals("R", readPacket(peer));
    }

    @Test
    void aLoginNeverAnsweredIsRetriedAfterFiveSeconds() throws Exception {
        soup = open();
        final Socket first = accept();
        assertEquals("|1", readLogin(first));
        clock.advance(SoupBinTcpOrderTransport.CONNECT_TIMEOUT_NS - 1);
        pollFor(5);
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
        clock.advance(1);
        soup.pollReplies(collect);
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals("|1", reconnectLogin());
        final Socket second = lastPeer();
        write(second, accepted(1));
        pollUntil(soup::isLoggedIn, "second login");
    }

    // ---------------------------------------------------------------- reconnect

    @Test
    void serverClosingMidPacketResumesFromTheNextReplyNotHad() throws Exception {
        final Socket peer = loggedIn(1);
        final byte[] third = packet('S', "r3");
        write(peer, concat(packet('S', "r1"), packet('S', "r2"), new byte[] {third[0], third[1], third[2]}));
        pollUntil(() -> replies.size() == 2, "two replies");
        peer.close();
        pollUntil(() -> !soup.isLoggedIn(), "the close is noticed");
        final UnsafeBuffer order = new UnsafeBuffer(new byte[8]);
        assertFalse(soup.send(order, 0, 8), "refused while down");
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals(SESSION + "|3", reconnectLogin(), "same session, the reply cut in half is asked for again");
        final Socket again = lastPeer();
        // a server that restarts one below the request: r2 comes again and must be dropped
        write(again, concat(accepted(2), packet('S', "r2"), packet('S', "r3"), packet('S', "r4")));
        pollUntil(() -> replies.size() == 4, "r3 and r4");
        pollFor(5);
        assertEquals(range(1, 4), replies);
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.DUPLICATES_DROPPED));
        assertEquals(4, soup.sequencedReceived());
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.RECONNECTS));
    }

    @Test
    void aServerRestartingAboveTheRequestCountsTheRepliesSkipped() throws Exception {
        final Socket peer = loggedIn(1);
        write(peer, packet('S', "r1"));
        pollUntil(() -> replies.size() == 1, "r1");
        peer.close();
        pollUntil(() -> !soup.isLoggedIn(), "the close is noticed");
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals(SESSION + "|2", reconnectLogin());
        final Socket again = lastPeer();
        write(again, concat(accepted(5), packet('S', "r5")));
        pollUntil(() -> replies.size() == 2, "r5");
        assertEquals(List.of("r1", "r5"), replies);
        assertEquals(3, soup.counters().get(SoupBinTcpSessionCounter.REPLIES_LOST));
        assertEquals(5, soup.sequencedReceived());
        // a further loss asks for 6
        again.close();
        pollUntil(() -> !soup.isLoggedIn(), "second close");
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals(SESSION + "|6", reconnectLogin());
    }

    /**
     * The session name of a Login Accepted is kept as the server sent it and echoed in the next
     * Login Request. A byte above 0x7F in it (a server's garbage; the field is Alpha) is taken
     * without a check, and the re-login after a loss then throws IllegalArgumentException
     * ("not ASCII") out of pollReplies, from every duty cycle: the transport is stuck with a
     * connected socket in CONNECTING (finishConnect keeps answering true, so the connect timeout
     * never fires) and never logs in again; in the pipeline each throw is a stage error that trips
     * the kill switch.
     */
    @Test
    void aNonAsciiSessionNameDoesNotBreakTheReconnect() throws Exception {
        soup = open();
        final Socket peer = accept();
        readLogin(peer);
        final byte[] login = accepted(1);
        login[3 + 4] = (byte) 0xC3; // "SESS" + 0xC3 + "00042"
        write(peer, concat(login, packet('S', "r1")));
        RuntimeException thrown = pollCatching(50, null);
        peer.close();
        thrown = pollCatching(50, thrown);
        assertFalse(soup.isLoggedIn());
        // whatever the Login Accepted did (taken or refused), the venue is asked again after the back-off
        clock.advance(50 * BACKOFF_NS);
        thrown = pollCatching(1, thrown); // starts the connect
        final Socket again = accept();
        final long deadline = System.currentTimeMillis() + 2_000;
        while (thrown == null && again.getInputStream().available() < 49 && System.currentTimeMillis() < deadline) {
            thrown = pollCatching(1, null);
        }
        assertEquals(null, thrown, "pollReplies threw");
        assertEquals(49, again.getInputStream().available(), "a Login Request on the new connection");
    }

    /** Polls for a while; returns the first exception pollReplies threw (or {@code first}). */
    private RuntimeException pollCatching(final long millis, final RuntimeException first) {
        final long deadline = System.currentTimeMillis() + millis;
        do {
            try {
                soup.pollReplies(collect);
            } catch (final RuntimeException ex) {
                return first != null ? first : ex;
            }
        } while (System.currentTimeMillis() < deadline);
        return first;
    }

    @Test
    void loginRejectedOnAReconnectEndsTheSessionForGood() throws Exception {
        final Socket peer = loggedIn(1);
        write(peer, packet('S', "r1"));
        pollUntil(() -> replies.size() == 1, "r1");
        peer.close();
        pollUntil(() -> !soup.isLoggedIn(), "the close is noticed");
        clock.advance(BACKOFF_NS);
        soup.pollReplies(collect);
        assertEquals(SESSION + "|2", reconnectLogin());
        final Socket again = lastPeer();
        write(again, packet('J', "S"));
        pollUntil(soup::isEnded, "Login Rejected ends it");
        server.setSoTimeout(200);
        for (int i = 0; i < 10; i++) {
            clock.advance(SoupBinTcpOrderTransport.DEFAULT_MAX_BACKOFF_NS);
            soup.pollReplies(collect);
        }
        assertThrowsTimeout(() -> server.accept());
        assertFalse(soup.send(new UnsafeBuffer(new byte[8]), 0, 8));
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.LOGIN_REJECTS), "why it ended");
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.END_OF_SESSION));
    }

    @Test
    void endOfSessionInTheSameSegmentAsRepliesAndTheCloseEndsIt() throws Exception {
        final Socket peer = loggedIn(1);
        write(peer, concat(packet('S', "r1"), packet('S', "r2"), packet('Z', "")));
        peer.shutdownOutput();
        peer.close();
        pollUntil(soup::isEnded, "End of Session");
        assertEquals(range(1, 2), replies);
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
        assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.END_OF_SESSION), "why it ended");
        assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.LOGIN_REJECTS));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertThrowsTimeout(final Action action) throws Exception {
        try {
            action.run();
        } catch (final java.net.SocketTimeoutException expected) {
            return;
        }
        throw new AssertionError("a connection came after the session ended");
    }

    // ---------------------------------------------------------------- writes

    /** Orders of 600 to 1,600 bytes (send takes any length): the socket fills in a few thousand. */
    private static String orderText(final int token) {
        return String.format("O%08d", token) + "-".repeat(591 + token * 37 % 1_000);
    }

    /**
     * A server that stops reading fills the client's socket: orders are refused whole once it is
     * full, an order the socket took in part is finished later, and once the server reads again it
     * gets exactly the orders {@code send} said it sent, each whole, nothing between them.
     */
    @Test
    void aFullSendBufferNeverBreaksTheByteStream() throws Exception {
        server.close();
        server = new ServerSocket();
        server.setReceiveBufferSize(4_096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setSoTimeout(5_000);
        final Socket peer = loggedIn(1);
        final UnsafeBuffer order = new UnsafeBuffer(new byte[2_048]);
        final List<Integer> sent = new ArrayList<>();
        int refusedInARow = 0;
        int refused = 0;
        int token = 0;
        final long deadline = System.currentTimeMillis() + 2_000;
        // the server reads nothing: send until the socket has been full for a while
        while (refusedInARow < 200 && System.currentTimeMillis() < deadline) {
            token++;
            final String text = orderText(token);
            order.putStringWithoutLengthAscii(0, text);
            if (soup.send(order, 0, text.length())) {
                sent.add(token);
                refusedInARow = 0;
            } else {
                refused++;
                refusedInARow++;
            }
            soup.pollReplies(collect);
        }
        assertTrue(refused > 0, "the socket never filled");
        // now the server reads, slowly at first, while the client keeps trying
        final ByteArrayOutputStream got = new ByteArrayOutputStream();
        final Thread reader = new Thread(() -> {
            try {
                final InputStream in = peer.getInputStream();
                final byte[] chunk = new byte[997];
                int n;
                int reads = 0;
                while ((n = in.read(chunk, 0, reads++ < 200 ? 37 : chunk.length)) > 0) {
                    synchronized (got) {
                        got.write(chunk, 0, n);
                    }
                }
            } catch (final IOException closed) {
                // test over
            }
        });
        reader.setDaemon(true);
        reader.start();
        final long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            token++;
            final String text = orderText(token);
            order.putStringWithoutLengthAscii(0, text);
            if (soup.send(order, 0, text.length())) {
                sent.add(token);
            }
            soup.pollReplies(collect);
        }
        pollFor(200); // flushes any order still in part
        assertTrue(soup.isLoggedIn());
        soup.close(); // Logout Request, then the socket closes
        soup = null;
        reader.join(5_000);
        final byte[] bytes;
        synchronized (got) {
            bytes = got.toByteArray();
        }
        final List<Integer> onWire = new ArrayList<>();
        int at = 0;
        boolean logout = false;
        while (at < bytes.length) {
            assertTrue(bytes.length - at >= 3, "torn packet at the end, offset " + at);
            final int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
            final char type = (char) bytes[at + 2];
            assertTrue(at + 2 + length <= bytes.length, "torn packet at offset " + at);
            if (type == 'U') {
                final String text = new String(bytes, at + 3, length - 1, StandardCharsets.US_ASCII);
                final int t = Integer.parseInt(text.substring(1, 9));
                assertEquals(orderText(t), text, "order " + t + " whole");
                onWire.add(t);
            } else if (type == 'O') {
                logout = true;
            } else {
                assertEquals('R', type, "unexpected packet type at offset " + at);
            }
            at += 2 + length;
        }
        assertEquals(sent, onWire, "the orders send() accepted, in order, each once");
        assertTrue(logout);
    }

    /**
     * Steady state allocates nothing on the gateway thread: thousands of orders sent and 20,000 replies
     * framed (many per read, cut anywhere) with heartbeats both ways, measured with the JDK's
     * per-thread allocation counter after a warm-up.
     */
    @Test
    void steadyStateSendsAndPollsWithoutAllocating() throws Exception {
        final Socket peer = loggedIn(1);
        final int n = 20_000;
        final Thread venue = new Thread(() -> {
            try {
                final OutputStream out = peer.getOutputStream();
                final InputStream in = peer.getInputStream();
                final byte[] reply = packet('S', "r-reply-of-forty-bytes-xxxxxxxxxxxxxxxx");
                final byte[] sink = new byte[65_536];
                for (int i = 0; i < 2 * n; i++) {
                    out.write(i % 100 == 0 ? packet('H', "") : reply);
                    if (i % 64 == 0) {
                        out.flush();
                        while (in.available() > 0) {
                            in.read(sink);
                        }
                    }
                }
                out.flush();
                while (in.read(sink) > 0) {
                    // drain until the client closes
                }
            } catch (final IOException closed) {
                // test over
            }
        });
        venue.setDaemon(true);
        venue.start();
        final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
        order.putStringWithoutLengthAscii(0, "O-order-of-forty-nine-bytes-xxxxxxxxxxxxxxxxxxxxx");
        final int[] handed = new int[1];
        final ReplyHandler count = (b, o, l) -> handed[0]++;
        final java.lang.reflect.Method allocated = Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getThreadAllocatedBytes", long.class);
        final Object threads = Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean").invoke(null);
        final long tid = Thread.currentThread().getId();
        long before = 0;
        int sent = 0;
        int repliesAtHeartbeat = 0;
        final long deadline = System.currentTimeMillis() + 5_000;
        for (int i = 0; handed[0] < n && System.currentTimeMillis() < deadline; i++) {
            if (before == 0 && handed[0] >= n / 10) {
                // Steady state from a tenth of the replies on: reading many replies a poll, the
                // loop can be over in a few thousand iterations, so a fixed iteration count may
                // never come (before stayed 0 and the whole thread's allocation was counted).
                before = (long) allocated.invoke(threads, tid);
            }
            if (i % 4 == 0 && soup.send(order, 0, 49)) {
                sent++;
            }
            soup.pollReplies(count);
            if (handed[0] - repliesAtHeartbeat >= 1_000) {
                // a client heartbeat is due now and then; moved only on progress, so the
                // server is never silent for 15 s of this clock
                repliesAtHeartbeat = handed[0];
                clock.advance(1_100_000_000L);
            }
        }
        final long after = (long) allocated.invoke(threads, tid);
        assertTrue(handed[0] >= n, "replies " + handed[0]);
        assertTrue(sent > 1_000, "orders " + sent);
        assertTrue(soup.isLoggedIn());
        assertTrue(before != 0, "a steady state was measured");
        assertTrue(after - before < 1_024, "allocated " + (after - before) + " bytes in steady state");
    }

    // ---------------------------------------------------------------- close

    /**
     * The venue's accept queue is full, so the reconnect's SYN is dropped and the non-blocking
     * connect stays in progress: five seconds of clock give it up (a connect failure), and close
     * in the middle of the next attempt releases the socket and refuses everything afterwards.
     */
    @Test
    void aConnectInProgressTimesOutAndCloseWhileConnectingIsClean() throws Exception {
        server.close();
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(5_000);
        final Socket peer = loggedIn(1);
        final List<SocketChannel> fillers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                final SocketChannel filler = SocketChannel.open();
                filler.configureBlocking(false);
                filler.connect(server.getLocalSocketAddress());
                fillers.add(filler);
            }
            Thread.sleep(50);
            peer.close();
            pollUntil(() -> !soup.isLoggedIn(), "the close is noticed");
            clock.advance(BACKOFF_NS);
            pollFor(50);
            assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.CONNECT_FAILURES), "still connecting");
            clock.advance(SoupBinTcpOrderTransport.CONNECT_TIMEOUT_NS);
            soup.pollReplies(collect);
            assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.CONNECT_FAILURES), "the connect timed out");
            clock.advance(2 * BACKOFF_NS);
            pollFor(20);
            assertFalse(soup.isLoggedIn());
            soup.close();
            assertEquals(0, soup.pollReplies(collect));
            assertFalse(soup.send(new UnsafeBuffer(new byte[8]), 0, 8));
            assertFalse(soup.isLoggedIn());
            soup.close(); // twice is fine
            soup = null;
        } finally {
            for (final SocketChannel filler : fillers) {
                filler.close();
            }
        }
    }
}
