package io.hftengine.engine.feed;

import io.hftengine.engine.wire.StampLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.locks.LockSupport;

import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The feed simulator: publishes the synthetic ITCH day, or a recorded one ({@link RecordedFeedMessages}),
 * as MoldUDP64 over UDP at a set rate and serves retransmission requests from its
 * {@link RetransmitStore}.
 *
 * <p>It can also misbehave on purpose, for the engine's fault tests and demo: drop every Nth
 * packet (a gap the engine must request and fill), send every Mth packet twice (a duplicate it
 * must drop). Dropped packets are still stored, so the gaps they open are recoverable.
 *
 * <p>Like an exchange, it can publish an A/B feed ({@link #lineB}): every packet, heartbeats and
 * the end of session too, goes out on a second line as well, with its own drops. The drop and
 * duplicate settings of the options then apply to line A only. A packet is requested back from
 * the retransmission server only when both lines lost it (with drops every Nth and every Mth
 * packet, every lcm(N, M)th).
 *
 * <p>{@link #run()} sends until the message budget or the time is spent, then an end-of-session
 * packet, and keeps answering requests for {@code lingerMillis} so late gaps can still be filled.
 * A request is answered only when it is a 20-byte MoldUDP64 request for this feed's session, with
 * the held messages from its sequence number on, at most {@value #MAX_MESSAGES_PER_REQUEST}; other
 * datagrams, and requests for messages no longer (or not yet) held, get no answer.
 */
public final class FeedSimulator implements Runnable, AutoCloseable {
    private static final long HEARTBEAT_NS = 1_000_000_000L;
    /**
     * The most messages one request is answered with, as real retransmission servers cap them:
     * an unbounded answer to a wide gap floods the client's socket buffer and loses the very
     * packets it asked for. The client asks again for the rest.
     */
    static final int MAX_MESSAGES_PER_REQUEST = 512;
    private static final long FLUSH_NS = 100_000;

    private final FeedMessages feed;
    private final MoldUdp64FeedEncoder encoder;
    private final RetransmitStore store = new RetransmitStore(1 << 20, 64 << 20);
    private final DatagramChannel sender;
    private final DatagramChannel requests;
    private final ByteBuffer sendBuffer = ByteBuffer.allocateDirect(65_536);
    private final UnsafeBuffer sendView = new UnsafeBuffer(sendBuffer);
    private final ByteBuffer requestBuffer = ByteBuffer.allocateDirect(MoldUdp64Descriptor.REQUEST_LENGTH + 64);
    private final UnsafeBuffer requestView = new UnsafeBuffer(requestBuffer);
    private final MoldUdp64Header request = new MoldUdp64Header();
    /** This feed's session as it appears in a header: a request for another session is not ours. */
    private final UnsafeBuffer sessionBytes = new UnsafeBuffer(new byte[MoldUdp64Descriptor.HEADER_LENGTH]);
    private final MoldUdp64PacketEncoder reply = new MoldUdp64PacketEncoder();
    private final FeedOptions options;
    private StampLog sendLog;
    private DatagramChannel mirror;
    private InetSocketAddress mirrorTarget;
    private DatagramChannel lineB;
    private int lineBDropEvery;

    private volatile boolean running = true;
    private long packetsSent;
    private long packetsDropped;
    private long packetsDuplicated;
    private long lineBPacketsDropped;
    private long packetsDroppedOnBothLines;
    private long retransmissions;
    private long lastSendNs;
    private long lastFlushNs;

    /**
     * Opens the sockets, to publish the synthetic day of {@code options}.
     *
     * @param options what to send, where, how fast and how badly
     * @throws UncheckedIOException when a socket cannot be opened or bound
     */
    public FeedSimulator(final FeedOptions options) {
        this(options, new SyntheticFeedMessages(new SyntheticItchFeed(options.symbols(), options.seed(),
                Math.max(options.symbols() * 2, 1 << 20), options.nanosPerMessage(), MessageMix.NASDAQ_DAY)));
    }

    /**
     * Opens the sockets, to publish the given messages (a recording, say); the simulator closes
     * them when it is closed. The options' symbols and seed are not used.
     *
     * @param options where to send, how fast and how badly
     * @param messages what to send
     * @throws UncheckedIOException when a socket cannot be opened or bound
     */
    public FeedSimulator(final FeedOptions options, final FeedMessages messages) {
        this.options = options;
        this.feed = messages;
        this.encoder = new MoldUdp64FeedEncoder(options.session(), MoldUdp64Descriptor.MAX_PACKET_LENGTH_ETHERNET,
                options.maxMessagesPerPacket(), this::send);
        new MoldUdp64Header().wrapForEncode(sessionBytes, 0).session(options.session());
        this.sender = openSender(options.source(), options.target(), "--target");
        try {
            this.requests = openRequestSocket(options);
        } catch (final UncheckedIOException e) {
            CloseHelper.quietClose(sender);
            throw e;
        }
    }

    private static DatagramChannel openSender(final InetSocketAddress source, final InetSocketAddress target,
            final String option) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open(StandardProtocolFamily.INET);
            if (target.getAddress().isMulticastAddress()) {
                channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
                channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 1);
            }
            channel.bind(source);
            channel.connect(target);
            return channel;
        } catch (final IOException e) {
            CloseHelper.quietClose(channel);
            throw new UncheckedIOException("feed: cannot open the socket sending to " + text(target) + " (" + option
                    + "): " + e.getMessage(), e);
        }
    }

    /** Each step named: a busy request port was reported as a problem with the target. */
    private static DatagramChannel openRequestSocket(final FeedOptions options) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open(StandardProtocolFamily.INET);
            channel.bind(options.requestServer());
            channel.configureBlocking(false);
            return channel;
        } catch (final IOException e) {
            CloseHelper.quietClose(channel);
            throw new UncheckedIOException("feed: cannot bind the retransmission request socket "
                    + text(options.requestServer()) + " (--request-port): " + e.getMessage(), e);
        }
    }

    private static String text(final InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * Returns the address the feed sends from, so a receiver can accept only this source.
     *
     * @return the local address of the sending socket
     */
    public InetSocketAddress sourceAddress() {
        try {
            return (InetSocketAddress) sender.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the address line B sends from, so a receiver can accept only this source.
     *
     * @return the local address of line B's socket
     * @throws IllegalStateException when there is no line B ({@link #lineB})
     */
    public InetSocketAddress lineBSourceAddress() {
        if (lineB == null) {
            throw new IllegalStateException("no line B: see lineB(target, dropEvery)");
        }
        try {
            return (InetSocketAddress) lineB.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the address retransmission requests are served on.
     *
     * @return the local address of the request socket
     */
    public InetSocketAddress requestAddress() {
        try {
            return (InetSocketAddress) requests.getLocalAddress();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run() {
        final long startNs = System.nanoTime();
        final long endNs = startNs + options.durationNanos();
        lastSendNs = startNs;
        feed.startOfDay(encoder);
        encoder.flush();
        long sent = 0;
        while (running && sent < options.maxMessages()) {
            final long now = System.nanoTime();
            if (now - endNs >= 0) {
                break;
            }
            final long due = feed.pacesItself() ? options.maxMessages()
                    : Math.min(options.maxMessages(), (long) ((now - startNs) * (options.rate() / 1e9)));
            final long burstEnd = Math.min(due, sent + options.maxMessagesPerPacket() * 16L);
            int appended = 0;
            if (sent < burstEnd) {
                appended = feed.next(encoder, (int) (burstEnd - sent));
                if (appended == 0 && feed.isExhausted()) {
                    break; // a recording has ended
                }
                sent += appended;
            }
            // Full packets go out as they fill; a partial one waits at most FLUSH_NS, as a venue's
            // publisher batches: tiny packets would multiply the packet rate for nothing.
            if (now - lastFlushNs > FLUSH_NS) {
                encoder.flush();
                lastFlushNs = now;
            }
            serveRequests();
            if (now - lastSendNs > HEARTBEAT_NS) {
                sendHeader(MoldUdp64Descriptor.HEARTBEAT_COUNT);
            }
            if (sent >= due || appended == 0) {
                LockSupport.parkNanos(20_000); // ahead of schedule: leave the CPU to the engine
            }
        }
        feed.endOfDay(encoder);
        encoder.flush();
        sendHeader(MoldUdp64Descriptor.END_OF_SESSION_COUNT);
        final long lingerEnd = System.nanoTime() + options.lingerMillis() * 1_000_000L;
        while (running && System.nanoTime() - lingerEnd < 0) {
            serveRequests();
            LockSupport.parkNanos(20_000);
        }
    }

    /**
     * Logs when each packet is first sent (dropped-on-purpose ones too: their messages were
     * published then and reach the engine by retransmission), for wire-to-wire latency. Call
     * before {@link #run()}.
     *
     * @param log the log, or {@code null} for none
     */
    public void logSends(final StampLog log) {
        this.sendLog = log;
    }

    /**
     * Also sends every packet, once and never dropped, to a second address: the exchange
     * simulator's own book of the feed. Call before {@link #run()}.
     *
     * @param target where the copies go
     * @throws UncheckedIOException when the socket cannot be opened
     */
    public void mirrorTo(final InetSocketAddress target) {
        try {
            if (mirror != null) {
                mirror.close();
            }
            mirror = DatagramChannel.open(StandardProtocolFamily.INET);
            mirrorTarget = target;
        } catch (final IOException e) {
            throw new UncheckedIOException("feed: cannot open the mirror socket for " + target, e);
        }
    }

    /**
     * Publishes an A/B feed: every packet, heartbeat and end of session also goes to {@code target}
     * (the B line), from its own socket (on the options' source address, any port), with its own
     * drops. The options' drops and duplicates then apply to line A only. Call before
     * {@link #run()}, once.
     *
     * @param target where line B goes: a multicast group or a unicast address
     * @param dropEvery drop every Nth packet on line B only (0: never); N counts the packets built,
     *     as line A's drops do
     * @throws IllegalArgumentException when {@code dropEvery} is negative
     * @throws IllegalStateException when line B is already set
     * @throws UncheckedIOException when the socket cannot be opened
     */
    public void lineB(final InetSocketAddress target, final int dropEvery) {
        if (dropEvery < 0) {
            throw new IllegalArgumentException("line B's dropEvery must not be negative, was " + dropEvery);
        }
        if (lineB != null) {
            throw new IllegalStateException("line B is already sent to " + target);
        }
        lineB = openSender(new InetSocketAddress(options.source().getAddress(), 0), target, "--line-b");
        lineBDropEvery = dropEvery;
    }

    private void send(final DirectBuffer buffer, final int offset, final int length, final long firstSequence,
            final int messageCount) {
        store.onPacket(buffer, offset, length, firstSequence, messageCount);
        if (mirror != null) {
            sendView.putBytes(0, buffer, offset, length);
            try {
                mirror.send(sendBuffer.clear().limit(length), mirrorTarget);
            } catch (final IOException e) {
                // as in transmit: nobody listening is not the feed's problem
            }
        }
        if (sendLog != null) {
            sendLog.add(firstSequence, System.nanoTime());
        }
        final long packetNumber = ++packetsSent;
        final boolean droppedOnA = options.dropEvery() > 0 && packetNumber % options.dropEvery() == 0;
        if (droppedOnA) {
            packetsDropped++;
        } else {
            transmit(sender, buffer, offset, length);
            if (options.duplicateEvery() > 0 && packetNumber % options.duplicateEvery() == 0) {
                packetsDuplicated++;
                transmit(sender, buffer, offset, length);
            }
        }
        if (lineB != null) {
            if (lineBDropEvery > 0 && packetNumber % lineBDropEvery == 0) {
                lineBPacketsDropped++;
                if (droppedOnA) {
                    packetsDroppedOnBothLines++;
                }
            } else {
                transmit(lineB, buffer, offset, length);
            }
        }
    }

    private void transmit(final DatagramChannel line, final DirectBuffer buffer, final int offset, final int length) {
        sendView.putBytes(0, buffer, offset, length);
        sendBuffer.clear().limit(length);
        try {
            line.write(sendBuffer);
        } catch (final IOException e) {
            // Nobody listening yet (ICMP port unreachable on loopback): the packet is lost as on a
            // real network, and stays in the store for retransmission.
        }
        lastSendNs = System.nanoTime();
    }

    private void sendHeader(final int count) {
        reply.wrap(sendView, 0, MoldUdp64Descriptor.HEADER_LENGTH, options.session(), encoder.nextSequence());
        if (count == MoldUdp64Descriptor.END_OF_SESSION_COUNT) {
            reply.endOfSession();
        }
        writeHeader(sender);
        if (lineB != null) {
            writeHeader(lineB);
        }
        lastSendNs = System.nanoTime();
    }

    private void writeHeader(final DatagramChannel line) {
        sendBuffer.clear().limit(reply.length());
        try {
            line.write(sendBuffer);
        } catch (final IOException e) {
            // As in transmit: a datagram into the void is not an error for a feed.
        }
    }

    private void serveRequests() {
        try {
            SocketAddress from;
            while ((from = requests.receive(requestBuffer.clear())) != null) {
                if (requestBuffer.position() != MoldUdp64Descriptor.REQUEST_LENGTH) {
                    continue; // not a request: ignore, as a venue would
                }
                request.wrap(requestView, 0);
                if (!request.sessionEquals(sessionBytes, 0)) {
                    continue; // another session's request: its sequence numbers mean nothing here
                }
                final long first = request.sequenceNumber();
                final int count = request.messageCount();
                answer(from, first, count);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("feed: request socket failed", e);
        }
    }

    private void answer(final SocketAddress to, final long first, final int count) throws IOException {
        long next = first;
        int left = Math.min(count, MAX_MESSAGES_PER_REQUEST);
        while (left > 0) {
            reply.wrap(sendView, 0, MoldUdp64Descriptor.MAX_PACKET_LENGTH_ETHERNET, options.session(), next);
            final int appended = store.appendTo(next, left, reply);
            if (appended == 0) {
                return;
            }
            sendBuffer.clear().limit(reply.length());
            requests.send(sendBuffer, to);
            retransmissions += appended;
            next += appended;
            left -= appended;
        }
    }

    /** Asks {@link #run()} to stop at its next turn. */
    public void stop() {
        running = false;
    }

    /**
     * Returns how many ITCH messages have been published (generated or republished).
     *
     * @return the message count, start and end of day included
     */
    public long messages() {
        return encoder.nextSequence() - 1;
    }

    /**
     * Returns how many packets were built (sent or deliberately dropped).
     *
     * @return the packet count
     */
    public long packets() {
        return packetsSent;
    }

    /**
     * Returns how many packets were dropped on purpose (on line A, when there is a line B).
     *
     * @return the count
     */
    public long packetsDropped() {
        return packetsDropped;
    }

    /**
     * Returns how many packets were dropped on purpose on line B ({@link #lineB}).
     *
     * @return the count, 0 without line B
     */
    public long lineBPacketsDropped() {
        return lineBPacketsDropped;
    }

    /**
     * Returns how many packets were dropped on purpose on both lines: the only ones a receiver of
     * both has to request.
     *
     * @return the count, 0 without line B
     */
    public long packetsDroppedOnBothLines() {
        return packetsDroppedOnBothLines;
    }

    /**
     * Returns how many packets were sent twice on purpose.
     *
     * @return the count
     */
    public long packetsDuplicated() {
        return packetsDuplicated;
    }

    /**
     * Returns how many messages were resent on request.
     *
     * @return the count
     */
    public long retransmittedMessages() {
        return retransmissions;
    }

    @Override
    public void close() {
        running = false;
        try {
            feed.close();
        } finally {
            try {
                if (mirror != null) {
                    mirror.close();
                }
                if (lineB != null) {
                    lineB.close();
                }
                sender.close();
                requests.close();
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
