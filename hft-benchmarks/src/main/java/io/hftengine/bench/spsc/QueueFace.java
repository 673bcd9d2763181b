package io.hftengine.bench.spsc;

/**
 * The operations the SPSC benchmarks time, over every implementation. Each JMH fork uses one
 * implementation, so every call site stays monomorphic and is inlined.
 */
interface QueueFace {
    /** Producer: publish one message. @return false if full */
    boolean offer();

    /** Consumer: take one message. @return false if empty */
    boolean poll();

    /** Producer: publish up to {@code limit} messages. @return how many */
    int fill(int limit);

    /** Consumer: take up to {@code limit} messages. @return how many */
    int drain(int limit);
}
