package io.hftengine.affinity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real pins on this machine, checked against the kernel's own view of the thread. */
class OpenHftPinningTest
{
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Pinning pinning;

    @BeforeEach
    void load()
    {
        assumeTrue(ThreadAffinity.isLinux(), "real pinning is tested on Linux only");
        pinning = Pinnings.best(log::add);
        assertTrue(pinning.isEffective(), "OpenHFT affinity must load on Linux: " + pinning.describe() + " " + log);
        assertTrue(log.isEmpty(), log.toString());
    }

    @Test
    void pinsAThreadToCpuOneAndRestoresItsMask() throws Exception
    {
        assumeTrue(ThreadAffinity.allowedCpus().contains(1), "needs cpu 1 in this process's mask");
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread thread = new Thread(() ->
        {
            try
            {
                final CpuSet before = ThreadAffinity.allowedCpus();
                try (CpuLock lock = pinning.pin(1))
                {
                    assertTrue(lock.isPinned());
                    assertEquals(1, lock.cpu());
                    assertEquals(CpuSet.of(1), ThreadAffinity.allowedCpus(), "kernel view while pinned");
                    assertEquals(1, pinning.currentCpu(), "a thread pinned to cpu 1 runs on cpu 1");
                }
                assertEquals(before, ThreadAffinity.allowedCpus(), "mask restored on close");
            }
            catch (final Throwable t)
            {
                failure.set(t);
            }
        }, "pin-test");
        thread.start();
        thread.join();
        if (failure.get() != null)
        {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void aCpuThatDoesNotExistIsLoggedNotThrown() throws Exception
    {
        final CpuSet before = ThreadAffinity.allowedCpus();
        try (CpuLock lock = pinning.pin(CpuSet.MAX_CPU_ID))
        {
            assertFalse(lock.isPinned());
        }
        assertEquals(before, ThreadAffinity.allowedCpus(), "a failed pin leaves the mask alone");
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("cpu " + CpuSet.MAX_CPU_ID), log.get(0));
    }

    @Test
    void aLockClosedByAnotherThreadIsRefusedAndStillRestorableByItsOwner() throws Exception
    {
        final CpuSet before = ThreadAffinity.allowedCpus();
        final int cpu = before.first();
        final CpuLock lock = pinning.pin(cpu);
        try
        {
            assertTrue(lock.isPinned());
            final AtomicReference<Throwable> thrown = new AtomicReference<>();
            final Thread intruder = new Thread(() ->
            {
                try
                {
                    lock.close();
                }
                catch (final Throwable t)
                {
                    thrown.set(t);
                }
            });
            intruder.start();
            intruder.join();
            assertInstanceOf(IllegalStateException.class, thrown.get());
            assertEquals(CpuSet.of(cpu), ThreadAffinity.allowedCpus());
        }
        finally
        {
            lock.close();
        }
        assertEquals(before, ThreadAffinity.allowedCpus());
    }

    @Test
    void unpinnedRequestChangesNothing()
    {
        final CpuSet before = ThreadAffinity.allowedCpus();
        try (CpuLock lock = pinning.pin(-1))
        {
            assertFalse(lock.isPinned());
            assertEquals(before, ThreadAffinity.allowedCpus());
        }
        final int now = pinning.currentCpu();
        assertTrue(before.contains(now), "current cpu " + now + " within " + before);
        assertTrue(pinning.describe().startsWith("OpenHFT"), pinning.describe());
    }
}
