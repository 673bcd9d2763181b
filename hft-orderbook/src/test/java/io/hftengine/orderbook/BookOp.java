package io.hftengine.orderbook;

import io.hftengine.types.Side;

/** One generated event for the property tests, applied identically to the book and the model. */
record BookOp(Kind kind, int locate, long ref, long newRef, Side side, long price, long shares) {
    enum Kind { ADD, EXECUTE, CANCEL, DELETE, REPLACE }

    int applyTo(final OrderBook book) {
        switch (kind) {
            case ADD:
                return book.addOrder(locate, ref, side, price, shares);
            case EXECUTE:
                return book.executeOrder(ref, shares);
            case CANCEL:
                return book.cancelOrder(ref, shares);
            case DELETE:
                return book.deleteOrder(ref);
            default:
                return book.replaceOrder(ref, newRef, shares, price);
        }
    }

    void applyTo(final ReferenceOrderBook model) {
        switch (kind) {
            case ADD:
                model.addOrder(locate, ref, side, price, shares);
                break;
            case EXECUTE:
                model.executeOrder(ref, shares);
                break;
            case CANCEL:
                model.cancelOrder(ref, shares);
                break;
            case DELETE:
                model.deleteOrder(ref);
                break;
            default:
                model.replaceOrder(ref, newRef, shares, price);
                break;
        }
    }
}
