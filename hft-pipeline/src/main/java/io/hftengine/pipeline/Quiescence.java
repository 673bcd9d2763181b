package io.hftengine.pipeline;

/**
 * The replay-mode handshake that makes the order stream independent of the thread layout.
 *
 * <p>In replay, a stage that feeds the rest of the pipeline (the market data stage for packets,
 * the strategy stage for its own callbacks) must not start the next unit of work until every
 * consequence of the previous one has been processed everywhere downstream. {@link #isQuiescent()}
 * answers that without locks by a double collect over the rings' monotonic counts: it sums the
 * {@code published} counts, checks that every ring has {@code consumed == published}, and sums
 * the {@code published} counts again. A consumer stores {@code consumed} (release) only after it
 * has finished handling a batch and published what it caused, so if both sums agree and every
 * ring is drained, no event was in flight and no stage was busy with one at the moment of the
 * second collect: work only starts by consuming from one of these rings, and the caller itself
 * publishes nothing while it waits. Stages never block on it: the caller simply returns 0 from
 * {@code doWork()} and tries again, so it works on one fused thread as well as on four.
 *
 * <p>Live mode does not use it. Cost: two acquire loads per ring per check.
 */
public final class Quiescence {
    private final PipeRing<?>[] rings;

    /**
     * Creates a check over some rings.
     *
     * @param rings the rings whose consumers must be idle; copied
     */
    public Quiescence(final PipeRing<?>... rings) {
        this.rings = rings.clone();
    }

    /**
     * Any thread: whether every ring is drained and nothing moved during the check.
     *
     * @return true when quiescent
     */
    public boolean isQuiescent() {
        final PipeRing<?>[] rings = this.rings;
        long before = 0;
        for (final PipeRing<?> ring : rings) {
            before += ring.publishedCount();
        }
        for (final PipeRing<?> ring : rings) {
            if (ring.consumedCount() != ring.publishedCount()) {
                return false;
            }
        }
        long after = 0;
        for (final PipeRing<?> ring : rings) {
            after += ring.publishedCount();
        }
        return before == after;
    }
}
