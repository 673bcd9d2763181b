package io.hftengine.engine.run;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes a set of threads allocated on the heap between two moments, read from the JVM's
 * per-thread allocation counters ({@code com.sun.management.ThreadMXBean}).
 *
 * <p>Why not heap growth: under Epsilon the heap's "used" figure moves in whole TLABs (up to
 * 4 MiB each), handed to whichever thread needs one, so a few bytes allocated by the reporting
 * thread can show as megabytes, and a stage thread's allocation hides inside a TLAB already
 * counted. The per-thread counter is exact to the byte and names the thread: "the stage threads
 * allocated 0 bytes after warm-up" is the zero-allocation claim itself.
 */
final class ThreadAllocation {
    /** Returned when this JVM cannot count allocation per thread. */
    static final long UNSUPPORTED = -1;

    private final com.sun.management.ThreadMXBean bean;
    private final List<Thread> threads;
    private final long[] atStart;

    private ThreadAllocation(final com.sun.management.ThreadMXBean bean, final List<Thread> threads) {
        this.bean = bean;
        this.threads = List.copyOf(threads);
        this.atStart = new long[this.threads.size()];
        for (int i = 0; i < atStart.length; i++) {
            atStart[i] = allocated(this.threads.get(i));
        }
    }

    /**
     * Starts counting for these threads.
     *
     * @param threads the threads to watch, alive
     * @return the counter, or {@code null} when this JVM has no per-thread allocation counters
     */
    static ThreadAllocation start(final List<Thread> threads) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            return null;
        }
        if (!bean.isThreadAllocatedMemoryEnabled()) {
            bean.setThreadAllocatedMemoryEnabled(true);
        }
        return new ThreadAllocation(bean, threads);
    }

    /**
     * Bytes each thread allocated since {@link #start}, by thread name, in the order given. A
     * thread that has ended since reads {@link #UNSUPPORTED}: read before stopping the threads.
     *
     * @return a new map
     */
    Map<String, Long> sinceStart() {
        final Map<String, Long> bytes = new LinkedHashMap<>();
        for (int i = 0; i < atStart.length; i++) {
            final long now = allocated(threads.get(i));
            bytes.merge(threads.get(i).getName(),
                    now < 0 || atStart[i] < 0 ? UNSUPPORTED : now - atStart[i], ThreadAllocation::sum);
        }
        return bytes;
    }

    private static long sum(final long a, final long b) {
        return a < 0 || b < 0 ? UNSUPPORTED : a + b;
    }

    private long allocated(final Thread thread) {
        return bean.getThreadAllocatedBytes(thread.getId());
    }
}
