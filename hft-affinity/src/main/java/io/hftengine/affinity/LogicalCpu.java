package io.hftengine.affinity;

import java.util.Objects;

/**
 * One logical CPU (a hardware thread) as the kernel reports it.
 *
 * <p>Fields the source did not provide are {@link #UNKNOWN} ({@code -1}); consumers must treat
 * them as "no information", never as id 0.
 *
 * @param id             logical CPU id, as used by {@code sched_setaffinity}.
 * @param coreKey        identity of the physical core: the lowest CPU of its hyper-thread sibling
 *                       list (unique across sockets, unlike {@code core_id}); equals {@code id}
 *                       when siblings are unknown.
 * @param coreId         the kernel's {@code core_id} (unique only within a package), or -1.
 * @param packageId      the socket, {@code physical_package_id}, or -1.
 * @param numaNode       the NUMA node, or -1.
 * @param threadSiblings CPUs sharing this physical core, including this one; never null.
 */
public record LogicalCpu(int id, int coreKey, int coreId, int packageId, int numaNode, CpuSet threadSiblings)
{
    /** Value of any field the topology source did not provide. */
    public static final int UNKNOWN = -1;

    /**
     * Validates the fields.
     *
     * @param id             logical CPU id.
     * @param coreKey        physical core identity.
     * @param coreId         core id within the package, or -1.
     * @param packageId      socket id, or -1.
     * @param numaNode       NUMA node, or -1.
     * @param threadSiblings sibling CPUs including {@code id}.
     * @throws IllegalArgumentException if {@code id} or {@code coreKey} is negative or the
     *                                  siblings do not contain {@code id}.
     */
    public LogicalCpu
    {
        Objects.requireNonNull(threadSiblings, "threadSiblings");
        if (id < 0 || coreKey < 0)
        {
            throw new IllegalArgumentException("negative cpu id " + id + " or core key " + coreKey);
        }
        if (!threadSiblings.contains(id))
        {
            throw new IllegalArgumentException("cpu " + id + " missing from its own sibling list " + threadSiblings);
        }
    }

    /**
     * A CPU with no hyper-thread siblings and unknown socket and node.
     *
     * @param id logical CPU id.
     * @return a CPU that is its own core.
     */
    public static LogicalCpu standalone(final int id)
    {
        return new LogicalCpu(id, id, UNKNOWN, UNKNOWN, UNKNOWN, CpuSet.of(id));
    }
}
