package io.hftengine.pipeline.gateway;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.net.PortUnreachableException;
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
    private long venueUnreachable;

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
        } catch (final PortUnreachableException ex) {
            venueUnreachable++;
            return false;
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
        } catch (final PortUnreachableException ex) {
            // An earlier datagram met a closed port: the ICMP error surfaces on whichever call
            // comes next, usually this one, and cannot be tied to an order. Counted, so a dead
            // venue shows in the run summary; its orders stay open in risk (the safe side).
            venueUnreachable++;
        } catch (final IOException ex) {
            return count; // nothing to read
        }
        return count;
    }

    /**
     * Returns how many ICMP "port unreachable" errors the socket reported (on a send or a read):
     * each one a datagram, not necessarily an order, that reached no venue. Gateway thread, or
     * any thread after it stopped.
     *
     * @return the count
     */
    public long venueUnreachable() {
        return venueUnreachable;
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
