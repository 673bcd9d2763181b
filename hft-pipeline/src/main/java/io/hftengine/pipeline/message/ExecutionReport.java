package io.hftengine.pipeline.message;

import io.hftengine.types.Side;

/**
 * Gateway to risk and risk to strategy: what happened to an order.
 *
 * <p>The gateway decodes venue replies into these; risk updates positions and open orders from
 * them and forwards them to the strategy, adding its own {@link ExecType#RISK_REJECTED} reports.
 * {@code leavesQuantity} is the order's open quantity after this report as known to the sender.
 */
public final class ExecutionReport extends StampedEvent {
    private ExecType type = ExecType.ACCEPTED;
    private long orderId;
    private int symbolId;
    private Side side = Side.BUY;
    private long price;
    private long lastQuantity;
    private long lastPrice;
    private long leavesQuantity;
    private long matchNumber;
    private long timeNs;
    private byte venueReason;
    private RejectReason rejectReason = RejectReason.NONE;

    /** Creates an empty report (ring pre-allocation). */
    public ExecutionReport() {
    }

    /**
     * Fills the fields common to every report and resets the others.
     *
     * @param type what happened
     * @param orderId client order id
     * @param symbolId stock locate, or 0 when the sender does not know it (risk fills it in)
     * @param side order side, or {@code null} when unknown (risk fills it in)
     * @param timeNs venue (or clock) time, epoch ns
     * @return this
     */
    public ExecutionReport set(final ExecType type, final long orderId, final int symbolId, final Side side,
                               final long timeNs) {
        this.type = type;
        this.orderId = orderId;
        this.symbolId = symbolId;
        this.side = side;
        this.timeNs = timeNs;
        this.price = 0;
        this.lastQuantity = 0;
        this.lastPrice = 0;
        this.leavesQuantity = 0;
        this.matchNumber = 0;
        this.venueReason = 0;
        this.rejectReason = RejectReason.NONE;
        return this;
    }

    /**
     * Sets a fill's trade fields.
     *
     * @param lastQuantity shares traded
     * @param lastPrice trade price, Price raw
     * @param matchNumber venue match number
     * @return this
     */
    public ExecutionReport fill(final long lastQuantity, final long lastPrice, final long matchNumber) {
        this.lastQuantity = lastQuantity;
        this.lastPrice = lastPrice;
        this.matchNumber = matchNumber;
        return this;
    }

    /**
     * Copies every field except stamps from another report.
     *
     * @param other source
     */
    public void copyFrom(final ExecutionReport other) {
        type = other.type;
        orderId = other.orderId;
        symbolId = other.symbolId;
        side = other.side;
        price = other.price;
        lastQuantity = other.lastQuantity;
        lastPrice = other.lastPrice;
        leavesQuantity = other.leavesQuantity;
        matchNumber = other.matchNumber;
        timeNs = other.timeNs;
        venueReason = other.venueReason;
        rejectReason = other.rejectReason;
    }

    /**
     * Sets the order's limit price.
     *
     * @param price Price raw
     * @return this
     */
    public ExecutionReport price(final long price) {
        this.price = price;
        return this;
    }

    /**
     * Sets the open quantity after this report.
     *
     * @param leavesQuantity shares
     * @return this
     */
    public ExecutionReport leavesQuantity(final long leavesQuantity) {
        this.leavesQuantity = leavesQuantity;
        return this;
    }

    /**
     * Sets the venue's reject or cancel reason code.
     *
     * @param venueReason OUCH reason byte
     * @return this
     */
    public ExecutionReport venueReason(final byte venueReason) {
        this.venueReason = venueReason;
        return this;
    }

    /**
     * Sets the risk reject reason.
     *
     * @param rejectReason why risk refused
     * @return this
     */
    public ExecutionReport rejectReason(final RejectReason rejectReason) {
        this.rejectReason = rejectReason;
        return this;
    }

    /**
     * Sets symbol and side, as risk does for venue reports that lack them.
     *
     * @param symbolId stock locate
     * @param side order side
     * @return this
     */
    public ExecutionReport instrument(final int symbolId, final Side side) {
        this.symbolId = symbolId;
        this.side = side;
        return this;
    }

    /**
     * Returns what happened.
     *
     * @return what happened
     */
    public ExecType type() {
        return type;
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
     * Returns stock locate (0 if unknown).
     *
     * @return stock locate (0 if unknown)
     */
    public int symbolId() {
        return symbolId;
    }

    /**
     * Returns order side ({@code null} if unknown).
     *
     * @return order side ({@code null} if unknown)
     */
    public Side side() {
        return side;
    }

    /**
     * Returns limit price, Price raw (0 if unknown).
     *
     * @return limit price, Price raw (0 if unknown)
     */
    public long price() {
        return price;
    }

    /**
     * Returns shares traded by this fill.
     *
     * @return shares traded by this fill
     */
    public long lastQuantity() {
        return lastQuantity;
    }

    /**
     * Returns fill price, Price raw.
     *
     * @return fill price, Price raw
     */
    public long lastPrice() {
        return lastPrice;
    }

    /**
     * Returns open shares after this report.
     *
     * @return open shares after this report
     */
    public long leavesQuantity() {
        return leavesQuantity;
    }

    /**
     * Returns venue match number of a fill.
     *
     * @return venue match number of a fill
     */
    public long matchNumber() {
        return matchNumber;
    }

    /**
     * Returns venue (or clock) time, epoch ns.
     *
     * @return venue (or clock) time, epoch ns
     */
    public long timeNs() {
        return timeNs;
    }

    /**
     * Returns venue reject/cancel reason code, 0 if none.
     *
     * @return venue reject/cancel reason code, 0 if none
     */
    public byte venueReason() {
        return venueReason;
    }

    /**
     * Returns risk reject reason, {@link RejectReason#NONE} unless {@link ExecType#RISK_REJECTED}.
     *
     * @return risk reject reason, {@link RejectReason#NONE} unless {@link ExecType#RISK_REJECTED}
     */
    public RejectReason rejectReason() {
        return rejectReason;
    }

    @Override
    public String toString() {
        return "ExecutionReport{" + type + " id=" + orderId + " sym=" + symbolId + " " + side + " last=" + lastQuantity
            + "@" + lastPrice + " leaves=" + leavesQuantity + (rejectReason != RejectReason.NONE ? " " + rejectReason : "")
            + (venueReason != 0 ? " venue=" + (char) venueReason : "") + "}";
    }
}
