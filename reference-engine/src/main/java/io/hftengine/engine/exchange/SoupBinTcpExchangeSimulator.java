package io.hftengine.engine.exchange;

import io.hftengine.engine.wire.StampLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpLogin;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;

/**
 * The exchange simulator as a SoupBinTCP 3.00 server: OUCH 4.2 orders arrive as Unsequenced Data
 * and the {@link OrderDesk}'s replies go out as Sequenced Data of one session, numbered from 1 and
 * kept in a {@link SequencedStore}. Non-blocking NIO, one thread, a few connections at once.
 *
 * <p>Login: the configured username and password, and the configured session or a blank one, are
 * accepted (else Login Rejected 'A' or 'S'); the stream is served from the requested sequence
 * number (0: from the next new message; beyond the stream's end: from its end; older than the
 * store keeps: from the oldest kept), which the Login Accepted states. One client is logged in at
 * a time: a new login closes the older connection (a client that lost its link may log in again
 * before the server has noticed). Heartbeats after a second without sending; a client silent for
 * fifteen seconds is disconnected. {@link #stop()} sends End of Session to the logged-in client
 * after the messages it has not had yet.
 */
public final class SoupBinTcpExchangeSimulator implements ExchangeSimulator {
    /** Messages kept for re-logins by default. */
    public static final int DEFAULT_STORE = 1 << 16;
    private static final int MAX_CONNECTIONS = 4;
    private static final long CLIENT_SILENCE_NS = 15_000_000_000L;
    private static final long END_OF_SESSION_FLUSH_MS = 500;

    private final ServerSocketChannel server;
    private final OrderDesk desk;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String session;
    private final SequencedStore store;
    private final List<SoupServerSession> connections = new ArrayList<>();
    private final ReplyHandler toStore = this::store;
    private final StringBuilder field = new StringBuilder(SoupBinTcpDescriptor.SESSION_LENGTH);
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean started;
    private volatile boolean dropRequested;
    private volatile long logins;
    private volatile long loginsRejected;

    /**
     * Binds the listening socket.
     *
     * @param bind the address to listen on
     * @param clock the exchange's time source (reply timestamps, heartbeats)
     * @param fillPercent share of each order filled at once, 0..100
     * @param maxShares larger orders are rejected
     * @param username the one accepted (up to 6 characters)
     * @param password its password (up to 10 characters)
     * @param session the session name in Login Accepted (up to 10 characters)
     * @param storeCapacity sequenced messages kept for re-logins, a power of two
     * @throws UncheckedIOException when the address cannot be bound
     * @throws IllegalArgumentException when a name is too long
     */
    public SoupBinTcpExchangeSimulator(final InetSocketAddress bind, final Clock clock, final int fillPercent,
            final long maxShares, final String username, final String password, final String session,
            final int storeCapacity) {
        if (username.length() > SoupBinTcpDescriptor.USERNAME_LENGTH
                || password.length() > SoupBinTcpDescriptor.PASSWORD_LENGTH
                || session.isBlank() || session.length() > SoupBinTcpDescriptor.SESSION_LENGTH) {
            throw new IllegalArgumentException("SoupBinTCP username is at most 6, password at most 10 and the"
                    + " session 1 to 10 characters");
        }
        this.desk = new OrderDesk(clock, fillPercent, maxShares);
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.session = session;
        this.store = new SequencedStore(storeCapacity);
        try {
            this.server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(bind);
            server.configureBlocking(false);
        } catch (final IOException e) {
            throw new UncheckedIOException("exchange: cannot listen on " + bind, e);
        }
    }

    @Override
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String protocol() {
        return "SoupBinTCP";
    }

    @Override
    public void run() {
        started = true;
        try {
            while (running) {
                if (pollOnce() == 0) {
                    Thread.onSpinWait();
                    Thread.yield(); // shares a small machine with the engine: do not hog a core
                }
            }
        } finally {
            shutdown();
            exited.countDown();
        }
    }

