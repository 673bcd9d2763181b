package io.hftengine.engine.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Symbol;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * {@code hft exchange} over UDP as a client's engine sees it, against OUCH 4.2: an Enter Order sent
 * twice (a UDP datagram duplicated, or an engine resending what it is unsure arrived) is one order,
 * not two fills, since tokens are day-unique; an immediate-or-cancel order's unfilled rest is
 * cancelled at once (reason 'I') instead of resting for the day.
 */
class ExchangeSimulatorOuchConformanceTest {
    private static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

    @Test
    void anEnterOrderSentTwiceIsOneOrder() throws Exception {
        try (UdpExchangeSimulator exchange = new UdpExchangeSimulator(ANY, new SystemClock(), 100, 1_000_000);
             DatagramChannel client = DatagramChannel.open(StandardProtocolFamily.INET)) {
            client.bind(ANY).configureBlocking(false);
            enter(client, exchange, 1, 100, 99_999);
            enter(client, exchange, 1, 100, 99_999);
            final List<String> replies = drain(client, exchange);
            assertEquals(List.of("A 1", "E 1 100"), replies, "the resend must not fill a second time");
            assertEquals(2, exchange.orders());
        }
    }

    @Test
    void anImmediateOrCancelRestIsCancelledAtOnce() throws Exception {
        try (UdpExchangeSimulator exchange = new UdpExchangeSimulator(ANY, new SystemClock(), 50, 1_000_000);
             DatagramChannel client = DatagramChannel.open(StandardProtocolFamily.INET)) {
            client.bind(ANY).configureBlocking(false);
            enter(client, exchange, 7, 100, 0);
            assertEquals(List.of("A 7", "E 7 50", "C 7 50 I"), drain(client, exchange));
        }
    }

    private static void enter(final DatagramChannel client, final UdpExchangeSimulator exchange, final long token,
            final long shares, final long timeInForce) throws Exception {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(EnterOrderMessage.LENGTH));
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(token).side('B').shares(shares)
                .stock(Symbol.pack("ACME")).price(10_0000).timeInForce(timeInForce).firm(0).display('Y')
                .capacity('P').intermarketSweepEligibility('N').minimumQuantity(0).crossType('N').customerType(' ');
        client.send(buffer.byteBuffer().clear(), exchange.address());
        final long deadline = System.currentTimeMillis() + 5_000;
        while (exchange.pollOnce() == 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the order reaches the exchange");
        }
    }

    /** Every reply waiting, for a moment after the last. */
    private static List<String> drain(final DatagramChannel client, final UdpExchangeSimulator exchange)
            throws Exception {
        final List<String> replies = new ArrayList<>();
        final ByteBuffer in = ByteBuffer.allocateDirect(256);
        final UnsafeBuffer view = new UnsafeBuffer(in);
        final long deadline = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < deadline) {
            exchange.pollOnce();
            if (client.receive(in.clear()) == null) {
                continue;
            }
            switch (view.getByte(0)) {
                case 'A' -> replies.add("A " + view.getStringWithoutLengthAscii(9, 14).trim());
                case ExecutedMessage.MESSAGE_TYPE -> {
                    final ExecutedMessage e = new ExecutedMessage().wrap(view, 0);
                    replies.add("E " + e.orderTokenNumber() + " " + e.executedShares());
                }
                case CanceledMessage.MESSAGE_TYPE -> {
                    final CanceledMessage c = new CanceledMessage().wrap(view, 0);
                    replies.add("C " + c.orderTokenNumber() + " " + c.decrementShares() + " " + c.reason());
                }
                default -> replies.add(String.valueOf((char) view.getByte(0)));
            }
        }
        return replies;
    }
}
