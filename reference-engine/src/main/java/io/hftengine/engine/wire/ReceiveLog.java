package io.hftengine.engine.wire;

/**
 * When each order reached the exchange simulator: (client order id, {@code System.nanoTime()})
 * pairs in arrival order, for wire-to-wire latency on loopback.
 *
 * <p>Pre-sized: nothing allocates while the simulator runs; orders beyond the capacity are not
 * logged and are counted ({@link #overflowed()}). One writer (the simulator's thread); read after
 * the writer has stopped.
 */
public final class ReceiveLog {
    private final long[] orderId;
    private final long[] receivedNanos;
    private int count;
    private long overflowed;

    /**
     * Creates an empty log.
     *
     * @param capacity the most orders it holds, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public ReceiveLog(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        orderId = new long[capacity];
        receivedNanos = new long[capacity];
    }

    /**
     * Logs an order's arrival.
     *
     * @param id the client order id read from the order's token
     * @param nanos {@code System.nanoTime()} when its datagram or packet was read
     */
    public void received(final long id, final long nanos) {
        if (count == orderId.length) {
            overflowed++;
            return;
        }
        orderId[count] = id;
        receivedNanos[count] = nanos;
        count++;
    }

    /**
     * Returns how many orders are logged.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * Returns the order id of entry {@code i}.
     *
     * @param i 0 to {@link #size()} - 1
     * @return the client order id
     */
    public long orderId(final int i) {
        return orderId[i];
    }

    /**
     * Returns the arrival time of entry {@code i}.
     *
     * @param i 0 to {@link #size()} - 1
     * @return {@code System.nanoTime()} at arrival
     */
    public long receivedNanos(final int i) {
        return receivedNanos[i];
    }

    /**
     * Returns how many orders arrived after the log was full.
     *
     * @return the count
     */
    public long overflowed() {
        return overflowed;
    }
}
