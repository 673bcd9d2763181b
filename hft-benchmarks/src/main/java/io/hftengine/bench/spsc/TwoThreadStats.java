package io.hftengine.bench.spsc;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-thread counters of the two-thread benchmarks, reported by JMH as rates (ops/s). */
public final class TwoThreadStats {
    private TwoThreadStats() {
    }

    /** Producer side, pinned to CPU 0. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Producer {
        /** Messages published: the producer's throughput. */
        public long offered;
        /** Attempts that found the queue full. */
        public long offerFull;

        @Setup(Level.Iteration)
        public void pinAndReset() {
            CpuPinning.pinCurrentThread(0);
            offered = 0;
            offerFull = 0;
        }
    }

    /** Consumer side, pinned to CPU 1. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Consumer {
        /** Messages consumed: the figure to compare. */
        public long polled;
        /** Attempts that found the queue empty. */
        public long pollEmpty;

        @Setup(Level.Iteration)
        public void pinAndReset() {
            CpuPinning.pinCurrentThread(1);
            polled = 0;
            pollEmpty = 0;
        }
    }
}
