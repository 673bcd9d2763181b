package io.hftengine.pipeline.marketdata;

/**
 * The symbols whose book changed while the market-data-to-strategy ring was full: a FIFO of
 * stock locates, each in it at most once, with the stamps of its latest change. Pre-sized for
 * every locate (about 1.6 MiB), so marking never allocates and never fails. Market data thread
 * only, except {@link #size()}, which any thread may read (a quiescence check).
 */
final class PendingBooks {
    private static final int LOCATES = 1 << 16;

    private final int[] queue = new int[LOCATES];
    private final boolean[] pending = new boolean[LOCATES];
    private final long[] receiveTicks = new long[LOCATES];
    private final long[] feedSequence = new long[LOCATES];
    private final long[] timeNs = new long[LOCATES];
    private int head;
    /**
     * Volatile for readers on other threads; written only here, on the overflow path and the
     * catch-up path, never per message.
     */
    private volatile int size;

    /**
     * Marks a locate pending (appended if it was not) and records its latest change's stamps.
     *
     * @param locate 0..65535
     */
    void mark(final int locate, final long receiveTicks, final long feedSequence, final long timeNs) {
        if (!pending[locate]) {
            pending[locate] = true;
            queue[(head + size) & (LOCATES - 1)] = locate;
            size++;
        }
        this.receiveTicks[locate] = receiveTicks;
        this.feedSequence[locate] = feedSequence;
        this.timeNs[locate] = timeNs;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The oldest pending locate; only when not empty. */
    int peek() {
        return queue[head];
    }

    /**
     * Removes the oldest pending locate, once its event is published: lowering the count only
     * after publication means a thread that reads it as 0 also sees that event in the ring, so a
     * quiescence check cannot fall between the two.
     */
    void removeOldest() {
        final int locate = queue[head];
        head = (head + 1) & (LOCATES - 1);
        pending[locate] = false;
        size--;
    }

    long receiveTicks(final int locate) {
        return receiveTicks[locate];
    }

    long feedSequence(final int locate) {
        return feedSequence[locate];
    }

    long timeNs(final int locate) {
        return timeNs[locate];
    }
}
