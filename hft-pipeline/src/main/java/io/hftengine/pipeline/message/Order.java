package io.hftengine.pipeline.message;

import io.hftengine.types.Side;

/**
 * An order approved by risk: what the gateway serialises.
 *
 * <p>Embedded in a {@link RiskDecision}; mutable and filled in place.
 */
public final class Order {
    private long orderId;
    private int symbolId;
    private long price;
    private long quantity;
    private Side side = Side.BUY;
    private long timeNs;

    /** Creates an empty order (pre-allocation). */
    public Order() {
    }

    /**
     * Fills every field.
     *
     * @param orderId client order id
     * @param symbolId stock locate
     * @param side buy or sell
     * @param price limit price, Price raw
     * @param quantity shares
     * @param timeNs clock time of approval, epoch ns
     * @return this
     */
    public Order set(final long orderId, final int symbolId, final Side side, final long price, final long quantity,
                     final long timeNs) {
        this.orderId = orderId;
        this.symbolId = symbolId;
        this.side = side;
        this.price = price;
        this.quantity = quantity;
        this.timeNs = timeNs;
        return this;
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
     * Returns shares (for a cancel: 0 = cancel all that remains).
     *
     * @return shares (for a cancel: 0 = cancel all that remains)
     */
    public long quantity() {
        return quantity;
    }

    /**
     * Returns side.
     *
     * @return side
     */
    public Side side() {
        return side;
    }

    /**
     * Returns clock time of approval, epoch ns.
     *
     * @return clock time of approval, epoch ns
     */
    public long timeNs() {
        return timeNs;
    }

    @Override
    public String toString() {
        return "Order{id=" + orderId + " sym=" + symbolId + " " + side + " " + quantity + "@" + price + "}";
    }
}
