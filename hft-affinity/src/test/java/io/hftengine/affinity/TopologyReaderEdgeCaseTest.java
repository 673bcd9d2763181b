package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sources that lack the files a modern kernel writes, read without guessing wrong. */
class TopologyReaderEdgeCaseTest
{
    @Test
    void withoutAnOnlineFileCpuDirectoriesMarkedOfflineAreLeftOut()
    {
        // cpuN directories exist for every present cpu, hot-unplugged ones included; their
        // cpuN/online file says which are up (cpu0 often has none: it cannot be unplugged).
        final CpuTopology topology = TopologyReader.read(new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/cpu0/uevent", "")
            .put("sys/devices/system/cpu/cpu1/online", "1\n")
            .put("sys/devices/system/cpu/cpu2/online", "1\n")
            .put("sys/devices/system/cpu/cpu3/online", "0\n"));
        assertEquals(CpuSet.parse("0-2"), topology.onlineCpus());
    }
}
