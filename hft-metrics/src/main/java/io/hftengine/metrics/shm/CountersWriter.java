package io.hftengine.metrics.shm;

import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_LABEL_LENGTH_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_LABEL_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_STATE_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_TYPE_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAX_COUNTER_LABEL_LENGTH;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STATE_ALLOCATED;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.TYPE_COUNTER;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.TYPE_GAUGE;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.counterMetadataOffset;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.counterValueOffset;

import java.util.Objects;

import org.agrona.concurrent.AtomicBuffer;

/**
 * Writer side of the counters in a metrics file, after Aeron's counters in its CnC file.
 *
 * <p>Allocation ({@link #allocateCounter}, {@link #allocateGauge}) is the slow path: do it at
 * start-up, from one thread, before the pipeline threads run. Updates ({@link #increment},
 * {@link #add}, {@link #set}) are the hot path: no allocation, no locks, no I/O; each counter has
 * exactly one updating thread, which makes a plain read plus a release store an exact update that
 * the monitor process reads without tearing.
 */
public final class CountersWriter {
    private final AtomicBuffer buffer;
    private final int capacity;
    /** Labels taken, by type: a repeated one would give Prometheus two series of one name. */
    private final java.util.Set<String> taken = new java.util.HashSet<>();
    private int allocated;

    CountersWriter(final AtomicBuffer buffer, final int capacity) {
        this.buffer = buffer;
        this.capacity = capacity;
    }

    /**
     * Allocates a monotonic counter (exported to Prometheus as {@code hft_counter_total{name="<label>"}}).
     *
     * @param label a name of 1 to 116 characters from {@code [A-Za-z0-9_.:-]}, not already a
     *              counter's in this file (e.g. {@code "md.packets.received"})
     * @return the counter id for the update methods
     * @throws IllegalArgumentException if the label is invalid or already a counter's
     * @throws IllegalStateException    if the file's counter capacity is used up
     */
    public int allocateCounter(final String label) {
        return allocate(label, TYPE_COUNTER);
    }

    /**
     * Allocates a gauge: a level that may go down (exported as {@code hft_gauge{name="<label>"}}).
     *
     * @param label as for {@link #allocateCounter(String)}, not already a gauge's
     * @return the counter id
     * @throws IllegalArgumentException if the label is invalid or already a gauge's
     * @throws IllegalStateException    if the file's counter capacity is used up
     */
    public int allocateGauge(final String label) {
        return allocate(label, TYPE_GAUGE);
    }

    private int allocate(final String label, final int type) {
        Objects.requireNonNull(label, "label");
        if (label.isEmpty() || label.length() > MAX_COUNTER_LABEL_LENGTH || !label.matches("[A-Za-z0-9_.:-]+")) {
            throw new IllegalArgumentException("counter label must be 1.." + MAX_COUNTER_LABEL_LENGTH
                + " chars of [A-Za-z0-9_.:-]: '" + label + "'");
        }
        if (allocated == capacity) {
            throw new IllegalStateException("metrics file holds " + capacity + " counters, all allocated");
        }
        if (!taken.add(type + ":" + label)) {
            throw new IllegalArgumentException("counter label '" + label + "' is allocated already: Prometheus would"
                + " see two series of one name");
        }
        final int id = allocated++;
        final int meta = counterMetadataOffset(id);
        buffer.putLong(counterValueOffset(capacity, id), 0L);
        buffer.putInt(meta + COUNTER_TYPE_OFFSET, type);
        buffer.putInt(meta + COUNTER_LABEL_LENGTH_OFFSET, label.length());
        buffer.putStringWithoutLengthAscii(meta + COUNTER_LABEL_OFFSET, label);
        // Release: a reader that sees the state sees the label and the zeroed value.
        buffer.putIntRelease(meta + COUNTER_STATE_OFFSET, STATE_ALLOCATED);
        return id;
    }

    /**
     * Adds one to a counter. Owning thread of that counter only.
     *
     * @param id a counter id from this writer
     * @throws IndexOutOfBoundsException if {@code id} is outside the file's capacity
     */
    public void increment(final int id) {
        add(id, 1L);
    }

    /**
     * Adds a delta to a counter. Owning thread of that counter only.
     *
     * @param id    a counter id from this writer
     * @param delta the amount to add (may be negative for a gauge)
     * @throws IndexOutOfBoundsException if {@code id} is outside the file's capacity
     */
    public void add(final int id, final long delta) {
        final int offset = counterValueOffset(capacity, Objects.checkIndex(id, capacity));
        buffer.putLongRelease(offset, buffer.getLong(offset) + delta);
    }

    /**
     * Sets a counter or gauge. Owning thread of that counter only.
     *
     * @param id    a counter id from this writer
     * @param value the new value
     * @throws IndexOutOfBoundsException if {@code id} is outside the file's capacity
     */
    public void set(final int id, final long value) {
        buffer.putLongRelease(counterValueOffset(capacity, Objects.checkIndex(id, capacity)), value);
    }

    /**
     * Reads a counter's current value.
     *
     * @param id a counter id from this writer
     * @return the value, read with acquire semantics
     * @throws IndexOutOfBoundsException if {@code id} is outside the file's capacity
     */
    public long get(final int id) {
        return buffer.getLongAcquire(counterValueOffset(capacity, Objects.checkIndex(id, capacity)));
    }

    /**
     * Returns how many counters have been allocated.
     *
     * @return allocated count, 0 to capacity
     */
    public int allocatedCount() {
        return allocated;
    }
}
