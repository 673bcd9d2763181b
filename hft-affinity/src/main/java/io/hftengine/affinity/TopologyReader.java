package io.hftengine.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a {@link CpuTopology} from a {@link SysFs}: the live machine or a captured fixture.
 *
 * <p>Reads, relative to the root: {@code sys/devices/system/cpu/{online,isolated,nohz_full}} (without
 * {@code online}, the {@code cpuN} directories whose {@code cpuN/online} does not read 0),
 * {@code sys/devices/system/cpu/cpuN/topology/{core_id,physical_package_id,thread_siblings_list}},
 * {@code sys/devices/system/node/nodeM/cpulist} (or the {@code cpuN/nodeM} links),
 * {@code proc/self/status} ({@code Cpus_allowed_list}), the cgroup CPU quota ({@code proc/self/cgroup},
 * {@code sys/fs/cgroup/.../cpu.max}) and {@code proc/cpuinfo} as a fallback.
 * Missing entries become unknown ({@code -1}) or empty sets; present but malformed cpu lists or
 * ids are a clear {@link IllegalArgumentException} naming the file, never a silent guess.
 *
 * <p>Stateless; every method is thread-safe. Nothing is read at class-load time.
 */
public final class TopologyReader
{
    private static final String CPU = "sys/devices/system/cpu/";
    private static final String NODE = "sys/devices/system/node/";

    private TopologyReader()
    {
    }

    /**
     * Reads this host's topology, or, when {@code /sys} is unreadable or malformed (non-Linux,
     * restricted container), a {@link CpuTopology#uniform uniform} topology of
     * {@link Runtime#availableProcessors()} CPUs, reporting why through {@code log}.
     *
     * @param log where the fallback is reported; called at most once.
     * @return the topology; never null, never throws.
     */
    public static CpuTopology detect(final AffinityLog log)
    {
        try
        {
            return read(SysFs.live());
        }
        catch (final RuntimeException ex)
        {
            final int count = Runtime.getRuntime().availableProcessors();
            log.warn("cpu topology unavailable (" + ex.getMessage() + "); assuming " + count + " uniform cpus");
            return CpuTopology.uniform(count);
        }
    }

    /**
     * Parses the topology below a source.
     *
     * @param fs the source.
     * @return the topology.
     * @throws IllegalArgumentException if no CPU can be found at all, or an entry is malformed.
     */
    public static CpuTopology read(final SysFs fs)
    {
        final CpuInfo cpuInfo = CpuInfo.parse(fs.read("proc/cpuinfo").orElse(""));
        final CpuSet online = onlineCpus(fs, cpuInfo);
        final Map<Integer, Integer> nodeOfCpu = numaNodes(fs, online);

        // First pass: what each CPU says about itself; siblings are null where sysfs has none.
        final int[][] ids = new int[online.size()][];
        final CpuSet[] sysfsSiblings = new CpuSet[online.size()];
        final Map<Long, List<Integer>> cpusOfCore = new HashMap<>();
        for (int i = 0; i < online.size(); i++)
        {
            final int id = online.get(i);
            final String dir = CPU + "cpu" + id + "/topology/";
            final int[] fromCpuInfo = cpuInfo.processors.getOrDefault(id, new int[] {-1, -1});
            final int coreId = intFile(fs, dir + "core_id").orElse(fromCpuInfo[1]);
            final int packageId = intFile(fs, dir + "physical_package_id").orElse(fromCpuInfo[0]);
            ids[i] = new int[] {coreId, packageId};
            sysfsSiblings[i] = cpuListFile(fs, dir + "thread_siblings_list")
                .or(() -> cpuListFile(fs, dir + "core_cpus_list")).orElse(null);
            if (coreId >= 0 && packageId >= 0)
            {
                cpusOfCore.computeIfAbsent(coreKey(packageId, coreId), k -> new ArrayList<>()).add(id);
            }
        }
        // Second pass: siblings from sysfs, else the CPUs sharing (socket, core_id), else none.
        final List<LogicalCpu> cpus = new ArrayList<>(online.size());
        for (int i = 0; i < online.size(); i++)
        {
            final int id = online.get(i);
            final int coreId = ids[i][0];
            final int packageId = ids[i][1];
            CpuSet siblings = CpuSet.of(id);
            if (sysfsSiblings[i] != null)
            {
                siblings = sysfsSiblings[i].intersect(online).union(siblings);
            }
            else if (coreId >= 0 && packageId >= 0)
            {
                siblings = CpuSet.of(cpusOfCore.get(coreKey(packageId, coreId)).stream().mapToInt(Integer::intValue).toArray());
            }
            cpus.add(new LogicalCpu(
                id, siblings.first(), coreId, packageId, nodeOfCpu.getOrDefault(id, LogicalCpu.UNKNOWN), siblings));
        }

        // Tickless CPUs (nohz_full=, e.g. tuned's cpu-partitioning profile, which keeps other
        // tasks off them through systemd's CPUAffinity rather than isolcpus=) are set apart for
        // busy threads just the same. Kernels built for it but booted without it write "(null)".
        final CpuSet isolated = cpuListFile(fs, CPU + "isolated").orElse(CpuSet.empty())
            .union(fs.read(CPU + "nohz_full").map(String::strip).filter(text -> !"(null)".equals(text))
                .map(text -> parseCpuList(CPU + "nohz_full", text)).orElse(CpuSet.empty()));
        final CpuSet allowed = allowedCpus(fs);
        final CpuTopology topology = CpuTopology.of(cpus, isolated, allowed, fs.describe());
        final double quota = CgroupCpuQuota.read(fs);
        return quota == Double.POSITIVE_INFINITY ? topology : topology.withCpuQuota(quota);
    }

