package io.hftengine.pipeline.risk;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {
    @Test
    void burstThenSustainedRateInClockTime() {
        final TokenBucket bucket = new TokenBucket(1_000, 5);
        final long t0 = 42_000_000_000L;
        for (int i = 0; i < 5; i++) {
            assertTrue(bucket.tryAcquire(t0), "burst " + i);
        }
        assertFalse(bucket.tryAcquire(t0));
        assertFalse(bucket.tryAcquire(t0 + 999_999));
        assertTrue(bucket.tryAcquire(t0 + 1_000_000));
        assertFalse(bucket.available(t0 + 1_000_000));
        // a long quiet period refills only up to the burst
        int granted = 0;
        while (bucket.tryAcquire(t0 + 60_000_000_000L)) {
            granted++;
        }
        assertEquals(5, granted);
    }

    @Test
    void timeGoingBackwardsAddsNoCredit() {
        final TokenBucket bucket = new TokenBucket(1, 1);
        assertTrue(bucket.tryAcquire(10_000_000_000L));
        assertFalse(bucket.tryAcquire(5_000_000_000L));
        assertFalse(bucket.tryAcquire(10_500_000_000L));
        assertTrue(bucket.tryAcquire(11_000_000_000L));
    }
}
