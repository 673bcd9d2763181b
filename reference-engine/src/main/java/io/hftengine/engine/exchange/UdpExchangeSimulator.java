package io.hftengine.engine.exchange;

import io.hftengine.engine.wire.StampLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The exchange simulator on a UDP socket: each datagram is one OUCH 4.2 inbound message; the
 * {@link OrderDesk}'s replies (accepted, executed, canceled, rejected) go back to the sender, one
 * datagram each. Runs on its own thread until {@link #stop()}.
 */
public final class UdpExchangeSimulator implements ExchangeSimulator, ReplyHandler {
    private final DatagramChannel channel;
    private final OrderDesk desk;
    private final ByteBuffer in = ByteBuffer.allocateDirect(2048);
    private final UnsafeBuffer inView = new UnsafeBuffer(in);
    private final ByteBuffer out = ByteBuffer.allocateDirect(2048);
    private final UnsafeBuffer outView = new UnsafeBuffer(out);
    private SocketAddress replyTo;
    private SocketAddress lastClient;
    private volatile boolean running = true;
    private volatile long sent;

    /**
     * Binds the socket.
     *
     * @param bind the address to listen on
     * @param clock the exchange's time source (its reply timestamps)
     * @param fillPercent share of each order filled at once, 0..100
     * @param maxShares larger orders are rejected
     * @throws UncheckedIOException when the address cannot be bound
     */
    public UdpExchangeSimulator(final InetSocketAddress bind, final Clock clock, final int fillPercent,
            final long maxShares) {
        this.desk = new OrderDesk(clock, fillPercent, maxShares);
        try {
            this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
            channel.bind(bind);
            channel.configureBlocking(false);
        } catch (final IOException e) {
            throw new UncheckedIOException("exchange: cannot bind " + bind, e);
        }
    }

    @Override
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run() {
        while (running) {
            if (pollOnce() + pollMarket() == 0) {
                Thread.onSpinWait();
                Thread.yield(); // shares a small machine with the engine: do not hog a core
            }
        }
    }

    /**
     * Handles at most one waiting datagram.
     *
     * @return 1 when one was handled, 0 when none was waiting
     */
    public int pollOnce() {
        try {
            replyTo = channel.receive(in.clear());
        } catch (final IOException e) {
            if (!running) {
                return 0;
            }
            throw new UncheckedIOException("exchange: receive failed", e);
        }
        if (replyTo == null) {
            return 0;
        }
        lastClient = replyTo;
        desk.handle(inView, 0, in.position(), this);
        return 1;
    }

    /**
     * Takes in the mirrored feed, when filling against the market, and sends the fills of resting
     * orders to the last client heard from.
     *
     * @return feed datagrams read
     */
    public int pollMarket() {
        replyTo = lastClient;
        return desk.pollMarket(lastClient == null ? null : this);
    }

    @Override
    public OrderDesk desk() {
        return desk;
    }

    @Override
    public void onReply(final DirectBuffer buffer, final int offset, final int length) {
        outView.putBytes(0, buffer, offset, length);
        out.clear().limit(length);
        try {
            channel.send(out, replyTo);
            sent++;
        } catch (final IOException e) {
            // The engine went away: a venue's replies into the void are not the venue's problem.
        }
    }

    @Override
    public String protocol() {
        return "UDP";
    }

    @Override
    public void stop() {
        running = false;
    }

    /**
     * Returns how many order datagrams arrived.
     *
     * @return the count
     */
    public long datagrams() {
        return desk.orders();
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
    public long malformed() {
        return desk.malformed();
    }

    /**
     * Returns how many replies were sent (a reply the kernel refused is not counted).
     *
     * @return the count
     */
    @Override
    public long replies() {
        return sent;
    }

    @Override
    public void close() {
        running = false;
        desk.close();
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }
}