    private static long coreKey(final int packageId, final int coreId)
    {
        return ((long)packageId << 32) | coreId;
    }

    private static CpuSet onlineCpus(final SysFs fs, final CpuInfo cpuInfo)
    {
        final Optional<CpuSet> online = cpuListFile(fs, CPU + "online");
        if (online.isPresent() && !online.get().isEmpty())
        {
            return online.get();
        }
        // A cpuN directory exists for every present cpu, hot-unplugged ones too: its cpuN/online
        // reads "0" then (cpu0 often has no such file because it cannot be unplugged).
        final int[] fromDirs = fs.list(CPU).stream()
            .filter(name -> name.matches("cpu[0-9]{1,4}"))
            .filter(name -> !"0".equals(fs.read(CPU + name + "/online").map(String::strip).orElse("1")))
            .mapToInt(name -> Integer.parseInt(name.substring(3)))
            .toArray();
        if (fromDirs.length > 0)
        {
            return CpuSet.of(fromDirs);
        }
        if (!cpuInfo.processors.isEmpty())
        {
            return CpuSet.of(cpuInfo.processors.keySet().stream().mapToInt(Integer::intValue).toArray());
        }
        throw new IllegalArgumentException("no cpu information under " + fs.describe() +
            " (no " + CPU + "online, no cpuN directories, no processors in proc/cpuinfo)");
    }

    private static Map<Integer, Integer> numaNodes(final SysFs fs, final CpuSet online)
    {
        final Map<Integer, Integer> nodeOfCpu = new HashMap<>();
        for (final String name : fs.list(NODE))
        {
            if (name.matches("node[0-9]{1,4}"))
            {
                final int node = Integer.parseInt(name.substring(4));
                final CpuSet cpus = cpuListFile(fs, NODE + name + "/cpulist").orElse(CpuSet.empty());
                for (int i = 0; i < cpus.size(); i++)
                {
                    nodeOfCpu.putIfAbsent(cpus.get(i), node);
                }
            }
        }
        for (int i = 0; i < online.size(); i++)
        {
            final int id = online.get(i);
            if (!nodeOfCpu.containsKey(id))
            {
                // Older or trimmed sysfs: the node is only visible as a cpuN/nodeM link.
                for (final String name : fs.list(CPU + "cpu" + id))
                {
                    if (name.matches("node[0-9]{1,4}"))
                    {
                        nodeOfCpu.put(id, Integer.parseInt(name.substring(4)));
                    }
                }
            }
        }
        return nodeOfCpu;
    }

    private static CpuSet allowedCpus(final SysFs fs)
    {
        final String status = fs.read("proc/self/status").orElse("");
        for (final String line : status.split("\n"))
        {
            if (line.startsWith("Cpus_allowed_list:"))
            {
                return parseCpuList("proc/self/status Cpus_allowed_list", line.substring(line.indexOf(':') + 1));
            }
        }
        return CpuSet.empty();
    }

    private static Optional<CpuSet> cpuListFile(final SysFs fs, final String path)
    {
        return fs.read(path).map(text -> parseCpuList(path, text));
    }

    private static CpuSet parseCpuList(final String path, final String text)
    {
        try
        {
            return CpuSet.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(path + ": " + ex.getMessage(), ex);
        }
    }

    private static Optional<Integer> intFile(final SysFs fs, final String path)
    {
        return fs.read(path).map(String::strip).map(text ->
        {
            if (!text.matches("-?[0-9]{1,9}"))
            {
                throw new IllegalArgumentException(path + ": not an integer: '" + text + "'");
            }
            return Integer.parseInt(text);
        });
    }
}
