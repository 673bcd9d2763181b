package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.message.Order;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SoupBinTCP transport's reconnect, against {@link SoupTestVenue} on loopback: the venue drops
 * the connection in the middle of an order's replies; the transport logs in again for the same
 * session and the next sequence number, every reply arrives exactly once, the order refused while
 * down is never sent, and the session counters say what happened. Time for the back-off is a
 * {@link MutableClock}: nothing is retried until the test moves it.
 */
class SoupBinTcpReconnectTest {
    private static final long BACKOFF_NS = 100_000_000L;

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final List<String> replies = new ArrayList<>();
    private final OuchOutboundDecoder decoder = new OuchOutboundDecoder(new OuchOutboundListener() {
        @Override
        public void onAccepted(final io.hftengine.protocol.ouch.AcceptedMessage m) {
            replies.add("A" + m.orderTokenNumber());
        }

        @Override
        public void onExecuted(final io.hftengine.protocol.ouch.ExecutedMessage m) {
            replies.add("E" + m.orderTokenNumber());
        }
    });
    private final ReplyHandler collect = (b, o, l) -> assertTrue(decoder.decode(b, o, l));
    private final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);

    private int enter(final long token) {
        return new OuchOrderEncoder(99_999, 0).encodeEnter(new Order().set(token, 1, Side.BUY, 10 * Price.ONE, 100, 0),
            Symbol.pack("ALC"), order, 0);
    }

    private static void await(final SoupBinTcpOrderTransport soup, final ReplyHandler handler,
                              final BooleanSupplier done, final String what) {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            soup.pollReplies(handler);
            assertTrue(System.currentTimeMillis() < deadline, what);
            Thread.onSpinWait();
        }
    }

    private SoupBinTcpOrderTransport connect(final SoupTestVenue venue) {
        final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(venue.address(), "USER", "SECRET", clock,
            BACKOFF_NS, 8 * BACKOFF_NS);
        await(soup, collect, soup::isLoggedIn, "first login");
        return soup;
    }

    private void dropMidOrderThenReconnect(final boolean honourSequence) throws Exception {
        // 50% fills: two replies an order. The third order's second reply is lost with the connection.
        try (SoupTestVenue venue = new SoupTestVenue(clock, 50, honourSequence, 3, 1, false)) {
            final SoupBinTcpOrderTransport soup = connect(venue);
            for (long token = 1; token <= 3; token++) {
                assertTrue(soup.send(order, 0, enter(token)));
                final int expected = (int) Math.min(5, token * 2);
                await(soup, collect, () -> replies.size() == expected, "replies to order " + token + ": " + replies);
            }
            await(soup, collect, () -> !soup.isLoggedIn(), "the drop is noticed");
            assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
            assertFalse(soup.send(order, 0, enter(4)), "refused while down");
            for (int i = 0; i < 50; i++) {
                soup.pollReplies(collect);
            }
            assertEquals(1, venue.connections(), "no retry before the back-off has passed");
            clock.advance(BACKOFF_NS);
            await(soup, collect, () -> replies.size() == 6, "the lost reply is replayed: " + replies);
            assertTrue(soup.isLoggedIn());
            assertTrue(soup.send(order, 0, enter(5)));
            await(soup, collect, () -> replies.size() == 8, "replies after the reconnect: " + replies);

            assertEquals(List.of("A1", "E1", "A2", "E2", "A3", "E3", "A5", "E5"), replies, "each reply once");
            assertEquals(List.of("|1", SoupTestVenue.SESSION + "|6"), venue.logins,
                "re-login: same session, next sequence number");
            assertEquals(List.of("O1", "O2", "O3", "O5"), venue.orders, "the refused order is never sent");
            assertEquals(8, soup.sequencedReceived());
            assertEquals(2, soup.counters().get(SoupBinTcpSessionCounter.LOGINS));
            assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.RECONNECTS));
            assertEquals(honourSequence ? 0 : 5, soup.counters().get(SoupBinTcpSessionCounter.DUPLICATES_DROPPED));
            assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.REPLIES_LOST));
            soup.close();
        }
    }

    @Test
    void reconnectsAndResumesFromTheNextSequenceNumber() throws Exception {
        dropMidOrderThenReconnect(true);
    }

    @Test
    void dropsTheDuplicatesOfAServerThatReplaysFromTheStart() throws Exception {
        dropMidOrderThenReconnect(false);
    }

    @Test
    void backsOffWithoutBlockingWhileTheVenueIsAway() throws Exception {
        try (SoupTestVenue venue = new SoupTestVenue(clock, 100, true, 1, 0, false)) {
            final SoupBinTcpOrderTransport soup = connect(venue);
            assertTrue(soup.send(order, 0, enter(1)));
            await(soup, collect, () -> !soup.isLoggedIn(), "the drop is noticed");
            venue.stopListening();
            long delay = BACKOFF_NS;
            for (int failure = 1; failure <= 4; failure++) {
                clock.advance(delay - 1);
                for (int i = 0; i < 20; i++) {
                    soup.pollReplies(collect);
                }
                assertEquals(failure - 1, soup.counters().get(SoupBinTcpSessionCounter.CONNECT_FAILURES),
                    "not before the back-off: " + delay);
                clock.advance(1);
                final long failures = failure;
                await(soup, collect, () -> soup.counters().get(SoupBinTcpSessionCounter.CONNECT_FAILURES) == failures,
                    "attempt " + failure + " refused");
                delay = Math.min(2 * delay, 8 * BACKOFF_NS);
                assertFalse(soup.send(order, 0, enter(1 + failure)));
            }
            assertEquals(List.of("O1"), venue.orders);
            assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.RECONNECTS));
            soup.close();
        }
    }

    @Test
    void endOfSessionIsNotAReconnectCase() throws Exception {
        try (SoupTestVenue venue = new SoupTestVenue(clock, 100, true, 1, 0, true)) {
            final SoupBinTcpOrderTransport soup = connect(venue);
            assertTrue(soup.send(order, 0, enter(1)));
            await(soup, collect, soup::isEnded, "End of Session");
            assertEquals(List.of("A1", "E1"), replies);
            for (int i = 0; i < 10; i++) {
                clock.advance(SoupBinTcpOrderTransport.DEFAULT_MAX_BACKOFF_NS);
                soup.pollReplies(collect);
            }
            Thread.sleep(50);
            assertEquals(1, venue.connections(), "the day is over: no reconnect");
            assertFalse(soup.send(order, 0, enter(2)));
            assertEquals(0, soup.counters().get(SoupBinTcpSessionCounter.DISCONNECTS));
            soup.close();
        }
    }
}
