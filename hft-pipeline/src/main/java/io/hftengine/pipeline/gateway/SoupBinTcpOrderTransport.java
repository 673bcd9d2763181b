package io.hftengine.pipeline.gateway;

import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
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
 * OUCH over a SoupBinTCP 3.00 session: logs in on construction, sends each order as an
 * Unsequenced Data packet, hands the payload of each Sequenced Data packet to the reply handler,
 * and sends a Client Heartbeat after a second without sending (clock time).
 *
 * <p>Framing copes with partial reads: bytes of an incomplete packet stay in the receive buffer
 * until the rest arrives. Orders sent before the Login Accepted arrives are refused
 * ({@link #send} returns false). A Login Rejected or End of Session ends the session
 * ({@link #isLoggedIn()} false). Gateway thread only; allocation-free after construction.
 */
public final class SoupBinTcpOrderTransport implements OrderTransport {
    private static final long HEARTBEAT_NS = 1_000_000_000L;
    private static final int BUFFER = 64 * 1024;

    private final SocketChannel channel;
    private final Clock clock;
    private final ByteBuffer out = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.BIG_ENDIAN);
    private final ByteBuffer in = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.BIG_ENDIAN);
    private final UnsafeBuffer inView = new UnsafeBuffer(in);
    private long lastSendNs;
    private boolean loggedIn;
    private boolean ended;
    private long sequencedReceived;

    /**
     * Connects and sends the Login Request.
     *
     * @param venue SoupBinTCP server
     * @param username up to 6 characters
     * @param password up to 10 characters
     * @param clock heartbeat timing
     * @throws UncheckedIOException when the connection fails
     */
    public SoupBinTcpOrderTransport(final InetSocketAddress venue, final String username, final String password,
                                    final Clock clock) {
        this.clock = clock;
        try {
            channel = SocketChannel.open(venue);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot connect SoupBinTCP session to " + venue, ex);
        }
        out.clear();
        // Login Request: packet length = 1 (type) + 6 + 10 + 10 + 20 = 47
        out.putShort((short) SoupBinTcpDescriptor.LOGIN_REQUEST_PACKET_LENGTH).put(SoupBinTcpDescriptor.LOGIN_REQUEST);
        alpha(username, 6);
        alpha(password, 10);
        alpha("", 10);
        numeric(1, 20);
        out.flip();
        writeFully();
    }

    private void alpha(final String text, final int width) {
        for (int i = 0; i < width; i++) {
            out.put(i < text.length() ? (byte) text.charAt(i) : (byte) ' ');
        }
    }

    private void numeric(final long value, final int width) {
        final String digits = Long.toString(value);
        for (int i = 0; i < width - digits.length(); i++) {
            out.put((byte) ' ');
        }
        for (int i = 0; i < digits.length(); i++) {
            out.put((byte) digits.charAt(i));
        }
    }

    @Override
    public boolean send(final DirectBuffer buffer, final int offset, final int length) {
        if (!loggedIn || ended || length + 3 > BUFFER) {
            return false;
        }
        out.clear();
        out.putShort((short) (length + 1)).put(SoupBinTcpDescriptor.UNSEQUENCED_DATA);
        buffer.getBytes(offset, out, out.position(), length);
        out.position(out.position() + length);
        out.flip();
        return writeFully();
    }

    private boolean writeFully() {
        try {
            while (out.hasRemaining()) {
                if (channel.write(out) < 0) {
                    ended = true;
                    return false;
                }
            }
            lastSendNs = clock.epochNanos();
            return true;
        } catch (final IOException ex) {
            ended = true;
            return false;
        }
    }

    @Override
    public int pollReplies(final ReplyHandler handler) {
        if (ended) {
            return 0;
        }
        if (loggedIn && clock.epochNanos() - lastSendNs >= HEARTBEAT_NS) {
            out.clear();
            out.putShort((short) 1).put(SoupBinTcpDescriptor.CLIENT_HEARTBEAT).flip();
            writeFully();
        }
        try {
            if (channel.read(in) < 0) {
                ended = true;
            }
        } catch (final IOException ex) {
            ended = true;
        }
        int replies = 0;
        int at = 0;
        final int limit = in.position();
        while (limit - at >= SoupBinTcpDescriptor.PACKET_LENGTH_SIZE) {
            final int packetLength = inView.getShort(at, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            if (limit - at - SoupBinTcpDescriptor.PACKET_LENGTH_SIZE < packetLength) {
                break;
            }
            if (packetLength > 0) {
                replies += dispatch(inView.getByte(at + SoupBinTcpDescriptor.PACKET_TYPE_OFFSET),
                    at + SoupBinTcpDescriptor.PAYLOAD_OFFSET, packetLength - 1, handler);
            }
            at += SoupBinTcpDescriptor.PACKET_LENGTH_SIZE + packetLength;
        }
        if (at > 0) {
            in.flip().position(at);
            in.compact();
        }
        return replies;
    }

    private int dispatch(final byte type, final int payload, final int length, final ReplyHandler handler) {
        switch (type) {
            case SoupBinTcpDescriptor.SEQUENCED_DATA:
                sequencedReceived++;
                handler.onReply(inView, payload, length);
                return 1;
            case SoupBinTcpDescriptor.LOGIN_ACCEPTED:
                loggedIn = true;
                return 0;
            case SoupBinTcpDescriptor.LOGIN_REJECTED:
            case SoupBinTcpDescriptor.END_OF_SESSION:
                loggedIn = false;
                ended = true;
                return 0;
            default:
                return 0;
        }
    }

    /**

     * Returns whether the session is logged in and not ended.

     *

     * @return whether the session is logged in and not ended

     */
    public boolean isLoggedIn() {
        return loggedIn && !ended;
    }

    /**

     * Returns Sequenced Data packets received.

     *

     * @return Sequenced Data packets received

     */
    public long sequencedReceived() {
        return sequencedReceived;
    }

    @Override
    public void close() {
        if (!ended) {
            out.clear();
            out.putShort((short) 1).put(SoupBinTcpDescriptor.LOGOUT_REQUEST).flip();
            writeFully();
        }
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }
}
