package io.hftengine.engine.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import io.hftengine.protocol.soupbintcp.SoupBinTcpDecoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpListener;
import io.hftengine.protocol.soupbintcp.SoupBinTcpLogin;
import io.hftengine.protocol.soupbintcp.SoupBinTcpReceiver;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One client connection of the {@link SoupBinTcpExchangeSimulator}: reassembles what it sends
 * (hft-protocol's receiver and decoder), and writes to it, never blocking, the login answer,
 * heartbeats and the sequenced messages of the {@link SequencedStore} from the number it logged
 * in for. What does not fit the socket now stays in the out buffer for the next call. The
 * simulator's thread only.
 */
final class SoupServerSession implements SoupBinTcpListener {
    private static final long HEARTBEAT_NS = 1_000_000_000L;
    private static final int OUT = 64 * 1024;

    private final SoupBinTcpExchangeSimulator server;
    private final SocketChannel channel;
    private final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(new SoupBinTcpDecoder(this));
    private final ByteBuffer out = ByteBuffer.allocateDirect(OUT);
    private final UnsafeBuffer outView = new UnsafeBuffer(out);
    private boolean loggedIn;
    private boolean closing;
    private boolean closed;
    private long nextToSend;
    private long lastReceiveNs;
    private long lastSendNs;

    SoupServerSession(final SoupBinTcpExchangeSimulator server, final SocketChannel channel, final long nowNs) {
        this.server = server;
        this.channel = channel;
        this.lastReceiveNs = nowNs;
        this.lastSendNs = nowNs;
    }

    /** Reads what the client sent and handles it; returns 1 if anything arrived. */
    int read(final long nowNs, final long silenceNs) {
        if (closed || closing) {
            return 0;
        }
        try {
            final int n = receiver.read(channel);
            if (n < 0) {
                close();
                return 0;
            }
            if (n > 0) {
                lastReceiveNs = nowNs;
                return 1;
            }
        } catch (final IOException e) {
            close();
            return 0;
        }
        if (nowNs - lastReceiveNs >= silenceNs) {
            close(); // the spec's dead-link rule: nothing from the client, not even a heartbeat
        }
        return 0;
    }

    /** Queues stored messages from the next one this client has not had, a heartbeat if idle, and writes. */
    void pump(final SequencedStore store, final long nowNs) {
        if (closed) {
            return;
        }
        if (loggedIn) {
            if (nextToSend < store.oldest()) {
                close(); // fell further behind than the store keeps: it cannot be served in order
                return;
            }
            while (nextToSend < store.next()
                && out.remaining() >= SoupBinTcpDescriptor.PAYLOAD_OFFSET + store.length(nextToSend)) {
                final int at = out.position();
                final int length = store.copy(nextToSend, outView, at + SoupBinTcpDescriptor.PAYLOAD_OFFSET);
                out.position(at + SoupBinTcpEncoder.sequencedDataHeader(outView, at, length));
                nextToSend++;
            }
            if (out.position() == 0 && nowNs - lastSendNs >= HEARTBEAT_NS) {
                append(SoupBinTcpEncoder.emptyPacket(outView, 0, SoupBinTcpDescriptor.SERVER_HEARTBEAT));
            }
        }
        flush(nowNs);
        if (closing && out.position() == 0) {
            close();
        }
    }

    /** Whether every stored message has been written to the socket. */
    boolean drained(final SequencedStore store) {
        return closed || out.position() == 0 && (!loggedIn || nextToSend == store.next());
    }

    private void flush(final long nowNs) {
        if (out.position() == 0) {
            return;
        }
        out.flip();
        try {
            if (channel.write(out) > 0) {
                lastSendNs = nowNs;
            }
        } catch (final IOException e) {
            out.clear();
            close();
            return;
        }
        out.compact();
    }

    private void append(final int size) {
        out.position(out.position() + size);
    }

    /** Answers the login: accepted from {@code firstSequence} on. */
    void accept(final CharSequence session, final long firstSequence) {
        final int at = out.position();
        out.position(at + SoupBinTcpEncoder.loginAccepted(outView, at, session, firstSequence));
        nextToSend = firstSequence;
        loggedIn = true;
    }

    /** Answers the login with a rejection and closes once it is written. */
    void reject(final char reason) {
        final int at = out.position();
        out.position(at + SoupBinTcpEncoder.loginRejected(outView, at, reason));
        closing = true;
    }

    /** Queues End of Session after everything stored; the caller drains and closes. */
    void endOfSession() {
        if (loggedIn && !closed && out.remaining() >= SoupBinTcpDescriptor.PAYLOAD_OFFSET) {
            append(SoupBinTcpEncoder.emptyPacket(outView, out.position(), SoupBinTcpDescriptor.END_OF_SESSION));
            loggedIn = false;
            closing = true;
        }
    }

    boolean isLoggedIn() {
        return loggedIn && !closed;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes the connection at once, whatever is left to write (a dropped link, or shutdown). */
    void close() {
        closed = true;
        loggedIn = false;
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }

    @Override
    public void onLoginRequest(final SoupBinTcpLogin login) {
        if (loggedIn) {
            return; // a second login on a logged-in connection means nothing
        }
        server.login(this, login);
    }

    @Override
    public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length) {
        if (!loggedIn) {
            close(); // data before a login: not a SoupBinTCP client
            return;
        }
        server.order(buffer, offset, length);
    }

    @Override
    public void onLogoutRequest() {
        loggedIn = false;
        closing = true;
    }
}
