package io.hftengine.engine.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

import io.hftengine.engine.feed.MoldUdp64FeedEncoder;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Symbol;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The UDP exchange simulator filling against its own book of a mirrored feed, over real sockets:
 * a buy through the offer fills at the offer, a bid below it rests until the feed brings an offer
 * down to it, and the fill of the resting order reaches the client unasked.
 */
class ExchangeMarketFillsTest {
    private static final long ACME = Symbol.pack("ACME");

    @Test
    void ordersFillAgainstTheTouchOfTheMirroredFeed() throws Exception {
        final InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
        try (UdpExchangeSimulator exchange = new UdpExchangeSimulator(any, new SystemClock(), 50, 1_000_000);
             DatagramChannel feed = DatagramChannel.open(StandardProtocolFamily.INET);
             DatagramChannel client = DatagramChannel.open(StandardProtocolFamily.INET)) {
            exchange.desk().fillAgainst(new ExchangeMarket(any, 1 << 12));
            final InetSocketAddress market = exchange.desk().market().address();
            client.bind(any).configureBlocking(false);
            final MoldUdp64FeedEncoder encoder = new MoldUdp64FeedEncoder("TEST000001", 1_400, 8,
                    (buffer, offset, length, first, count) -> send(feed, market, buffer, offset, length));
            encoder.stockDirectory(1, 7, ACME, 100);
            encoder.addOrder(2, 7, 1, (byte) 'B', 300, ACME, 10_0000, 0);
            encoder.addOrder(3, 7, 2, (byte) 'S', 200, ACME, 10_1000, 0);
            encoder.flush();
            drive(exchange, () -> exchange.desk().market().datagrams() >= 1);

            enter(client, exchange.address(), 1, 'B', 500, 10_2000); // through the offer
            enter(client, exchange.address(), 2, 'B', 100, 10_0500); // below the offer: rests
            final List<String> replies = new ArrayList<>();
            drive(exchange, () -> receive(client, replies) && replies.size() >= 3);
            assertEquals(List.of("A 1", "E 1 200@101000 R", "A 2"), replies);

            encoder.addOrder(4, 7, 3, (byte) 'S', 50, ACME, 10_0400, 0); // an offer through the resting bid
            encoder.flush();
            drive(exchange, () -> receive(client, replies) && replies.size() >= 5);
            // Both resting bids are through the new offer, 50 shown: the passive bid is hit at its
            // limit, the rest of the crossing one takes the offer at its price.
            assertEquals(List.of("E 2 50@100500 A", "E 1 50@100400 R"), replies.subList(3, 5));

            encoder.addOrder(5, 7, 4, (byte) 'B', 10, ACME, 9_0000, 0); // the offer side does not change
            encoder.flush();
            drive(exchange, () -> exchange.desk().market().datagrams() >= 3);
            receive(client, replies);
            assertEquals(5, replies.size(), "the same 50 shares offered do not fill the same orders again: " + replies);
        }
    }

    private static void send(final DatagramChannel channel, final InetSocketAddress to,
            final org.agrona.DirectBuffer buffer, final int offset, final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        try {
            channel.send(ByteBuffer.wrap(bytes), to);
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void enter(final DatagramChannel client, final InetSocketAddress venue, final long token,
            final char side, final long shares, final long price) throws Exception {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EnterOrderMessage.LENGTH]);
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(token).side(side).shares(shares).stock(ACME)
                .price(price).timeInForce(99_999).firm(0).display('Y').capacity('P').intermarketSweepEligibility('N')
                .minimumQuantity(0).crossType('N');
        client.send(ByteBuffer.wrap(buffer.byteArray()), venue);
    }

    private static boolean receive(final DatagramChannel client, final List<String> replies) {
        final ByteBuffer in = ByteBuffer.allocate(256);
        try {
            while (client.receive(in.clear()) != null) {
                final UnsafeBuffer view = new UnsafeBuffer(in.array(), 0, in.position());
                final char type = (char) view.getByte(0);
                if (type == ExecutedMessage.MESSAGE_TYPE) {
                    final ExecutedMessage e = new ExecutedMessage().wrap(view, 0);
                    replies.add("E " + e.orderTokenNumber() + " " + e.executedShares() + "@" + e.executionPrice()
                            + " " + e.liquidityFlag());
                } else if (type == AcceptedMessage.MESSAGE_TYPE) {
                    replies.add("A " + new AcceptedMessage().wrap(view, 0).orderTokenNumber());
                } else {
                    replies.add(String.valueOf(type));
                }
            }
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    /** Runs the simulator's duty cycle on this thread until the condition holds (or 5 s). */
    private static void drive(final UdpExchangeSimulator exchange, final java.util.function.BooleanSupplier done) {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            exchange.pollOnce();
            exchange.pollMarket();
        }
    }
}
