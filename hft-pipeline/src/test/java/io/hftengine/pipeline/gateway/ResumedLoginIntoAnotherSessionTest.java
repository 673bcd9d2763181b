package io.hftengine.pipeline.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.message.Order;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;

/**
 * A transport resuming after reply 6 (what {@code run} passes when it continues a journal) whose
 * venue has no reply 7 and accepts the login from its end, sequence 1 (another session: the next
 * morning, with yesterday's journal): today's first six replies must not be dropped as
 * duplicates of yesterday's. The session is refused and counted; nothing is traded on it.
 */
class ResumedLoginIntoAnotherSessionTest {
    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
    private int handed;
    private final ReplyHandler count = (b, o, l) -> handed++;

    @Test
    void aResumedLoginAnsweredFromOneIsRefusedNotTakenForDuplicates() throws Exception {
        try (SoupTestVenue today = new SoupTestVenue(clock, 100, true, Integer.MAX_VALUE, 0, false)) {
            final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(today.address(), "USER", "SECRET",
                clock, 100_000_000L, 800_000_000L, "", 6);
            await(soup, () -> soup.isLoggedIn() || soup.isEnded(), "login");
            assertTrue(soup.isEnded(), "a resumed login answered from 1 is another session's");
            assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.RESUME_REFUSED));
            assertFalse(soup.send(order, 0, enter(100)), "nothing is sent on it");
            assertEquals(0, handed);
            soup.close();
        }
    }

    private int enter(final long token) {
        return new OuchOrderEncoder(99_999, 0).encodeEnter(new Order().set(token, 1, Side.BUY, 10 * Price.ONE, 100, 0),
            Symbol.pack("ALC"), order, 0);
    }

    private void await(final SoupBinTcpOrderTransport soup, final BooleanSupplier done, final String what) {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            soup.pollReplies(count);
            assertTrue(System.currentTimeMillis() < deadline, what);
            Thread.onSpinWait();
        }
    }
}
