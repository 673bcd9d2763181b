package io.hftengine.orderbook.itch;

import io.hftengine.orderbook.BookChange;
import io.hftengine.orderbook.BookChangeListener;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.types.Side;

/**
 * Feeds decoded ITCH 5.0 messages into an {@link OrderBook}: Stock Directory defines symbols,
 * the seven order messages move orders, everything else is ignored.
 *
 * <p>Prices go in as the raw 4-decimal wire value. Each message's {@link BookChange} bits are
 * kept in {@link #lastChange()} and, when not {@link BookChange#NONE}, passed to the
 * {@link BookChangeListener}. A side code other than 'B' or 'S' reaches the book as a null side
 * and is counted there as {@code INVALID_SIDE}. Allocation free; single-threaded, on the
 * decoder's thread.
 */
public final class ItchBookAdapter implements ItchListener {
    private final OrderBook book;
    private final BookChangeListener listener;
    private int lastChange;

    /**
     * Creates an adapter.
     *
     * @param book the book to update
     * @param listener told about every visible change; {@link BookChangeListener#NO_OP} for none
     */
    public ItchBookAdapter(final OrderBook book, final BookChangeListener listener) {
        this.book = book;
        this.listener = listener;
    }

    /**
     * Returns the book this adapter updates.
     *
     * @return the book
     */
    public OrderBook book() {
        return book;
    }

    /**
     * Returns the change bits of the last order or directory message handled.
     *
     * @return the bits, {@link BookChange#NONE} before any
     */
    public int lastChange() {
        return lastChange;
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message) {
        publish(book.addSymbol(message.stockLocate(), message.stock()));
    }

    @Override
    public void onAddOrder(final AddOrderMessage message) {
        publish(book.addOrder(message.stockLocate(), message.orderReferenceNumber(),
            Side.fromCode((byte) message.side()), message.price(), message.shares()));
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message) {
        publish(book.addOrder(message.stockLocate(), message.orderReferenceNumber(),
            Side.fromCode((byte) message.side()), message.price(), message.shares()));
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage message) {
        publish(book.executeOrder(message.orderReferenceNumber(), message.executedShares()));
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message) {
        publish(book.executeOrder(message.orderReferenceNumber(), message.executedShares()));
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage message) {
        publish(book.cancelOrder(message.orderReferenceNumber(), message.canceledShares()));
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage message) {
        publish(book.deleteOrder(message.orderReferenceNumber()));
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage message) {
        publish(book.replaceOrder(message.originalOrderReferenceNumber(), message.newOrderReferenceNumber(),
            message.shares(), message.price()));
    }

    private void publish(final int change) {
        lastChange = change;
        if (change != BookChange.NONE) {
            listener.onBookChange(change);
        }
    }
}
