package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.Counters;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpLogin;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;

/**
 * OUCH over a SoupBinTCP 3.00 session that reconnects by itself: logs in on construction, sends
 * each order as an Unsequenced Data packet, hands the payload of each Sequenced Data packet to the
 * reply handler once, and sends a Client Heartbeat after a second without sending (clock time).
 *
 * <p>Session loss: end of stream, an I/O error, fifteen seconds without a byte from the server
 * (the spec's dead-link rule) or a login left unanswered for five seconds close the connection;
 * the transport then retries, from its own {@link #pollReplies} calls and never blocking, a
 * non-blocking connect and a Login Request for the same session and for the next sequence number
 * it expects ({@link #sequencedReceived()} + 1), after a back-off that doubles from the first
 * delay up to a ceiling. Sequenced replies are therefore neither lost nor applied twice: if the
 * server's Login Accepted restarts below the number requested, the duplicates are dropped; above
 * it, the replies skipped are counted ({@link SoupBinTcpSessionCounter#REPLIES_LOST}). A Login
 * Rejected or an End of Session ends the session for good (the venue closed the day or refuses us).
 *
 * <p>While not logged in, {@link #send} returns false: the gateway reports the order rejected to
 * risk. Nothing is queued for later, so no order is sent after a reconnect that was refused
 * before it (a late order is worse than a lost one; OUCH clients do not replay orders). An order
 * the socket took only in part is finished from the next calls; the next order is refused until
 * it is. Framing copes with partial reads. Gateway thread only; allocation-free while the session
 * is up (a reconnect opens a new socket, which allocates).
 */
public final class SoupBinTcpOrderTransport implements OrderTransport {
    /** Default delay before the first reconnect attempt. */
    public static final long DEFAULT_FIRST_BACKOFF_NS = 100_000_000L;
    /** Default ceiling of the delay between reconnect attempts. */
    public static final long DEFAULT_MAX_BACKOFF_NS = 5_000_000_000L;
    /** Without any byte from the server for this long the link is taken as dead (SoupBinTCP 3.00). */
    public static final long SERVER_SILENCE_NS = 15_000_000_000L;
    /** A connect or a login not completed within this long is given up and retried. */
    public static final long CONNECT_TIMEOUT_NS = 5_000_000_000L;
    private static final long HEARTBEAT_NS = 1_000_000_000L;
    private static final int BUFFER = 64 * 1024;

    private enum State { CONNECTING, LOGGING_IN, LOGGED_IN, WAITING, ENDED, CLOSED }

