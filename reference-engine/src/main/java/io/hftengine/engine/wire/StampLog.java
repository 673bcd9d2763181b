package io.hftengine.engine.wire;

/**
 * (key, {@code System.nanoTime()}) pairs in the order they happened, for wire-to-wire latency
 * on loopback: the feed simulator logs each packet's first sequence number when it leaves the
 * socket, the exchange simulator each order's client id when it arrives.
 *
 * <p>Pre-sized: nothing allocates while it is written; entries beyond the capacity are not
 * logged and are counted ({@link #overflowed()}). One writer; read after the writer has stopped
 * (the thread's join is the happens-before edge).
 */
public final class StampLog {
    private final long[] keys;
    private final long[] nanos;
    private int count;
    private long overflowed;

    /**
     * Creates an empty log.
     *
     * @param capacity the most entries it holds, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public StampLog(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        keys = new long[capacity];
        nanos = new long[capacity];
    }

    /**
     * Logs an entry.
     *
     * @param key a packet's first sequence number, or an order id
     * @param timeNanos {@code System.nanoTime()} when it happened
     */
    public void add(final long key, final long timeNanos) {
        if (count == keys.length) {
            overflowed++;
            return;
        }
        keys[count] = key;
        nanos[count] = timeNanos;
        count++;
    }

    /**
     * For a log whose keys increase (first sequence numbers of packets): the time of the entry
     * that covers {@code key}, the last one whose key is at most {@code key}.
     *
     * @param key a message's sequence number
     * @return that entry's time, or {@link Long#MIN_VALUE} when no logged entry covers it (before
     *     the first one, or past the last one of a log that overflowed)
     */
    public long floorNanos(final long key) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            if (keys[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || found == count - 1 && overflowed > 0) {
            return Long.MIN_VALUE;
        }
        return nanos[found];
    }

    /**
     * Returns how many entries are logged.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * Returns the key of entry {@code i}.
     *
     * @param i 0 to {@link #size()} - 1
     * @return its key
     */
    public long key(final int i) {
        return keys[i];
    }

    /**
     * Returns the time of entry {@code i}.
     *
     * @param i 0 to {@link #size()} - 1
     * @return {@code System.nanoTime()} when it happened
     */
    public long nanos(final int i) {
        return nanos[i];
    }

    /**
     * Returns how many entries came after the log was full.
     *
     * @return the count
     */
    public long overflowed() {
        return overflowed;
    }
}
