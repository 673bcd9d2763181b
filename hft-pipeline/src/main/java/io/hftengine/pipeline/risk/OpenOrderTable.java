package io.hftengine.pipeline.risk;

/**
 * Risk's open orders: order id to (symbol, side, leaves, limit price), each record inline in one
 * open-addressing table, so an execution report or a new order touches one 32-byte record (half a
 * cache line) instead of a map entry plus four parallel arrays. In the
 * fused layout risk runs for one message in a hundred and its data is cold each time: the lines
 * an order touches are its cost.
 *
 * <pre>
 *  record i: [4i]     order id
 *            [4i + 1] symbol id &lt;&lt; 2 | 2 for a sell | 1 (occupied; 0 marks an empty record)
 *            [4i + 2] leaves, shares
 *            [4i + 3] limit price, Price raw
 * </pre>
 *
 * <p>Linear probing over at least twice as many records as orders, so the load stays at or below
 * one half. The hash keeps the lowest bit of the id and mixes the rest (Fibonacci hashing): ids
 * from a counter put two consecutive orders in one line, while ids with a pattern in their
 * high bits still spread. Removal shifts later records of the probe run back, so there are no
 * tombstones. Sized once at construction. Single thread (the risk stage).
 */
final class OpenOrderTable {
    /** Returned by {@link #find} when an order is not open. */
    static final int NO_RECORD = -1;

    private static final int STRIDE = 4;
    private static final int ID = 0;
    private static final int META = 1;
    private static final int LEAVES = 2;
    private static final int PRICE = 3;
    private static final long OCCUPIED = 1;
    private static final long SELL = 2;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long[] records;
    private final int mask;
    private final int shift;
    private final int capacity;
    private int size;

    /**
     * Creates an empty table.
     *
     * @param capacity the most orders open at once, 1 to 2^26
     * @throws IllegalArgumentException when capacity is out of range
     */
    OpenOrderTable(final int capacity) {
        if (capacity < 1 || capacity > 1 << 26) {
            throw new IllegalArgumentException("open orders must be 1 to 2^26: " + capacity);
        }
        final int recordCount = Math.max(8, Integer.highestOneBit(capacity * 2 - 1) << 1);
        this.capacity = capacity;
        this.mask = recordCount - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(recordCount) + 1;
        this.records = new long[recordCount * STRIDE];
    }

    /** Orders open now. */
    int size() {
        return size;
    }

    /** Whether {@link #capacity} orders are open. */
    boolean isFull() {
        return size == capacity;
    }

    /**
     * Finds an open order's record.
     *
     * @param orderId any id
     * @return the record, valid until the next insert or removal, or {@link #NO_RECORD}
     */
    int find(final long orderId) {
        final long[] records = this.records;
        for (int i = home(orderId); ; i = (i + 1) & mask) {
            final int at = i * STRIDE;
            if (records[at + META] == 0) {
                return NO_RECORD;
            }
            if (records[at + ID] == orderId) {
                return i;
            }
        }
    }

    /**
     * Opens an order.
     *
     * @param orderId an id not open now
     * @param symbolId non-negative symbol id
     * @param sell whether the order sells
     * @param leaves its shares
     * @param price its limit, Price raw
     * @return {@code false}, changing nothing, when the id is open already or the table is full
     */
    boolean insert(final long orderId, final int symbolId, final boolean sell, final long leaves, final long price) {
        if (size == capacity) {
            return false;
        }
        final long[] records = this.records;
        for (int i = home(orderId); ; i = (i + 1) & mask) {
            final int at = i * STRIDE;
            if (records[at + META] == 0) {
                records[at + ID] = orderId;
                records[at + META] = (long) symbolId << 2 | (sell ? SELL : 0) | OCCUPIED;
                records[at + LEAVES] = leaves;
                records[at + PRICE] = price;
                size++;
                return true;
            }
            if (records[at + ID] == orderId) {
                return false;
            }
        }
    }

    /** The symbol of the order in a record from {@link #find}. */
    int symbolId(final int record) {
        return (int) (records[record * STRIDE + META] >>> 2);
    }

    /** Whether the order in a record sells. */
    boolean sells(final int record) {
        return (records[record * STRIDE + META] & SELL) != 0;
    }

    /** The shares the order in a record has left. */
    long leaves(final int record) {
        return records[record * STRIDE + LEAVES];
    }

    /** Sets the shares the order in a record has left. */
    void leaves(final int record, final long leaves) {
        records[record * STRIDE + LEAVES] = leaves;
    }

    /** The order id in a record. */
    long orderId(final int record) {
        return records[record * STRIDE + ID];
    }

    /** The limit price of the order in a record, Price raw. */
    long price(final int record) {
        return records[record * STRIDE + PRICE];
    }

    /**
     * Closes the order in a record. Backward-shift deletion: walks the run after the emptied
     * record and moves back every record whose home does not lie cyclically in (hole, current],
     * so every id stays reachable from its home.
     *
     * @param record a record from {@link #find}, not since invalidated
     */
    void remove(final int record) {
        final long[] records = this.records;
        int hole = record;
        int i = record;
        while (true) {
            i = (i + 1) & mask;
            final int at = i * STRIDE;
            if (records[at + META] == 0) {
                break;
            }
            final int home = home(records[at + ID]);
            final boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                System.arraycopy(records, at, records, hole * STRIDE, STRIDE);
                hole = i;
            }
        }
        records[hole * STRIDE + META] = 0;
        size--;
    }

    private int home(final long orderId) {
        return (int) (((orderId >>> 1) * GOLDEN) >>> shift) << 1 | (int) (orderId & 1);
    }
}
