package io.hftengine.pipeline.gateway;

import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDecoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpListener;
import io.hftengine.protocol.soupbintcp.SoupBinTcpLogin;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small blocking SoupBinTCP venue for tests, one connection at a time, framed with hft-protocol's
 * codecs. It keeps every sequenced reply (the {@link SimulatedExchange}'s OUCH answers) and, on
 * login, replays them from the requested sequence number ({@code honourSequence}) or from 1 (a
 * server that ignores the request). Faults: after its {@code dropAfterOrder}-th order it sends
 * only the first {@code repliesBeforeDrop} replies of that order (all are stored) and drops the
 * connection; or it sends End of Session after that order instead ({@code endInstead}).
 */
final class SoupTestVenue implements AutoCloseable {
    static final String SESSION = "SESS000001";

    final List<String> logins = new CopyOnWriteArrayList<>();
    final List<String> orders = new CopyOnWriteArrayList<>();
    private final List<byte[]> stream = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final SimulatedExchange rules;
    private final boolean honourSequence;
    private final int dropAfterOrder;
    private final int repliesBeforeDrop;
    private final boolean endInstead;
    private final Thread thread;
    private volatile boolean listening = true;
    private volatile int connections;

    SoupTestVenue(final Clock clock, final int fillPercent, final boolean honourSequence, final int dropAfterOrder,
                  final int repliesBeforeDrop, final boolean endInstead) throws IOException {
        this.server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        this.rules = new SimulatedExchange(clock, fillPercent, 1_000_000, 1024);
        this.honourSequence = honourSequence;
        this.dropAfterOrder = dropAfterOrder;
        this.repliesBeforeDrop = repliesBeforeDrop;
        this.endInstead = endInstead;
        this.thread = new Thread(this::serve, "soup-test-venue");
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    int connections() {
        return connections;
    }

    int streamLength() {
        return stream.size();
    }

    /**
     * Stops listening: reconnect attempts are refused from now on. Waits for the accept thread to
     * leave: closing a server socket while another thread is blocked in its accept does not
     * finish the close until that thread wakes, and a connect in between was accepted (and
     * logged in) in about one full module run in three.
     */
    void stopListening() throws IOException {
        listening = false;
        server.close();
        try {
            thread.join(5_000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("test venue did not stop accepting");
        }
    }

    private void serve() {
        while (listening) {
            try (Socket socket = server.accept()) {
                connections++;
                socket.setTcpNoDelay(true);
                session(new DataInputStream(socket.getInputStream()), socket.getOutputStream());
            } catch (final IOException | java.io.UncheckedIOException closed) {
                // the client went away or the test stopped listening: next connection
            }
        }
    }

    private void session(final DataInputStream in, final OutputStream out) throws IOException {
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[SoupBinTcpDescriptor.MAX_PACKET_SIZE]);
        final List<byte[]> fresh = new ArrayList<>();
        final boolean[] logout = new boolean[1];
        final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(new SoupBinTcpListener() {
            @Override
            public void onLoginRequest(final SoupBinTcpLogin login) {
                final String session = login.appendRequestedSession(new StringBuilder()).toString();
                final long requested = login.requestedSequenceNumber();
                logins.add(session + "|" + requested);
                final long from = honourSequence ? Math.max(1, Math.min(requested, stream.size() + 1)) : 1;
                final UnsafeBuffer reply = new UnsafeBuffer(new byte[64]);
                write(out, reply, SoupBinTcpEncoder.loginAccepted(reply, 0, SESSION, from));
                for (long seq = from; seq <= stream.size(); seq++) {
                    sequenced(out, stream.get((int) seq - 1));
                }
            }

            @Override
            public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length) {
                final byte type = buffer.getByte(offset);
                orders.add((char) type + (type == EnterOrderMessage.MESSAGE_TYPE
                    ? Long.toString(new EnterOrderMessage().wrap(buffer, offset).orderTokenNumber())
                    : Long.toString(new CancelOrderMessage().wrap(buffer, offset).orderTokenNumber())));
                fresh.clear();
                rules.handle(buffer, offset, length, (b, o, l) -> {
                    final byte[] message = new byte[l];
                    b.getBytes(o, message);
                    fresh.add(message);
                });
                stream.addAll(fresh);
            }

            @Override
            public void onLogoutRequest() {
                logout[0] = true;
            }
        });
        while (!logout[0]) {
            final int length = in.readUnsignedShort();
            packet.putShort(0, (short) length, java.nio.ByteOrder.BIG_ENDIAN);
            in.readFully(packet.byteArray(), 2, length);
            final int before = orders.size();
            decoder.decode(packet, 0, 2 + length);
            if (orders.size() == before) {
                continue;
            }
            final boolean fault = orders.size() == dropAfterOrder;
            for (int i = 0; i < fresh.size() && (!fault || endInstead || i < repliesBeforeDrop); i++) {
                sequenced(out, fresh.get(i));
            }
            if (fault && endInstead) {
                final UnsafeBuffer end = new UnsafeBuffer(new byte[4]);
                write(out, end, SoupBinTcpEncoder.emptyPacket(end, 0, SoupBinTcpDescriptor.END_OF_SESSION));
                return;
            }
            if (fault) {
                return; // drop the connection mid-session
            }
        }
    }

    private static void sequenced(final OutputStream out, final byte[] message) {
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[message.length + 3]);
        SoupBinTcpEncoder.sequencedDataHeader(packet, 0, message.length);
        packet.putBytes(3, message);
        write(out, packet, message.length + 3);
    }

    private static void write(final OutputStream out, final UnsafeBuffer buffer, final int length) {
        try {
            out.write(buffer.byteArray(), 0, length);
            out.flush();
        } catch (final IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        listening = false;
        server.close();
        try {
            thread.join(2_000);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
