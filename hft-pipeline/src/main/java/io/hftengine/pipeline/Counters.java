package io.hftengine.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A fixed set of named counters, one per constant of an enum, written by one owning thread and
 * readable from any thread.
 *
 * <p>The owner increments with a plain read and an opaque store (no read-modify-write instruction
 * is needed with a single writer); readers use opaque loads, which see each 64-bit value whole
 * and eventually. Allocation-free after construction.
 *
 * @param <E> the enum naming the counters
 */
public final class Counters<E extends Enum<E>> {
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(long[].class);

    private final String group;
    private final E[] names;
    private final long[] values;

    /**
     * Creates zeroed counters.
     *
     * @param group prefix in reports, e.g. {@code "risk"}
     * @param type the enum whose constants name the counters
     */
    public Counters(final String group, final Class<E> type) {
        this.group = group;
        this.names = type.getEnumConstants();
        this.values = new long[names.length];
    }

    /**
     * Owner thread: adds one.
     *
     * @param counter which
     */
    public void increment(final E counter) {
        final int i = counter.ordinal();
        VALUES.setOpaque(values, i, values[i] + 1);
    }

    /**
     * Owner thread: adds a delta.
     *
     * @param counter which
     * @param delta amount, may be negative
     */
    public void add(final E counter, final long delta) {
        final int i = counter.ordinal();
        VALUES.setOpaque(values, i, values[i] + delta);
    }

    /**
     * Owner, before its thread starts (slow path): every counter back to zero, so that what a
     * restart replayed into a stage (see {@code io.hftengine.pipeline.recovery}) is not counted as
     * this run's.
     */
    public void reset() {
        for (int i = 0; i < values.length; i++) {
            VALUES.setOpaque(values, i, 0L);
        }
    }

    /**
     * Any thread: a counter's value.
     *
     * @param counter which
     * @return value
     */
    public long get(final E counter) {
        return (long) VALUES.getOpaque(values, counter.ordinal());
    }

    /**
     * Returns the group name.
     *
     * @return the group name
     */
    public String group() {
        return group;
    }

    /**
     * Any thread, slow path: appends {@code "group":{"NAME":value,...}} to a JSON object body.
     *
     * @param out destination
     * @return out
     */
    public StringBuilder appendJson(final StringBuilder out) {
        out.append('"').append(group).append("\":{");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(names[i].name()).append("\":").append((long) VALUES.getOpaque(values, i));
        }
        return out.append('}');
    }

    @Override
    public String toString() {
        return appendJson(new StringBuilder()).toString();
    }
}
