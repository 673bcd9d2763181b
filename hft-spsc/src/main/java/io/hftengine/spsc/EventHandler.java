package io.hftengine.spsc;

/**
 * Receives events from {@link SpscEventRing#poll(EventHandler, int)}, in place, on the consumer
 * thread.
 *
 * @param <E> event type
 */
@FunctionalInterface
public interface EventHandler<E> {
    /**
     * Handles one event. The event object belongs to the ring: read it here, copy what must
     * outlive the call; after {@code poll} returns the producer may overwrite it.
     *
     * @param event the pre-allocated event, filled in by the producer
     * @param sequence the event's sequence number (0 for the first event ever published)
     * @param endOfBatch {@code true} for the last event of this {@code poll} call
     */
    void onEvent(E event, long sequence, boolean endOfBatch);
}
