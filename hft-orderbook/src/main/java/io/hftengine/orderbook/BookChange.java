package io.hftengine.orderbook;

/**
 * What one book update changed, packed into an {@code int} so hot paths return it without
 * allocating.
 *
 * <pre>
 *  31        21   20     19     18     17       16       15                0
 * +-----------+------+------+------+--------+--------+------------------+
 * |  unused   | ANOM | REJ  | VIEW | ASK_TOP| BID_TOP|  stock locate    |
 * +-----------+------+------+------+--------+--------+------------------+
 * </pre>
 *
 * <p>{@link #BID_TOP} / {@link #ASK_TOP}: the best price or the size at the best price of that
 * side changed, which is when a strategy needs waking. {@link #VIEW}: some level inside the L2
 * view's depth changed (implied by either top bit). {@link #ANOMALY}: the update was bad input and
 * was counted (see {@link BookAnomaly}). {@link #REJECTED}: a stand-alone {@link L2Book} refused
 * the update. The low 16 bits carry the stock locate of the book that changed when the result
 * comes from {@link OrderBook}; they are zero from {@link L2Book}, and zero for an anomaly about
 * an order reference that is not live (its symbol is unknown). A result with no flag set is
 * {@link #NONE} regardless of its locate bits being zero.
 *
 * <p>All methods are static, pure and allocation free.
 */
public final class BookChange {
    /** Nothing visible changed. */
    public static final int NONE = 0;
    /** Mask of the stock locate carried in the low bits. */
    public static final int LOCATE_MASK = 0xFFFF;
    /** The best bid price or the size at the best bid changed. */
    public static final int BID_TOP = 1 << 16;
    /** The best ask price or the size at the best ask changed. */
    public static final int ASK_TOP = 1 << 17;
    /**
     * A level within the L2 view's depth was rewritten (set whenever a top bit is set; a replace
     * that puts back exactly what it took may set it with no net change).
     */
    public static final int VIEW = 1 << 18;
    /** A stand-alone {@link L2Book} rejected the update as malformed; the book is unchanged. */
    public static final int REJECTED = 1 << 19;
    /** The update was an anomaly, counted by {@link OrderBook#anomalyCount(BookAnomaly)}. */
    public static final int ANOMALY = 1 << 20;
    /** Both top-of-book bits. */
    public static final int TOP = BID_TOP | ASK_TOP;

    private BookChange() {
    }

    /**
     * Tells whether the best bid or ask (price or size) changed.
     *
     * @param change a result from a book update
     * @return {@code true} when either top bit is set
     */
    public static boolean topChanged(final int change) {
        return (change & TOP) != 0;
    }

    /**
     * Tells whether any level of the L2 view changed.
     *
     * @param change a result from a book update
     * @return {@code true} when the view bit is set
     */
    public static boolean viewChanged(final int change) {
        return (change & VIEW) != 0;
    }

    /**
     * Tells whether the update was counted as an anomaly.
     *
     * @param change a result from a book update
     * @return {@code true} when the anomaly bit is set
     */
    public static boolean isAnomaly(final int change) {
        return (change & ANOMALY) != 0;
    }

    /**
     * Returns the stock locate carried by an {@link OrderBook} result.
     *
     * @param change a result from {@link OrderBook}
     * @return the locate, 0 to 65,535; meaningless when the result is {@link #NONE}
     */
    public static int locate(final int change) {
        return change & LOCATE_MASK;
    }

    /**
     * Returns the top bit that belongs to a side.
     *
     * @param isBid {@code true} for the bid side
     * @return {@link #BID_TOP} or {@link #ASK_TOP}
     */
    public static int topBit(final boolean isBid) {
        return isBid ? BID_TOP : ASK_TOP;
    }
}
