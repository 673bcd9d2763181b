/**
 * CPU topology, thread pinning, thread layouts and idle strategies for pipeline stages.
 *
 * <p>Typical start-up, all off the hot path:
 * <pre>{@code
 * CpuTopology topology = TopologyReader.detect(AffinityLog.system());
 * ThreadLayout layout = ThreadLayoutPlanner.plan(
 *     List.of("market-data", "strategy", "risk", "gateway"), LayoutRequest.AUTO, topology, false);
 * log.info(layout.describe());
 * Pinning pinning = Pinnings.best(AffinityLog.system());
 * try (StageRunners running = StageRunners.start(layout, agents, pinning, Throwable::printStackTrace)) { ... }
 * }</pre>
 *
 * <h2>NUMA</h2>
 * Each {@link io.hftengine.affinity.ThreadPlan} reports the NUMA node of its CPU, and the planner
 * keeps all stage threads on one node when they fit (a warning says when they do not). Memory is
 * not bound explicitly yet (the design lists it as future work). Until then the rule is Linux's
 * default first-touch policy: a page lands on the node of the thread that first writes it, so a
 * stage must allocate and pre-touch its buffers (queues it consumes, order book arrays) in its
 * agent's {@code onStart}, which {@link io.hftengine.affinity.StageRunners} runs on the already
 * pinned thread; pre-touching also avoids page faults on the hot path. Running the JVM under
 * {@code numactl --cpunodebind=N --membind=N} binds the whole process when every stage sits on
 * node N. The planned next step is {@code mbind(MPOL_BIND)} (or {@code set_mempolicy}) over
 * each off-heap queue's address range, through JNA or the FFM API, from the owning stage's node:
 * a queue's memory belongs on its consumer's node, because the consumer polls it.
 */
package io.hftengine.affinity;
