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
 *   | RingColdFields    capacity, mask, buffer   (read-only after construction)
 *   | RingColdPad       128 bytes   |
 *   | RingProducerFields producerIndex (shared), producerLimit, producerClaimIndex (producer-local)
 *   | RingProducerPad   128 bytes   |
 *   | RingConsumerFields consumerIndex (shared), consumerLimit (consumer-local)
 *   | RingTailPad       128 bytes   |
 *   +-------------------------------+
 * </pre>
 *
 * <p>Accessor names say the memory order: {@code lv} load-acquire, {@code so} store-release,
 * {@code lp}/{@code sp} plain. Each side reads the other side's index only when its cached copy
 * says full (producer) or empty (consumer).
 */
package io.hftengine.spsc;
