package io.hftengine.spsc;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The queue shape the contract suite exercises, adapted onto each implementation. */
interface TestQueue<E> {
    boolean offer(E e);

    E poll();

    E peek();

    int size();

    boolean isEmpty();

    int capacity();

    int drain(Consumer<E> consumer, int limit);

    int fill(Supplier<E> supplier, int limit);

    /** Every element there now (JCTools: at most one capacity's worth). */
    int drain(Consumer<E> consumer);

    /** Until full (JCTools: at most one capacity's worth). */
    int fill(Supplier<E> supplier);

    boolean relaxedOffer(E e);

    E relaxedPoll();

    E relaxedPeek();

    void clear();

    /** The queue's own {@code toString()}. */
    String describe();
}
