package io.hftengine.affinity;

/**
 * How a stage thread waits when its agent found no work; the planner picks one per thread from
 * how exclusively the thread owns its CPU. {@link IdleStrategies#create} turns it into an Agrona
 * {@link org.agrona.concurrent.IdleStrategy}.
 */
public enum IdleKind
{
    /**
     * Spin with {@code Thread.onSpinWait()}: lowest wake-up latency, burns its CPU at 100%. Only
     * for a thread that owns its CPU while the OS has another one.
     */
    BUSY_SPIN,

    /**
     * Spin with {@code Thread.yield()}: for a thread that owns its CPU among stage threads but
     * shares it with the OS and the JVM's own threads (GC, JIT), which yielding lets run.
     */
    YIELD,

    /**
     * Spin, then yield, then park with growing periods: for threads that share CPUs with other
     * stage threads (an oversubscribed layout), where spinning would steal their time slices.
     */
    BACKOFF
}
