package io.hftengine.pipeline.gateway;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * OUCH over UDP: one message per datagram to the venue address, replies one per datagram from
 * it (the channel is connected, so the kernel drops datagrams from anyone else). Non-blocking;
 * a send the kernel refuses returns false. Gateway thread only.
 */
public final class UdpOrderTransport implements OrderTransport {
    private static final int MAX_REPLIES_PER_POLL = 64;

    private final DatagramChannel channel;
    private final ByteBuffer out = ByteBuffer.allocateDirect(2048);
    private final ByteBuffer in = ByteBuffer.allocateDirect(2048);
    private final UnsafeBuffer inView = new UnsafeBuffer(in);

    /**
     * Opens a channel connected to the venue.
     *
     * @param venue where orders go
     * @throws UncheckedIOException when the socket cannot be opened
     */
    public UdpOrderTransport(final InetSocketAddress venue) {
        try {
            channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(venue.getAddress().isLoopbackAddress() ? venue.getAddress() : null, 0));
            channel.connect(venue);
            channel.configureBlocking(false);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot open order channel to " + venue, ex);
        }
    }

    @Override
    public boolean send(final DirectBuffer buffer, final int offset, final int length) {
        if (length > out.capacity()) {
            return false;
        }
        out.clear();
        buffer.getBytes(offset, out, length);
        out.flip();
        try {
            return channel.write(out) == length;
        } catch (final IOException ex) {
            return false;
        }
    }

    @Override
    public int pollReplies(final ReplyHandler handler) {
        int count = 0;
        try {
            while (count < MAX_REPLIES_PER_POLL) {
                in.clear();
                final int n = channel.read(in);
                if (n <= 0) {
                    break;
                }
                handler.onReply(inView, 0, n);
                count++;
            }
        } catch (final IOException ex) {
            // ICMP port unreachable and the like surface here: nothing to read
            return count;
        }
        return count;
    }

    /**

     * Returns the local address orders are sent from.

     *

     * @return the local address orders are sent from

     */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }
}
