package io.hftengine.affinity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Captured machines under src/test/resources/topology, and an in-memory SysFs for edge cases. */
final class Fixtures
{
    /** This build VM: 2 vCPUs, no SMT, one node, nothing isolated (copied from its /sys and /proc). */
    static final String VM_2VCPU = "vm-2vcpu";
    /** Two sockets x 8 cores x 2 hyper-threads, siblings n / n+16, node per socket (written by hand). */
    static final String XEON_2S16C_HT = "xeon-2s16c-ht";
    /** 8 cores, no SMT, isolcpus=2-7 (default affinity mask 0-1). */
    static final String ISOLCPUS_8C = "isolcpus-8c";

    private Fixtures()
    {
    }

    static SysFs sysFs(final String machine)
    {
        // Surefire runs with the module directory as working directory.
        return SysFs.under(Path.of("src", "test", "resources", "topology", machine));
    }

    static CpuTopology topology(final String machine)
    {
        return TopologyReader.read(sysFs(machine));
    }

    /** A SysFs over a map of path to content; directories are derived from the paths. */
    static final class MapSysFs implements SysFs
    {
        final Map<String, String> files = new HashMap<>();

        MapSysFs put(final String path, final String content)
        {
            files.put(path, content);
            return this;
        }

        @Override
        public Optional<String> read(final String relativePath)
        {
            return Optional.ofNullable(files.get(relativePath));
        }

        @Override
        public List<String> list(final String relativeDir)
        {
            final String prefix = relativeDir.endsWith("/") ? relativeDir : relativeDir + "/";
            final List<String> names = new ArrayList<>();
            for (final String path : files.keySet())
            {
                if (path.startsWith(prefix))
                {
                    final String rest = path.substring(prefix.length());
                    final String name = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                    if (!names.contains(name))
                    {
                        names.add(name);
                    }
                }
            }
            return names;
        }

        @Override
        public String describe()
        {
            return "map" + files.keySet();
        }
    }

    /** Synthetic topology: sockets x coresPerSocket x threadsPerCore, Linux numbering, node per socket. */
    static CpuTopology synthetic(
        final int sockets, final int coresPerSocket, final int threadsPerCore, final CpuSet isolated)
    {
        final int cores = sockets * coresPerSocket;
        final List<LogicalCpu> cpus = new ArrayList<>();
        for (int id = 0; id < cores * threadsPerCore; id++)
        {
            final int first = id % cores;
            final int socket = first / coresPerSocket;
            final int[] siblings = new int[threadsPerCore];
            for (int t = 0; t < threadsPerCore; t++)
            {
                siblings[t] = first + t * cores;
            }
            cpus.add(new LogicalCpu(id, first, first % coresPerSocket, socket, socket, CpuSet.of(siblings)));
        }
        return CpuTopology.of(cpus, isolated, CpuSet.empty(), "synthetic " + sockets + "x" + coresPerSocket + "x" + threadsPerCore);
    }
}