    /**
     * One duty cycle: accepts, reads and handles what clients sent, writes what they are owed.
     *
     * @return work done, 0 when idle
     */
    public int pollOnce() {
        final int market = desk.pollMarket(toStore); // fills of resting orders join the sequenced stream
        final long now = clock.epochNanos();
        if (dropRequested) {
            dropRequested = false;
            for (final SoupServerSession c : connections) {
                c.close();
            }
        }
        int work = acceptAll(now);
        for (int i = 0; i < connections.size(); i++) {
            work += connections.get(i).read(now, CLIENT_SILENCE_NS);
        }
        for (int i = 0; i < connections.size(); i++) {
            connections.get(i).pump(store, now);
        }
        connections.removeIf(SoupServerSession::isClosed);
        return work + market;
    }

    private int acceptAll(final long now) {
        int accepted = 0;
        try {
            for (SocketChannel c = server.accept(); c != null; c = server.accept()) {
                if (connections.size() >= MAX_CONNECTIONS) {
                    c.close();
                    continue;
                }
                c.configureBlocking(false);
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                connections.add(new SoupServerSession(this, c, now));
                accepted++;
            }
        } catch (final IOException e) {
            if (running) {
                throw new UncheckedIOException("exchange: accept failed", e);
            }
        }
        return accepted;
    }

    /** A Login Request from a connection: accepted, or rejected with the reason the spec gives. */
    void login(final SoupServerSession connection, final SoupBinTcpLogin login) {
        if (!username.contentEquals(trimmed(login.appendUsername(field.delete(0, field.length()))))
                || !password.contentEquals(trimmed(login.appendPassword(field.delete(0, field.length()))))) {
            loginsRejected++;
            connection.reject('A');
            return;
        }
        login.appendRequestedSession(field.delete(0, field.length()));
        // Implementations pad a short session on either side (the spec's Alpha type pads on the
        // right, its Login Accepted note and nassau on the left): compare what is between.
        int leading = 0;
        while (leading < field.length() && field.charAt(leading) == ' ') {
            leading++;
        }
        field.delete(0, leading);
        if (field.length() > 0 && !session.contentEquals(field)) {
            loginsRejected++;
            connection.reject('S');
            return;
        }
        for (final SoupServerSession other : connections) {
            if (other != connection && other.isLoggedIn()) {
                other.close(); // last login wins: the older link is most likely dead
            }
        }
        final long requested = login.requestedSequenceNumber();
        final long first = requested <= 0 ? store.next() : Math.max(store.oldest(), Math.min(requested, store.next()));
        connection.accept(session, first);
        logins++;
    }

    private static StringBuilder trimmed(final StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
        return sb;
    }

    @Override
    public OrderDesk desk() {
        return desk;
    }

    /** An order from the logged-in client: its replies join the sequenced stream. */
    void order(final DirectBuffer buffer, final int offset, final int length) {
        desk.handle(buffer, offset, length, toStore);
    }

    private void store(final DirectBuffer buffer, final int offset, final int length) {
        store.append(buffer, offset, length);
    }

    /**
     * Fault injection: closes every client connection at once, with no End of Session, as a
     * broken link would (any thread; done on the next duty cycle).
     */
    public void dropConnections() {
        dropRequested = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    /** Sends End of Session after the messages still owed, for a bounded time, and closes everything. */
    private void shutdown() {
        if (!shutDown.compareAndSet(false, true)) {
            return;
        }
        final long deadline = System.currentTimeMillis() + END_OF_SESSION_FLUSH_MS;
        for (final SoupServerSession c : connections) {
            final long now = clock.epochNanos();
            c.pump(store, now);
            while (!c.drained(store) && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
                c.pump(store, clock.epochNanos());
            }
            c.endOfSession();
            while (!c.isClosed() && System.currentTimeMillis() < deadline) {
                c.pump(store, clock.epochNanos());
            }
            c.close();
        }
        connections.clear();
        desk.close();
        try {
            server.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }

    @Override
    public void logReceives(final StampLog log) {
        desk.logReceives(log);
    }

    @Override
    public long orders() {
        return desk.orders();
    }

    @Override
    public long replies() {
        return desk.replies();
    }

    @Override
    public long malformed() {
        return desk.malformed();
    }

    /**
     * Returns logins accepted.
     *
     * @return the count
     */
    public long logins() {
        return logins;
    }

    /**
     * Returns logins rejected (bad credentials or an unknown session).
     *
     * @return the count
     */
    public long loginsRejected() {
        return loginsRejected;
    }

    @Override
    public void close() {
        running = false;
        if (started) {
            try {
                exited.await(2, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        shutdown();
    }
}
