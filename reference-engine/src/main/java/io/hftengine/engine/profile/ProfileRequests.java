package io.hftengine.engine.profile;

import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Where profile requests come from: the profile request and acknowledge words of the shared-memory
 * metrics file's control region. Requesters (the monitor, an operator CLI) raise the request
 * sequence; the engine acknowledges each sequence it has acted on.
 *
 * <p>Reads are plain acquire loads so that polling costs nothing measurable; only
 * {@link ProfileController} calls these, from one thread.
 */
public interface ProfileRequests {
    /**
     * Returns the latest request sequence.
     *
     * @return 0 if no profile was ever requested
     */
    long requestSequence();

    /**
     * Returns the latest sequence the engine acknowledged.
     *
     * @return 0 if none
     */
    long acknowledgedSequence();

    /**
     * Acknowledges every request up to a sequence.
     *
     * @param sequence a value of {@link #requestSequence()}
     */
    void acknowledge(long sequence);

    /**
     * Adapts three accessors, typically those of the metrics file's control region:
     * {@code ProfileRequests.of(control::profileRequestSequence, control::profileAcknowledgedSequence,
     * control::acknowledgeProfile)}.
     *
     * @param requested    reads the request sequence
     * @param acknowledged reads the acknowledged sequence
     * @param acknowledge  writes the acknowledged sequence
     * @return the adapter
     * @throws NullPointerException if an argument is null
     */
    static ProfileRequests of(final LongSupplier requested, final LongSupplier acknowledged, final LongConsumer acknowledge) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(acknowledged, "acknowledged");
        Objects.requireNonNull(acknowledge, "acknowledge");
        return new ProfileRequests() {
            @Override
            public long requestSequence() {
                return requested.getAsLong();
            }

            @Override
            public long acknowledgedSequence() {
                return acknowledged.getAsLong();
            }

            @Override
            public void acknowledge(final long sequence) {
                acknowledge.accept(sequence);
            }
        };
    }
}
