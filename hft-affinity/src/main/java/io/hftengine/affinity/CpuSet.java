package io.hftengine.affinity;

import java.util.Arrays;

/**
 * An immutable, sorted set of logical CPU ids, read from and written as the Linux "cpu list"
 * syntax used throughout sysfs ({@code "0-3,8,10-11"}).
 *
 * <p>Instances are immutable and therefore safe to share between threads. Parsing is strict:
 * anything the kernel would not write (negative ids, reversed ranges, empty elements, the
 * {@code isolcpus=} stride form {@code "0-7:2/4"}, ids above {@link #MAX_CPU_ID}) is rejected with
 * an {@link IllegalArgumentException} naming the input and the offending element.
 */
public final class CpuSet
{
    /**
     * Largest CPU id accepted. The kernel's {@code NR_CPUS} tops out at 8192, so a larger id in a
     * sysfs file means a corrupt input rather than a large machine.
     */
    public static final int MAX_CPU_ID = 8191;

    private static final CpuSet EMPTY = new CpuSet(new int[0]);

    private final int[] ids;

    private CpuSet(final int[] sortedDistinctIds)
    {
        this.ids = sortedDistinctIds;
    }

    /**
     * The empty set.
     *
     * @return the shared empty set.
     */
    public static CpuSet empty()
    {
        return EMPTY;
    }

    /**
     * A set of the given ids; duplicates are merged and order does not matter.
     *
     * @param cpuIds CPU ids, each in {@code [0, MAX_CPU_ID]}.
     * @return the set.
     * @throws IllegalArgumentException if an id is out of range.
     */
    public static CpuSet of(final int... cpuIds)
    {
        for (final int id : cpuIds)
        {
            checkId(id, String.valueOf(id));
        }
        final int[] sorted = Arrays.stream(cpuIds).sorted().distinct().toArray();
        return sorted.length == 0 ? EMPTY : new CpuSet(sorted);
    }

    /**
     * The ids {@code 0 .. count - 1}.
     *
     * @param count number of CPUs, {@code 0 <= count <= MAX_CPU_ID + 1}.
     * @return the set.
     * @throws IllegalArgumentException if count is out of range.
     */
    public static CpuSet range(final int count)
    {
        if (count < 0 || count > MAX_CPU_ID + 1)
        {
            throw new IllegalArgumentException("cpu count out of range [0, " + (MAX_CPU_ID + 1) + "]: " + count);
        }
        final int[] ids = new int[count];
        Arrays.setAll(ids, i -> i);
        return count == 0 ? EMPTY : new CpuSet(ids);
    }

    /**
     * Parses the Linux cpu list syntax: comma-separated ids or inclusive ranges {@code a-b}.
     * Surrounding whitespace (sysfs files end in a newline) is ignored; blank input is the empty
     * set, which is how {@code /sys/devices/system/cpu/isolated} reads when nothing is isolated.
     *
     * @param text the list, e.g. {@code "0-3,8,10-11\n"}; must not be null.
     * @return the parsed set.
     * @throws IllegalArgumentException on malformed input, with the input and element in the message.
     */
    public static CpuSet parse(final String text)
    {
        final String trimmed = text.strip();
        if (trimmed.isEmpty())
        {
            return EMPTY;
        }
        final java.util.BitSet bits = new java.util.BitSet();
        for (final String element : trimmed.split(",", -1))
        {
            final String part = element.strip();
            if (part.isEmpty())
            {
                throw malformed(text, element, "empty element");
            }
            final int dash = part.indexOf('-', 1);
            if (dash < 0)
            {
                bits.set(parseId(text, part));
            }
            else
            {
                final int low = parseId(text, part.substring(0, dash));
                final int high = parseId(text, part.substring(dash + 1));
                if (high < low)
                {
                    throw malformed(text, part, "range end below its start");
                }
                bits.set(low, high + 1);
            }
        }
        return new CpuSet(bits.stream().toArray());
    }

