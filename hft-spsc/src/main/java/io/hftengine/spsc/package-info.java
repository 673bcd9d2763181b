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
 *   | RingProducerFields producerIndex (shared)
 *   | RingProducerPad   128 bytes   |
 *   | RingProducerLocalFields producerLimit, producerClaimIndex, producerPublished (producer-local)
 *   | RingProducerLocalPad 128 bytes |
 *   | RingConsumerFields consumerIndex (shared), consumerLimit (consumer-local)
 *   | RingTailPad       128 bytes   |
 *   +-------------------------------+
 * </pre>
 *
 * <p>Accessor names say the memory order: {@code lv} load-acquire, {@code so} store-release,
 * {@code lp}/{@code sp} plain. {@code SpscQueue} never reads the other side's index on its data
 * path: a non-null slot is the publication (store-release of the element, load-acquire of the
 * slot), so poll, peek and drain read slots until null, and offer and fill, when the cached limit
 * runs out, probe a slot ahead for null (fill reads the consumer index only when the queue is
 * nearly full, for the exact room). {@code SpscEventRing} (whose slots are never null) reads
 * the other side's index only when the cached copy says full (producer) or holds fewer events
 * than the poll's limit (consumer), and its consumer not even then when the events extend
 * {@link io.hftengine.spsc.RingEvent}: each event then carries its own publication mark, in its
 * first cache line. The index mask is always {@code buffer.length - 1}, so the JIT can prove every slot access in bounds
 * and drop the range check.
 */
package io.hftengine.spsc;