    private final InetSocketAddress venue;
    private final String username;
    private final String password;
    private final Clock clock;
    private final ReconnectBackoff backoff;
    private final Counters<SoupBinTcpSessionCounter> counters =
        new Counters<>("soupbintcp", SoupBinTcpSessionCounter.class);
    private final ByteBuffer out = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.BIG_ENDIAN);
    private final UnsafeBuffer outView = new UnsafeBuffer(out);
    // Room for the largest legal packet (a 65,535-byte length field plus itself): one byte less and
    // such a packet never framed, the session was "lost" and the replay of it lost it again.
    private final ByteBuffer in = ByteBuffer.allocateDirect(SoupBinTcpDescriptor.MAX_PACKET_SIZE)
        .order(ByteOrder.BIG_ENDIAN);
    private final UnsafeBuffer inView = new UnsafeBuffer(in);
    private final SoupBinTcpLogin login = new SoupBinTcpLogin();
    private final StringBuilder session = new StringBuilder(SoupBinTcpDescriptor.SESSION_LENGTH);
    private SocketChannel channel;
    private State state;
    private long stateSinceNs;
    private long retryAtNs;
    private long lastSendNs;
    private long lastReceiveNs;
    private long sequencedReceived;
    private long duplicatesToDrop;
    /** The reply a restarted engine resumes after; 0 for a session of its own. */
    private final long resumeAfter;

    /**
     * Connects (blocking, once, so that a wrong address fails at start-up) and sends the Login
     * Request; reconnects use the default back-off.
     *
     * @param venue SoupBinTCP server
     * @param username up to 6 characters
     * @param password up to 10 characters
     * @param clock heartbeat, timeout and back-off timing
     * @throws UncheckedIOException when the first connection fails
     */
    public SoupBinTcpOrderTransport(final InetSocketAddress venue, final String username, final String password,
                                    final Clock clock) {
        this(venue, username, password, clock, DEFAULT_FIRST_BACKOFF_NS, DEFAULT_MAX_BACKOFF_NS);
    }

    /**
     * Connects (blocking, once, so that a wrong address fails at start-up) and sends the Login
     * Request.
     *
     * @param venue SoupBinTCP server
     * @param username up to 6 characters
     * @param password up to 10 characters
     * @param clock heartbeat, timeout and back-off timing
     * @param firstBackoffNs delay before the first reconnect attempt after a loss
     * @param maxBackoffNs ceiling of the doubling delay between attempts
     * @throws UncheckedIOException when the first connection fails
     * @throws IllegalArgumentException when a login field is too long or the back-off is not positive
     */
    public SoupBinTcpOrderTransport(final InetSocketAddress venue, final String username, final String password,
                                    final Clock clock, final long firstBackoffNs, final long maxBackoffNs) {
        this(venue, username, password, clock, firstBackoffNs, maxBackoffNs, "", 0);
    }

    /**
     * Connects (blocking, once, so that a wrong address fails at start-up) and sends the Login
     * Request for session {@code resumeSession} and the reply after {@code resumeAfter}: an
     * engine restarted during the day asks the venue only for the replies its journal does not
     * hold (from 1, the venue would replay the day's, and a partial cancel applied twice closes an
     * order the venue still works). If the venue's first Login Accepted names another session, or
     * starts below {@code resumeAfter + 1} (another session or another day: its replies are not
     * ours to drop as duplicates), the session is ended for good and counted
     * ({@link SoupBinTcpSessionCounter#RESUME_REFUSED}).
     *
     * @param venue SoupBinTCP server
     * @param username up to 6 characters
     * @param password up to 10 characters
     * @param clock heartbeat, timeout and back-off timing
     * @param firstBackoffNs delay before the first reconnect attempt after a loss
     * @param maxBackoffNs ceiling of the doubling delay between attempts
     * @param resumeSession the session to log in to, empty for the venue's current one
     * @param resumeAfter sequence number of the last reply already applied, 0 for none
     * @throws UncheckedIOException when the first connection fails
     * @throws IllegalArgumentException when a login field is too long, the back-off is not
     *     positive or {@code resumeAfter} is negative
     */
    public SoupBinTcpOrderTransport(final InetSocketAddress venue, final String username, final String password,
                                    final Clock clock, final long firstBackoffNs, final long maxBackoffNs,
                                    final String resumeSession, final long resumeAfter) {
        if (resumeAfter < 0) {
            throw new IllegalArgumentException("resumeAfter " + resumeAfter + " < 0");
        }
        if (resumeSession.length() > SoupBinTcpDescriptor.SESSION_LENGTH) {
            throw new IllegalArgumentException("session '" + resumeSession + "' is longer than "
                + SoupBinTcpDescriptor.SESSION_LENGTH + " characters");
        }
        this.sequencedReceived = resumeAfter;
        this.resumeAfter = resumeAfter;
        this.session.append(resumeSession);
        this.venue = venue;
        this.username = username;
        this.password = password;
        this.clock = clock;
        this.backoff = new ReconnectBackoff(firstBackoffNs, maxBackoffNs);
        out.limit(0);
        SoupBinTcpEncoder.loginRequest(outView, 0, username, password, "", 0); // fields fit, or it throws
        try {
            channel = SocketChannel.open(venue);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
        } catch (final IOException ex) {
            closeChannel();
            throw new UncheckedIOException("cannot connect SoupBinTCP session to " + venue, ex);
        }
        onConnected(clock.epochNanos());
    }

    @Override
    public boolean send(final DirectBuffer buffer, final int offset, final int length) {
        if (state != State.LOGGED_IN || length + SoupBinTcpDescriptor.PAYLOAD_OFFSET > BUFFER) {
            return false;
        }
        if (out.hasRemaining() && !flush()) {
            return false; // the last order is still going out: refuse this one whole
        }
        final int size = SoupBinTcpEncoder.unsequencedDataHeader(outView, 0, length);
        outView.putBytes(SoupBinTcpDescriptor.PAYLOAD_OFFSET, buffer, offset, length);
        out.limit(size).position(0);
        flush();
        if (out.position() == 0) {
            out.limit(0); // not a byte went out (socket full, or the session just dropped): refused
            return false;
        }
        return true;
    }

    /** Writes what the socket takes now; true when nothing is left. A failed write loses the session. */
    private boolean flush() {
        try {
            if (channel.write(out) > 0) {
                lastSendNs = clock.epochNanos();
            }
            return !out.hasRemaining();
        } catch (final IOException ex) {
            lost(clock.epochNanos());
            return false;
        }
    }

    @Override
    public int pollReplies(final ReplyHandler handler) {
        switch (state) {
            case LOGGED_IN:
            case LOGGING_IN:
                return pollSession(handler, clock.epochNanos());
            case CONNECTING:
                pollConnect(clock.epochNanos());
                return 0;
            case WAITING:
                retryIfDue(clock.epochNanos());
                return 0;
            default:
                return 0;
        }
    }

    private void retryIfDue(final long now) {
        if (now - retryAtNs >= 0) {
            connect(now);
        }
    }

    private int pollSession(final ReplyHandler handler, final long now) {
        if (out.hasRemaining() && !flush()) {
            if (state != State.LOGGED_IN && state != State.LOGGING_IN) {
                return 0;
            }
        } else if (state == State.LOGGED_IN && now - lastSendNs >= HEARTBEAT_NS) {
            final int size = SoupBinTcpEncoder.emptyPacket(outView, 0, SoupBinTcpDescriptor.CLIENT_HEARTBEAT);
            out.limit(size).position(0);
            if (!flush() && state != State.LOGGED_IN) {
                return 0;
            }
        }
        boolean endOfStream = false;
        try {
            final int read = channel.read(in);
            if (read > 0) {
                lastReceiveNs = now;
            }
            endOfStream = read < 0;
        } catch (final IOException ex) {
            endOfStream = true;
        }
        // Packets already here are handled before the end of stream: an End of Session is
        // followed by the server closing, and must end the session rather than start a reconnect.
        final int replies = frame(handler);
        if (state != State.LOGGED_IN && state != State.LOGGING_IN) {
            return replies;
        }
        // A full receive buffer with no whole packet in it is a packet longer than any OUCH reply.
        if (endOfStream || !in.hasRemaining() || now - lastReceiveNs >= SERVER_SILENCE_NS
            || state == State.LOGGING_IN && now - stateSinceNs >= CONNECT_TIMEOUT_NS) {
            lost(now);
        }
        return replies;
    }

    private int frame(final ReplyHandler handler) {
        int replies = 0;
        int at = 0;
        final int limit = in.position();
        while (limit - at >= SoupBinTcpDescriptor.PACKET_LENGTH_SIZE
            && (state == State.LOGGED_IN || state == State.LOGGING_IN)) {
            final int packetLength = inView.getShort(at, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            if (limit - at - SoupBinTcpDescriptor.PACKET_LENGTH_SIZE < packetLength) {
                break;
            }
            if (packetLength > 0) {
                replies += dispatch(at, packetLength, handler);
            }
            at += SoupBinTcpDescriptor.PACKET_LENGTH_SIZE + packetLength;
        }
        if (at > 0 && channel != null) {
            in.flip().position(at);
            in.compact();
        }
        return replies;
    }

    private int dispatch(final int at, final int packetLength, final ReplyHandler handler) {
        switch (inView.getByte(at + SoupBinTcpDescriptor.PACKET_TYPE_OFFSET)) {
            case SoupBinTcpDescriptor.SEQUENCED_DATA:
                if (state != State.LOGGED_IN) {
                    return 0;
                }
                if (duplicatesToDrop > 0) {
                    duplicatesToDrop--;
                    counters.increment(SoupBinTcpSessionCounter.DUPLICATES_DROPPED);
                    return 0;
                }
                sequencedReceived++;
                handler.onReply(inView, at + SoupBinTcpDescriptor.PAYLOAD_OFFSET, packetLength - 1);
                return 1;
            case SoupBinTcpDescriptor.LOGIN_ACCEPTED:
                if (state == State.LOGGING_IN && packetLength == SoupBinTcpDescriptor.LOGIN_ACCEPTED_PACKET_LENGTH) {
                    loggedIn(login.wrap(inView, at), at, handler);
                }
                return 0;
            case SoupBinTcpDescriptor.LOGIN_REJECTED:
                counters.increment(SoupBinTcpSessionCounter.LOGIN_REJECTS);
                end();
                return 0;
            case SoupBinTcpDescriptor.END_OF_SESSION:
                counters.increment(SoupBinTcpSessionCounter.END_OF_SESSION);
                end();
                return 0;
            default:
                return 0;
        }
    }

    private void loggedIn(final SoupBinTcpLogin accepted, final int at, final ReplyHandler handler) {
        final long expected = sequencedReceived + 1;
        final long next = accepted.sequenceNumber();
        if (counters.get(SoupBinTcpSessionCounter.LOGINS) == 0 && resumeAfter > 0
            && (next < expected || session.length() > 0 && !isSession(accepted))) {
            counters.increment(SoupBinTcpSessionCounter.RESUME_REFUSED);
            end();
            return;
        }
        if (next > expected) {
            counters.add(SoupBinTcpSessionCounter.REPLIES_LOST, next - expected);
            sequencedReceived = next - 1;
        } else if (next >= 1) {
            duplicatesToDrop = expected - next;
        }
        session.setLength(0);
        // A session name we could not echo in the next Login Request (it would throw there, on
        // every reconnect) is not kept: the next login asks for the current session instead.
        if (accepted.isSessionPrintable()) {
            accepted.appendSession(session);
        }
        if (counters.get(SoupBinTcpSessionCounter.LOGINS) > 0) {
            counters.increment(SoupBinTcpSessionCounter.RECONNECTS);
        }
        counters.increment(SoupBinTcpSessionCounter.LOGINS);
        backoff.reset();
        enter(State.LOGGED_IN, clock.epochNanos());
        handler.onSessionStart(inView, at + SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET,
            SoupBinTcpDescriptor.SESSION_LENGTH, sequencedReceived + 1); // as the next reply will be numbered
    }

    /** Whether a Login Accepted names the session asked for (slow path: logins only). */
    private boolean isSession(final SoupBinTcpLogin accepted) {
        return accepted.isSessionPrintable()
            && accepted.appendSession(new StringBuilder()).toString().contentEquals(session);
    }

    /** Starts a non-blocking connect; {@link #pollConnect} finishes it from later duty cycles. */
    private void connect(final long now) {
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (channel.connect(venue)) {
                connected(now);
            } else {
                enter(State.CONNECTING, now);
            }
        } catch (final IOException ex) {
            connectFailed(now);
        }
    }

    private void pollConnect(final long now) {
        try {
            if (channel.finishConnect()) {
                connected(now);
            } else if (now - stateSinceNs >= CONNECT_TIMEOUT_NS) {
                connectFailed(now);
            }
        } catch (final IOException ex) {
            connectFailed(now);
        }
    }

    /**
     * A connect completed: to the venue, unless the socket connected to itself. Linux picks a
     * client's port from the same ephemeral range a server bound to port 0 gets its port from; when
     * the venue is down and its port is such a one, TCP's simultaneous open can hand the client
     * its own destination port, and the "connection" is a loop that echoes our login back. That
     * is a failed connect, counted as one. (Defensive: no test here can force the kernel's pick.)
     */
    private void connected(final long now) throws IOException {
        if (channel.getLocalAddress().equals(channel.getRemoteAddress())) {
            connectFailed(now);
            return;
        }
        onConnected(now);
    }

    private void onConnected(final long now) {
        in.clear();
        duplicatesToDrop = 0;
        // The same session, from the next reply this side has not seen: the server replays from there.
        final int size = SoupBinTcpEncoder.loginRequest(outView, 0, username, password, session, sequencedReceived + 1);
        out.limit(size).position(0);
        enter(State.LOGGING_IN, now);
        lastReceiveNs = now;
        flush();
    }

    private void connectFailed(final long now) {
        counters.increment(SoupBinTcpSessionCounter.CONNECT_FAILURES);
        retryLater(now);
    }

    /** The session dropped under us: count it and try again after the back-off. */
    private void lost(final long now) {
        if (state == State.LOGGED_IN || state == State.LOGGING_IN) {
            counters.increment(SoupBinTcpSessionCounter.DISCONNECTS);
            retryLater(now);
        }
    }

    private void retryLater(final long now) {
        closeChannel();
        retryAtNs = now + backoff.next();
        enter(State.WAITING, now);
    }

    private void end() {
        closeChannel();
        enter(State.ENDED, clock.epochNanos());
    }

    private void enter(final State next, final long now) {
        state = next;
        stateSinceNs = now;
    }

    private void closeChannel() {
        out.limit(0);
        in.clear();
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
        channel = null;
    }

    /**
     * Returns whether the session is logged in now (orders can be sent).
     *
     * @return whether the session is logged in now
     */
    public boolean isLoggedIn() {
        return state == State.LOGGED_IN;
    }

    /**
     * Returns whether the server ended the session (End of Session or Login Rejected): no reconnect follows.
     *
     * @return whether the session has ended for good
     */
    public boolean isEnded() {
        return state == State.ENDED;
    }

    @Override
    public long replySequence() {
        return sequencedReceived;
    }

    /**
     * Returns the sequence number of the last Sequenced Data packet handed to the reply handler,
     * over every connection of the session: the packets received, duplicates not included, after
     * the {@code resumeAfter} it started from.
     *
     * @return the last reply's sequence number, 0 before any
     */
    public long sequencedReceived() {
        return sequencedReceived;
    }

    /**
     * Returns the session counters (logins, losses, reconnects), readable from any thread.
     *
     * @return the session counters
     */
    public Counters<SoupBinTcpSessionCounter> counters() {
        return counters;
    }

    @Override
    public void close() {
        if (state == State.LOGGED_IN && !out.hasRemaining()) {
            out.limit(SoupBinTcpEncoder.emptyPacket(outView, 0, SoupBinTcpDescriptor.LOGOUT_REQUEST)).position(0);
            flush();
        }
        closeChannel();
        enter(State.CLOSED, 0);
    }
}
