package io.hftengine.replay;

/**
 * Timers that fire in recorded time: a fixed-capacity queue of deadlines on a {@link VirtualClock}.
 *
 * <p>{@link #advanceTo(long, TimerHandler)} fires, in order of deadline and then of scheduling,
 * every timer due at or before the new time, setting the clock to each deadline before its call
 * (unless the clock is already past it: clocks never go back), and only then moves the clock to
 * the new time. Call it with an event's recorded time <em>before</em> processing the event: a
 * timer due at the same nanosecond as an event fires first.
 * Because the order depends only on recorded times and on the order of calls, timers fire at the
 * same point of the event stream on every run, in every thread layout, at every speed.
 *
 * <p>There is no cancel: handlers ignore stale timers by id (cheaper than searching the heap).
 * Single-threaded (the clock's owner); no allocation after construction.
 */
public final class VirtualTimers {
    /**
     * Receives due timers.
     */
    @FunctionalInterface
    public interface TimerHandler {
        /**
         * Handles one due timer; the clock shows its deadline, or a later time if it had already
         * passed the deadline (a deadline scheduled in the past, or a clock that playback moves
         * itself), never an earlier one. May schedule more timers.
         *
         * @param timerId    the id given to {@link #schedule(long, long)}
         * @param deadlineNs the deadline it was scheduled for, epoch nanoseconds
         */
        void onTimer(long timerId, long deadlineNs);
    }

    private final VirtualClock clock;
    private final long[] deadlines;
    private final long[] sequences;
    private final long[] ids;
    private int size;
    private long nextSequence;

    /**
     * Creates an empty timer queue.
     *
     * @param clock    the clock the timers are measured against, advanced by this queue
     * @param capacity most timers pending at once, at least 1
     * @throws IllegalArgumentException if {@code capacity} is below 1
     */
    public VirtualTimers(final VirtualClock clock, final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.clock = clock;
        deadlines = new long[capacity];
        sequences = new long[capacity];
        ids = new long[capacity];
    }

    /**
     * Schedules a timer.
     *
     * @param deadlineNs when it is due, epoch nanoseconds; a past deadline fires at the next advance
     * @param timerId    handed back to the handler
     * @throws IllegalStateException if {@code capacity} timers are already pending
     */
    public void schedule(final long deadlineNs, final long timerId) {
        if (size == deadlines.length) {
            throw new IllegalStateException("timer queue full: " + size);
        }
        int child = size++;
        final long sequence = nextSequence++;
        while (child > 0) {
            final int parent = (child - 1) >>> 1;
            if (!before(deadlineNs, sequence, parent)) {
                break;
            }
            move(parent, child);
            child = parent;
        }
        deadlines[child] = deadlineNs;
        sequences[child] = sequence;
        ids[child] = timerId;
    }

    /**
     * Fires every timer due at or before {@code epochNanos}, then moves the clock there.
     *
     * @param epochNanos the recorded time of the next event
     * @param handler    receives the due timers
     * @return how many timers fired
     */
    public int advanceTo(final long epochNanos, final TimerHandler handler) {
        int fired = 0;
        while (size > 0 && deadlines[0] <= epochNanos) {
            final long deadline = deadlines[0];
            final long id = ids[0];
            removeFirst();
            if (deadline > clock.epochNanos()) {
                // A passed deadline leaves the clock alone: asking it to go back would count a
                // regression of the recorded stream that never happened.
                clock.advanceTo(deadline);
            }
            handler.onTimer(id, deadline);
            fired++;
        }
        clock.advanceTo(epochNanos);
        return fired;
    }

    /**
     * Returns how many timers are pending.
     *
     * @return zero to capacity
     */
    public int pending() {
        return size;
    }

    /**
     * Returns the earliest pending deadline.
     *
     * @return epoch nanoseconds, or {@link Long#MAX_VALUE} when none is pending
     */
    public long nextDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadlines[0];
    }

    private void removeFirst() {
        final int last = --size;
        final long deadline = deadlines[last];
        final long sequence = sequences[last];
        final long id = ids[last];
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(deadlines[child + 1], sequences[child + 1], child)) {
                child++;
            }
            if (!beforeValues(deadlines[child], sequences[child], deadline, sequence)) {
                break;
            }
            move(child, parent);
            parent = child;
        }
        deadlines[parent] = deadline;
        sequences[parent] = sequence;
        ids[parent] = id;
    }

    private boolean before(final long deadline, final long sequence, final int slot) {
        return beforeValues(deadline, sequence, deadlines[slot], sequences[slot]);
    }

    private static boolean beforeValues(final long deadline, final long sequence, final long otherDeadline, final long otherSequence) {
        return deadline < otherDeadline || (deadline == otherDeadline && sequence < otherSequence);
    }

    private void move(final int from, final int to) {
        deadlines[to] = deadlines[from];
        sequences[to] = sequences[from];
        ids[to] = ids[from];
    }
}
