/**
 * Bounded lock-free single-producer single-consumer rings.
 *
 * <p>Two faces share one algorithm and one padded field layout:
 * <ul>
 *   <li>{@link io.hftengine.spsc.SpscQueue}: a queue of references with the shape of JCTools'
 *       {@code SpscArrayQueue} ({@code offer/poll/peek/drain/fill});</li>
 *   <li>{@link io.hftengine.spsc.SpscEventRing}: a ring of pre-allocated mutable events that the
 *       producer claims, fills in place and publishes, and that the consumer reads in place in
 *       batches ({@code tryClaim/event/publish} and {@code poll(EventHandler, limit)}).</li>
 * </ul>
 *
 * <p>Layout (each box starts on its own pair of cache lines, so a write by one side never
 * invalidates the line the other side is reading):
 * <pre>
 *   +-------------------------------+
 *   | RingHeadPad       128 bytes   |
 *   | RingColdFields    capacity, lookAheadStep, buffer   (read-only after construction)
 *   | RingColdPad       128 bytes   |
 *   | RingProducerFields producerIndex (shared), producerLimit, producerClaimIndex (producer-local)
 *   | RingProducerPad   128 bytes   |
 *   | RingConsumerFields consumerIndex (shared), consumerLimit (consumer-local)
 *   | RingTailPad       128 bytes   |
 *   +-------------------------------+
 * </pre>
 *
 * <p>Accessor names say the memory order: {@code lv} load-acquire, {@code so} store-release,
 * {@code lp}/{@code sp} plain. {@code SpscQueue}'s poll/peek never read the producer's index: a
 * non-null slot is the publication (store-release of the element, load-acquire of the slot); its
 * offer, when the cached limit runs out, probes a slot ahead for null instead of reading the
 * consumer's index. The batch paths ({@code fill}, {@code drain}) and {@code SpscEventRing}
 * (whose slots are never null) read the other side's index only when the cached copy says full
 * (producer) or empty (consumer). The index mask is always {@code buffer.length - 1}, so the JIT
 * can prove every slot access in bounds and drop the range check.
 */
package io.hftengine.spsc;