    /**
     * Number of CPUs in the set.
     *
     * @return the size, zero or more.
     */
    public int size()
    {
        return ids.length;
    }

    /**
     * Whether the set has no CPUs.
     *
     * @return true when empty.
     */
    public boolean isEmpty()
    {
        return ids.length == 0;
    }

    /**
     * Whether the set holds a CPU.
     *
     * @param cpu a CPU id (any value; out-of-range ids are simply absent).
     * @return true when present.
     */
    public boolean contains(final int cpu)
    {
        return Arrays.binarySearch(ids, cpu) >= 0;
    }

    /**
     * The CPU at a position in ascending order.
     *
     * @param index position, {@code 0 <= index < size()}.
     * @return the CPU id.
     * @throws IndexOutOfBoundsException if index is out of range.
     */
    public int get(final int index)
    {
        return ids[index];
    }

    /**
     * Lowest CPU in the set, or -1 when empty.
     *
     * @return the first id or -1.
     */
    public int first()
    {
        return ids.length == 0 ? -1 : ids[0];
    }

    /**
     * The ids in ascending order, as a fresh array the caller may keep.
     *
     * @return a copy of the ids.
     */
    public int[] toArray()
    {
        return ids.clone();
    }

    /**
     * Set union.
     *
     * @param other another set.
     * @return CPUs in either set.
     */
    public CpuSet union(final CpuSet other)
    {
        final int[] merged = new int[ids.length + other.ids.length];
        System.arraycopy(ids, 0, merged, 0, ids.length);
        System.arraycopy(other.ids, 0, merged, ids.length, other.ids.length);
        return of(merged);
    }

    /**
     * Set intersection.
     *
     * @param other another set.
     * @return CPUs in both sets.
     */
    public CpuSet intersect(final CpuSet other)
    {
        return of(Arrays.stream(ids).filter(other::contains).toArray());
    }

    /**
     * Set difference.
     *
     * @param other CPUs to remove.
     * @return CPUs in this set and not in {@code other}.
     */
    public CpuSet minus(final CpuSet other)
    {
        return of(Arrays.stream(ids).filter(id -> !other.contains(id)).toArray());
    }

    /**
     * Formats the set in canonical cpu list syntax (ranges collapsed, ascending), the form the
     * kernel writes; {@code parse(format())} returns an equal set.
     *
     * @return e.g. {@code "0-3,8,10-11"}, or the empty string for the empty set.
     */
    public String format()
    {
        final StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.length)
        {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1)
            {
                j++;
            }
            if (out.length() > 0)
            {
                out.append(',');
            }
            out.append(ids[i]);
            if (j > i)
            {
                out.append('-').append(ids[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof CpuSet && Arrays.equals(ids, ((CpuSet)o).ids);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString()
    {
        return "CpuSet[" + format() + "]";
    }

    private static int parseId(final String text, final String digits)
    {
        final String s = digits.strip();
        if (s.isEmpty() || s.length() > 5)
        {
            throw malformed(text, digits, s.isEmpty() ? "missing cpu id" : "cpu id too long");
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            if (c < '0' || c > '9')
            {
                throw malformed(text, digits, "not a decimal cpu id (stride syntax a-b:c/d is not accepted)");
            }
            value = value * 10 + (c - '0');
        }
        checkId(value, text);
        return value;
    }

    private static void checkId(final int id, final String text)
    {
        if (id < 0 || id > MAX_CPU_ID)
        {
            throw new IllegalArgumentException(
                "cpu id " + id + " out of range [0, " + MAX_CPU_ID + "] in cpu list '" + text.strip() + "'");
        }
    }

    private static IllegalArgumentException malformed(final String text, final String element, final String why)
    {
        return new IllegalArgumentException(
            "malformed cpu list '" + text.strip() + "': element '" + element + "': " + why);
    }
}
