package io.hftengine.engine.feed;

/**
 * Where the synthetic feed writes its ITCH 5.0 events, one call per message.
 *
 * <p>Prices are ITCH wire prices (4 implied decimals), quantities are shares, timestamps are
 * nanoseconds since midnight, symbols are the 8 ASCII bytes packed big-endian into a long. An
 * implementation encodes them (into MoldUDP64 packets, a BinaryFILE) or counts them (tests).
 * Calls come from one thread and must not allocate.
 */
public interface ItchEventSink {
    /**
     * A System Event ('S').
     *
     * @param timestampNs nanoseconds since midnight
     * @param eventCode 'O', 'S', 'Q', 'M', 'E' or 'C'
     */
    void systemEvent(long timestampNs, byte eventCode);

    /**
     * A Stock Directory ('R') announcing a symbol and its locate code.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code, 1-based
     * @param packedSymbol the symbol's 8 ASCII bytes, big-endian
     * @param roundLotSize shares in a round lot
     */
    void stockDirectory(long timestampNs, int locate, long packedSymbol, int roundLotSize);

    /**
     * A Stock Trading Action ('H') setting a symbol to trading.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param packedSymbol the symbol
     */
    void tradingAction(long timestampNs, int locate, long packedSymbol);

    /**
     * An Add Order ('A'), or with attribution ('F') when {@code mpid} is not zero.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param orderRef the new order's reference number
     * @param side 'B' or 'S'
     * @param shares the displayed shares
     * @param packedSymbol the symbol
     * @param price4 the price, 4 implied decimals
     * @param mpid the attribution's 4 ASCII bytes packed big-endian, or 0 for an 'A'
     */
    void addOrder(long timestampNs, int locate, long orderRef, byte side, int shares, long packedSymbol,
            long price4, int mpid);

    /**
     * An Order Executed ('E').
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param orderRef the order executed
     * @param shares the shares executed
     * @param matchNumber the venue's match number
     */
    void orderExecuted(long timestampNs, int locate, long orderRef, int shares, long matchNumber);

    /**
     * An Order Executed With Price ('C'), a non-printable or cross-side execution.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param orderRef the order executed
     * @param shares the shares executed
     * @param matchNumber the venue's match number
     * @param price4 the execution price, 4 implied decimals
     */
    void orderExecutedWithPrice(long timestampNs, int locate, long orderRef, int shares, long matchNumber,
            long price4);

    /**
     * An Order Cancel ('X') removing part of an order.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param orderRef the order
     * @param shares the shares cancelled
     */
    void orderCancel(long timestampNs, int locate, long orderRef, int shares);

    /**
     * An Order Delete ('D').
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param orderRef the order deleted
     */
    void orderDelete(long timestampNs, int locate, long orderRef);

    /**
     * An Order Replace ('U').
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param oldOrderRef the order replaced
     * @param newOrderRef its new reference number
     * @param shares the new displayed shares
     * @param price4 the new price, 4 implied decimals
     */
    void orderReplace(long timestampNs, int locate, long oldOrderRef, long newOrderRef, int shares, long price4);

    /**
     * A non-cross Trade ('P') against a hidden order.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param side 'B' or 'S'
     * @param shares the shares traded
     * @param packedSymbol the symbol
     * @param price4 the trade price, 4 implied decimals
     * @param matchNumber the venue's match number
     */
    void trade(long timestampNs, int locate, byte side, int shares, long packedSymbol, long price4, long matchNumber);

    /**
     * A Net Order Imbalance Indicator ('I'), sent as noise: the engine only counts it.
     *
     * @param timestampNs nanoseconds since midnight
     * @param locate the stock locate code
     * @param packedSymbol the symbol
     * @param pairedShares shares paired at the reference price
     * @param imbalanceShares the imbalance
     * @param direction 'B', 'S', 'N' or 'O'
     * @param referencePrice4 the reference price, 4 implied decimals
     */
    void imbalance(long timestampNs, int locate, long packedSymbol, long pairedShares, long imbalanceShares,
            byte direction, long referencePrice4);
}
