package io.hftengine.engine.wire;

/**
 * When each feed packet first left the feed simulator: (first MoldUDP64 sequence number,
 * {@code System.nanoTime()}) pairs in send order, for wire-to-wire latency on loopback.
 *
 * <p>Pre-sized: nothing allocates while the feed runs; packets beyond the capacity are not
 * logged and are counted ({@link #overflowed()}). One writer (the feed thread); read after the
 * writer has stopped (the thread's join is the happens-before edge).
 */
public final class SendLog {
    private final long[] firstSequence;
    private final long[] sentNanos;
    private int count;
    private long overflowed;

    /**
     * Creates an empty log.
     *
     * @param capacity the most packets it holds, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public SendLog(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        firstSequence = new long[capacity];
        sentNanos = new long[capacity];
    }

    /**
     * Logs a packet's first transmission. Sequence numbers must increase from call to call.
     *
     * @param first the sequence number of its first message
     * @param nanos {@code System.nanoTime()} when it was handed to the socket
     */
    public void sent(final long first, final long nanos) {
        if (count == firstSequence.length) {
            overflowed++;
            return;
        }
        firstSequence[count] = first;
        sentNanos[count] = nanos;
        count++;
    }

    /**
     * Returns when the packet holding a message was first sent.
     *
     * @param sequence a message's sequence number
     * @return the packet's send time, or {@link Long#MIN_VALUE} when no logged packet holds it
     *     (before the first one, or the log overflowed before it)
     */
    public long sentNanos(final long sequence) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            if (firstSequence[mid] <= sequence) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || found == count - 1 && overflowed > 0) {
            return Long.MIN_VALUE;
        }
        return sentNanos[found];
    }

    /**
     * Returns how many packets are logged.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * Returns how many packets were sent after the log was full.
     *
     * @return the count
     */
    public long overflowed() {
        return overflowed;
    }
}
