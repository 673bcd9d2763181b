package io.hftengine.affinity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The few {@code /proc/cpuinfo} fields the topology falls back on when sysfs lacks
 * {@code cpuN/topology}: per processor, its {@code physical id} and {@code core id}.
 * Architectures that print neither (arm64) leave them unknown.
 */
final class CpuInfo
{
    /** Per processor: {@code {physicalId, coreId}}, each -1 when absent. */
    final Map<Integer, int[]> processors = new TreeMap<>();

    private CpuInfo()
    {
    }

    /**
     * Parses cpuinfo text. Blocks without a numeric {@code processor} line are skipped; a
     * non-numeric id field reads as unknown, because cpuinfo is informational and varies by arch.
     */
    static CpuInfo parse(final String text)
    {
        final CpuInfo info = new CpuInfo();
        int[] current = null;
        for (final String line : text.split("\n"))
        {
            final int colon = line.indexOf(':');
            if (colon < 0)
            {
                continue;
            }
            final String key = line.substring(0, colon).strip();
            final int value = parseIntOrUnknown(line.substring(colon + 1).strip());
            switch (key)
            {
                case "processor":
                    current = null;
                    if (value >= 0)
                    {
                        current = new int[] {LogicalCpu.UNKNOWN, LogicalCpu.UNKNOWN};
                        info.processors.put(value, current);
                    }
                    break;
                case "physical id":
                    if (current != null)
                    {
                        current[0] = value;
                    }
                    break;
                case "core id":
                    if (current != null)
                    {
                        current[1] = value;
                    }
                    break;
                default:
                    break;
            }
        }
        return info;
    }

    private static int parseIntOrUnknown(final String s)
    {
        if (s.isEmpty() || s.length() > 9)
        {
            return LogicalCpu.UNKNOWN;
        }
        for (int i = 0; i < s.length(); i++)
        {
            if (s.charAt(i) < '0' || s.charAt(i) > '9')
            {
                return LogicalCpu.UNKNOWN;
            }
        }
        return Integer.parseInt(s);
    }
}
