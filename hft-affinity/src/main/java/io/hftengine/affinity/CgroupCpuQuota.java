package io.hftengine.affinity;

import java.util.Optional;

/**
 * Reads the CPU time quota of this process's cgroup: {@code cpu.max} (cgroup v2, {@code "max
 * 100000"} or {@code "200000 100000"}) or {@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us}
 * (cgroup v1), on every level from the process's cgroup ({@code proc/self/cgroup}) up to the
 * mount's root, the tightest winning. Walking up covers both views: a container with a cgroup
 * namespace sees its own cgroup as the root, a service without one sees its full path, and a
 * limit may sit on a parent (a systemd slice, a k8s pod above its container).
 *
 * <p>Stateless; thread-safe.
 */
final class CgroupCpuQuota
{
    private static final String ROOT = "sys/fs/cgroup";

    private CgroupCpuQuota()
    {
    }

    /**
     * The quota in CPUs (2.0 for {@code "200000 100000"}).
     *
     * @param fs the source.
     * @return the CPUs of time per period, or {@link Double#POSITIVE_INFINITY} when unlimited or unknown.
     * @throws IllegalArgumentException if a quota file is present but malformed.
     */
    static double read(final SysFs fs)
    {
        double quota = Double.POSITIVE_INFINITY;
        for (final String line : fs.read("proc/self/cgroup").orElse("").split("\n"))
        {
            final String[] parts = line.strip().split(":", 3);
            if (parts.length < 3)
            {
                continue;
            }
            if (parts[1].isEmpty())
            {
                quota = Math.min(quota, walk(fs, ROOT, parts[2], true));
            }
            else if (("," + parts[1] + ",").contains(",cpu,"))
            {
                // Mounted under its controller list, with a "cpu" link to it on most distributions.
                quota = Math.min(quota, walk(fs, ROOT + "/" + parts[1], parts[2], false));
                if (!"cpu".equals(parts[1]))
                {
                    quota = Math.min(quota, walk(fs, ROOT + "/cpu", parts[2], false));
                }
            }
        }
        return quota;
    }

    private static double walk(final SysFs fs, final String mount, final String cgroupPath, final boolean v2)
    {
        double quota = level(fs, mount, v2);
        String path = cgroupPath.strip();
        if (path.endsWith("/"))
        {
            path = path.substring(0, path.length() - 1);
        }
        while (!path.isEmpty())
        {
            quota = Math.min(quota, level(fs, mount + (path.startsWith("/") ? path : "/" + path), v2));
            path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
        return quota;
    }

    private static double level(final SysFs fs, final String dir, final boolean v2)
    {
        return v2 ? cpuMax(fs, dir + "/cpu.max") : cfsQuota(fs, dir);
    }

    private static double cpuMax(final SysFs fs, final String file)
    {
        final Optional<String> text = fs.read(file).map(String::strip);
        if (text.isEmpty())
        {
            return Double.POSITIVE_INFINITY;
        }
        final String[] fields = text.get().split("\\s+");
        if (fields.length == 2 && "max".equals(fields[0]))
        {
            return Double.POSITIVE_INFINITY;
        }
        if (fields.length != 2 || !fields[0].matches("[0-9]{1,12}") || !fields[1].matches("[0-9]{1,12}"))
        {
            throw new IllegalArgumentException(file + ": not '<quota|max> <period>': '" + text.get() + "'");
        }
        return ratio(file, Long.parseLong(fields[0]), Long.parseLong(fields[1]));
    }

    private static double cfsQuota(final SysFs fs, final String dir)
    {
        final Optional<String> quota = fs.read(dir + "/cpu.cfs_quota_us").map(String::strip);
        final Optional<String> period = fs.read(dir + "/cpu.cfs_period_us").map(String::strip);
        if (quota.isEmpty() || period.isEmpty() || "-1".equals(quota.get()))
        {
            return Double.POSITIVE_INFINITY;
        }
        if (!quota.get().matches("[0-9]{1,12}") || !period.get().matches("[0-9]{1,12}"))
        {
            throw new IllegalArgumentException(dir + "/cpu.cfs_quota_us, cpu.cfs_period_us: not microseconds: '" +
                quota.get() + "', '" + period.get() + "'");
        }
        return ratio(dir + "/cpu.cfs_quota_us", Long.parseLong(quota.get()), Long.parseLong(period.get()));
    }

    private static double ratio(final String file, final long quotaUs, final long periodUs)
    {
        if (quotaUs <= 0 || periodUs <= 0)
        {
            throw new IllegalArgumentException(file + ": quota and period must be positive: " + quotaUs + " " + periodUs);
        }
        return (double)quotaUs / periodUs;
    }
}
