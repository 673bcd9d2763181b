package io.hftengine.orderbook;

/**
 * Told about each book update that changed something visible, so a strategy is woken only when
 * it matters.
 *
 * <p>Implement it on a long-lived object, not a capturing lambda, to keep the path allocation
 * free. Called on the thread that updates the book.
 */
@FunctionalInterface
public interface BookChangeListener {
    /** A listener that ignores every change. */
    BookChangeListener NO_OP = change -> { };

    /**
     * Called after an update whose {@link BookChange} bits are not {@link BookChange#NONE}.
     *
     * @param change the bits, with the stock locate; test them with
     *     {@link BookChange#topChanged(int)} and friends
     */
    void onBookChange(int change);
}
