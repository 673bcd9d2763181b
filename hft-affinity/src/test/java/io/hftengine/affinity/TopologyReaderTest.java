package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyReaderTest
{
    @Test
    void twoVcpuVm()
    {
        final CpuTopology topology = Fixtures.topology(Fixtures.VM_2VCPU);
        assertEquals(2, topology.logicalCpuCount());
        assertEquals(2, topology.physicalCoreCount());
        assertEquals(1, topology.socketCount());
        assertEquals(Map.of(0, CpuSet.parse("0-1")), topology.numaNodes());
        assertTrue(topology.isolatedCpus().isEmpty());
        assertEquals(CpuSet.parse("0-1"), topology.allowedCpus());
        assertEquals(CpuSet.of(1), topology.cpu(1).threadSiblings());
        assertEquals(0, topology.numaNodeOf(1));
    }

    @Test
    void twoSocketSixteenCoreHyperThreadedBox()
    {
        final CpuTopology topology = Fixtures.topology(Fixtures.XEON_2S16C_HT);
        assertEquals(32, topology.logicalCpuCount());
        assertEquals(16, topology.physicalCoreCount());
        assertEquals(2, topology.socketCount());
        assertEquals(CpuSet.parse("0-7,16-23"), topology.numaNodes().get(0));
        assertEquals(CpuSet.parse("8-15,24-31"), topology.numaNodes().get(1));
        assertEquals(CpuSet.of(0, 16), topology.cpu(16).threadSiblings());
        assertEquals(0, topology.cpu(16).coreKey());
        // core_id repeats across sockets; the core key must not.
        assertEquals(topology.cpu(1).coreId(), topology.cpu(9).coreId());
        assertEquals(1, topology.cpu(1).coreKey());
        assertEquals(9, topology.cpu(9).coreKey());
        assertEquals(1, topology.cpu(25).packageId());
        assertEquals(1, topology.numaNodeOf(25));
        assertTrue(topology.describe().startsWith("32 logical cpus (0-31), 16 physical cores, 2 sockets"), topology.describe());
    }

    @Test
    void isolcpusBox()
    {
        final CpuTopology topology = Fixtures.topology(Fixtures.ISOLCPUS_8C);
        assertEquals(8, topology.logicalCpuCount());
        assertEquals(CpuSet.parse("2-7"), topology.isolatedCpus());
        assertEquals(CpuSet.parse("0-1"), topology.allowedCpus());
        assertEquals(CpuSet.parse("0-7"), topology.usableCpus(), "isolated cpus stay pinnable");
    }

    @Test
    void liveMachineAgreesWithTheJvm()
    {
        final CpuTopology topology = TopologyReader.detect(message -> { });
        assertTrue(topology.onlineCpus().size() >= Runtime.getRuntime().availableProcessors(), topology.describe());
    }

    @Test
    void detectNeverThrowsAndLogsTheFallbackOnce()
    {
        // read() on an empty source throws; detect() must absorb the same kind of failure.
        final List<String> log = new ArrayList<>();
        assertThrows(IllegalArgumentException.class, () -> TopologyReader.read(new Fixtures.MapSysFs()));
        final CpuTopology live = TopologyReader.detect(log::add);
        assertTrue(live.logicalCpuCount() >= 1);
        assertTrue(log.size() <= 1, log.toString());
    }

    @Test
    void missingTopologyFallsBackToCpuinfoForSiblingsAndUnknownNode()
    {
        final Fixtures.MapSysFs fs = new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/online", "0-3\n")
            .put("proc/cpuinfo",
                "processor\t: 0\nphysical id\t: 0\ncore id\t: 0\n\n" +
                "processor\t: 1\nphysical id\t: 0\ncore id\t: 1\n\n" +
                "processor\t: 2\nphysical id\t: 0\ncore id\t: 0\n\n" +
                "processor\t: 3\nphysical id\t: 0\ncore id\t: 1\n");
        final CpuTopology topology = TopologyReader.read(fs);
        assertEquals(2, topology.physicalCoreCount());
        assertEquals(CpuSet.of(0, 2), topology.cpu(2).threadSiblings());
        assertEquals(LogicalCpu.UNKNOWN, topology.numaNodeOf(0));
        assertTrue(topology.numaNodes().isEmpty());
        assertTrue(topology.isolatedCpus().isEmpty());
        assertEquals(topology.onlineCpus(), topology.allowedCpus(), "no status file: everything allowed");
    }

    @Test
    void bareArmLikeSourceLeavesEverythingUnknown()
    {
        final Fixtures.MapSysFs fs = new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/cpu0/uevent", "")
            .put("sys/devices/system/cpu/cpu1/uevent", "")
            .put("sys/devices/system/cpu/cpu1/node3/x", "")
            .put("proc/cpuinfo", "processor\t: 0\nBogoMIPS\t: 50.00\n\nprocessor\t: 1\n");
        final CpuTopology topology = TopologyReader.read(fs);
        assertEquals(CpuSet.of(0, 1), topology.onlineCpus());
        assertEquals(2, topology.physicalCoreCount());
        assertEquals(LogicalCpu.UNKNOWN, topology.cpu(0).packageId());
        assertEquals(LogicalCpu.UNKNOWN, topology.numaNodeOf(0));
        assertEquals(3, topology.numaNodeOf(1), "node taken from the cpuN/nodeM link");
        assertEquals(1, topology.socketCount());
    }

    @Test
    void onlyCpuinfoStillGivesTheCpus()
    {
        final CpuTopology topology = TopologyReader.read(new Fixtures.MapSysFs()
            .put("proc/cpuinfo", "processor : 0\n\nprocessor : 1\n\nprocessor : 2\n"));
        assertEquals(CpuSet.range(3), topology.onlineCpus());
    }

    @Test
    void malformedEntriesNameTheFile()
    {
        final IllegalArgumentException online = assertThrows(IllegalArgumentException.class, () ->
            TopologyReader.read(new Fixtures.MapSysFs().put("sys/devices/system/cpu/online", "0-x")));
        assertTrue(online.getMessage().startsWith("sys/devices/system/cpu/online"), online.getMessage());

        final IllegalArgumentException coreId = assertThrows(IllegalArgumentException.class, () ->
            TopologyReader.read(new Fixtures.MapSysFs()
                .put("sys/devices/system/cpu/online", "0")
                .put("sys/devices/system/cpu/cpu0/topology/core_id", "zero")));
        assertTrue(coreId.getMessage().contains("cpu0/topology/core_id"), coreId.getMessage());

        final IllegalArgumentException isolated = assertThrows(IllegalArgumentException.class, () ->
            TopologyReader.read(new Fixtures.MapSysFs()
                .put("sys/devices/system/cpu/online", "0-1")
                .put("sys/devices/system/cpu/isolated", "1-0")));
        assertTrue(isolated.getMessage().contains("isolated"), isolated.getMessage());
    }

    @Test
    void isolatedCpusThatAreNotOnlineAreIgnored()
    {
        final CpuTopology topology = TopologyReader.read(new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/online", "0-3")
            .put("sys/devices/system/cpu/isolated", "2-9"));
        assertEquals(CpuSet.parse("2-3"), topology.isolatedCpus());
    }

    @Test
    void uniformTopologyAndBadIds()
    {
        final CpuTopology uniform = CpuTopology.uniform(4);
        assertEquals(4, uniform.physicalCoreCount());
        assertThrows(IllegalArgumentException.class, () -> CpuTopology.uniform(0));
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> uniform.cpu(4));
        assertTrue(ex.getMessage().contains("0-3"), ex.getMessage());
        assertEquals(-1, uniform.numaNodeOf(-1));
        assertSame(uniform.onlineCpus(), uniform.allowedCpus());
    }
}
