package io.hftengine.pipeline.message;

import io.hftengine.types.Side;

/**
 * Strategy to risk: a request to enter or cancel an order.
 *
 * <p>For {@link SignalType#BUY}/{@link SignalType#SELL}, {@code orderId} is the new order's
 * client id (strictly increasing per session, assigned by the strategy stage); for
 * {@link SignalType#CANCEL} it names the open order to cancel and the other fields are unused.
 */
public final class SignalEvent extends StampedEvent {
    private SignalType type = SignalType.BUY;
    private long orderId;
    private int symbolId;
    private long price;
    private long quantity;
    private long timeNs;

    /** Creates an empty event (ring pre-allocation). */
    public SignalEvent() {
    }

    /**
     * Fills a new-order request.
     *
     * @param side buy or sell
     * @param orderId client order id
     * @param symbolId stock locate
     * @param price limit price, Price raw
     * @param quantity shares
     * @param timeNs clock time of the decision, epoch ns
     * @return this
     */
    public SignalEvent order(final Side side, final long orderId, final int symbolId, final long price,
                             final long quantity, final long timeNs) {
        this.type = side == Side.BUY ? SignalType.BUY : SignalType.SELL;
        this.orderId = orderId;
        this.symbolId = symbolId;
        this.price = price;
        this.quantity = quantity;
        this.timeNs = timeNs;
        return this;
    }

    /**
     * Fills a cancel request.
     *
     * @param orderId the open order to cancel
     * @param timeNs clock time of the decision, epoch ns
     * @return this
     */
    public SignalEvent cancel(final long orderId, final long timeNs) {
        this.type = SignalType.CANCEL;
        this.orderId = orderId;
        this.symbolId = 0;
        this.price = 0;
        this.quantity = 0;
        this.timeNs = timeNs;
        return this;
    }

    /**
     * Returns the request kind.
     *
     * @return the request kind
     */
    public SignalType type() {
        return type;
    }

    /**
     * Returns the side of a new order ({@code null} for a cancel).
     *
     * @return the side of a new order ({@code null} for a cancel)
     */
    public Side side() {
        return type == SignalType.BUY ? Side.BUY : type == SignalType.SELL ? Side.SELL : null;
    }

    /**
     * Returns client order id.
     *
     * @return client order id
     */
    public long orderId() {
        return orderId;
    }

    /**
     * Returns stock locate.
     *
     * @return stock locate
     */
    public int symbolId() {
        return symbolId;
    }

    /**
     * Returns limit price, Price raw.
     *
     * @return limit price, Price raw
     */
    public long price() {
        return price;
    }

    /**
     * Returns shares.
     *
     * @return shares
     */
    public long quantity() {
        return quantity;
    }

    /**
     * Returns clock time of the decision, epoch ns.
     *
     * @return clock time of the decision, epoch ns
     */
    public long timeNs() {
        return timeNs;
    }

    @Override
    public String toString() {
        return "SignalEvent{" + type + " id=" + orderId + " sym=" + symbolId + " px=" + price + " qty=" + quantity + "}";
    }
}
