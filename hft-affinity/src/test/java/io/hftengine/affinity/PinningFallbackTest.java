package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinningFallbackTest
{
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void aLoaderThatCannotLinkFallsBackToNoOpAndLogsOnce() throws Exception
    {
        final Pinning pinning = Pinnings.load(l ->
        {
            throw new UnsatisfiedLinkError("libjnidispatch.so: cannot open shared object file");
        }, log::add);

        assertFalse(pinning.isEffective());
        assertTrue(pinning.describe().contains("UnsatisfiedLinkError"), pinning.describe());
        assertEquals(1, log.size());
        assertTrue(log.get(0).contains("unpinned") && log.get(0).contains("libjnidispatch"), log.get(0));

        final Thread other = new Thread(() ->
        {
            try (CpuLock lock = pinning.pin(1))
            {
                assertFalse(lock.isPinned());
            }
        });
        other.start();
        other.join();
        try (CpuLock lock = pinning.pin(0))
        {
            assertEquals(-1, lock.cpu());
        }
        assertEquals(-1, pinning.currentCpu());
        assertEquals(1, log.size(), "pins after a failed load do not log again");
    }

    @Test
    void loaderExceptionsAndNullAlsoFallBack()
    {
        assertFalse(Pinnings.load(l -> { throw new IllegalStateException("no JNA"); }, log::add).isEffective());
        assertFalse(Pinnings.load(l -> { throw new NoClassDefFoundError("com/sun/jna/Native"); }, log::add).isEffective());
        assertFalse(Pinnings.load(l -> null, log::add).isEffective());
        assertEquals(3, log.size());
    }

    @Test
    void aWorkingLoaderIsReturnedAsIsWithoutLogging()
    {
        final Pinning real = new NoOpPinning("stand-in", log::add);
        assertSame(real, Pinnings.load(l -> real, log::add));
        assertTrue(log.isEmpty());
    }

    @Test
    void noOpPinningLogsTheFirstRealRequestOnlyAndValidatesTheCpu() throws Exception
    {
        final NoOpPinning pinning = new NoOpPinning("not Linux", log::add);
        final CpuLock unpinned = pinning.pin(-1);
        assertFalse(unpinned.isPinned());
        assertTrue(log.isEmpty(), "leaving a thread unpinned is not worth a warning");
        final Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++)
        {
            final int cpu = i;
            threads[i] = new Thread(() -> pinning.pin(cpu).close());
            threads[i].start();
        }
        for (final Thread thread : threads)
        {
            thread.join();
        }
        pinning.pin(3).close();
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("not Linux"), log.get(0));
        assertThrows(IllegalArgumentException.class, () -> pinning.pin(-2));
    }

    @Test
    void unpinnedLockClosesFromAnyThreadAndTwice() throws Exception
    {
        final CpuLock lock = CpuLock.unpinned();
        final Thread other = new Thread(lock::close);
        other.start();
        other.join();
        lock.close();
        lock.close();
        assertEquals(-1, lock.cpu());
    }

    @Test
    void idleStrategiesMatchTheirKinds()
    {
        assertEquals("org.agrona.concurrent.BusySpinIdleStrategy", IdleStrategies.create(IdleKind.BUSY_SPIN).getClass().getName());
        assertEquals("org.agrona.concurrent.YieldingIdleStrategy", IdleStrategies.create(IdleKind.YIELD).getClass().getName());
        assertEquals("org.agrona.concurrent.BackoffIdleStrategy", IdleStrategies.create(IdleKind.BACKOFF).getClass().getName());
        assertTrue(IdleStrategies.create(IdleKind.BACKOFF).toString().contains("maxParkPeriodNs=100000"),
            IdleStrategies.create(IdleKind.BACKOFF).toString());
        assertThrows(NullPointerException.class, () -> IdleStrategies.create(null));
    }
}
