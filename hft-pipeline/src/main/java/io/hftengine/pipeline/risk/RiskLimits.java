package io.hftengine.pipeline.risk;

/**
 * Pre-trade limits, immutable; build with {@link #builder()}.
 *
 * <p>Units: quantities and positions in shares; notional in Price raw units (price x 10^8 times
 * shares, so a notional of 1,000,000.00 is {@code 1_000_000 * Price.ONE}); the price band in
 * basis points of the reference price; the order rate in orders per second of clock time with a
 * burst allowance.
 */
public final class RiskLimits {
    private final int maxSymbols;
    private final long maxOrderQuantity;
    private final long maxOrderNotional;
    private final long maxSymbolPosition;
    private final long maxTotalPosition;
    private final long maxOrdersPerSecond;
    private final long orderBurst;
    private final long priceBandBps;
    private final int maxOpenOrders;
    private final int recentFills;

    private RiskLimits(final Builder b) {
        this.maxSymbols = b.maxSymbols;
        this.maxOrderQuantity = b.maxOrderQuantity;
        this.maxOrderNotional = b.maxOrderNotional;
        this.maxSymbolPosition = b.maxSymbolPosition;
        this.maxTotalPosition = b.maxTotalPosition;
        this.maxOrdersPerSecond = b.maxOrdersPerSecond;
        this.orderBurst = b.orderBurst;
        this.priceBandBps = b.priceBandBps;
        this.maxOpenOrders = b.maxOpenOrders;
        this.recentFills = b.recentFills;
    }

    /**
     * Returns a builder with conservative defaults.
     *
     * @return a builder with conservative defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns symbol ids accepted are {@code 1 .. maxSymbols - 1}.
     *
     * @return symbol ids accepted are {@code 1 .. maxSymbols - 1}
     */
    public int maxSymbols() {
        return maxSymbols;
    }

    /**
     * Returns largest quantity of one order, shares.
     *
     * @return largest quantity of one order, shares
     */
    public long maxOrderQuantity() {
        return maxOrderQuantity;
    }

    /**
     * Returns largest price x quantity of one order, Price raw units.
     *
     * @return largest price x quantity of one order, Price raw units
     */
    public long maxOrderNotional() {
        return maxOrderNotional;
    }

    /**
     * Returns largest absolute worst-case position in one symbol, shares.
     *
     * @return largest absolute worst-case position in one symbol, shares
     */
    public long maxSymbolPosition() {
        return maxSymbolPosition;
    }

    /**
     * Returns largest sum over symbols of absolute worst-case positions, shares.
     *
     * @return largest sum over symbols of absolute worst-case positions, shares
     */
    public long maxTotalPosition() {
        return maxTotalPosition;
    }

    /**
     * Returns sustained order rate, orders per second of clock time.
     *
     * @return sustained order rate, orders per second of clock time
     */
    public long maxOrdersPerSecond() {
        return maxOrdersPerSecond;
    }

    /**
     * Returns orders allowed back to back after a quiet period.
     *
     * @return orders allowed back to back after a quiet period
     */
    public long orderBurst() {
        return orderBurst;
    }

    /**
     * Returns allowed distance from the reference price, basis points.
     *
     * @return allowed distance from the reference price, basis points
     */
    public long priceBandBps() {
        return priceBandBps;
    }

    /**
     * Returns largest number of orders open at once.
     *
     * @return largest number of orders open at once
     */
    public int maxOpenOrders() {
        return maxOpenOrders;
    }

    /**
     * Returns how many recent fills risk remembers: a repeat of one is refused, and a Broken Trade
     * of one is undone; a Broken Trade of an older fill trips the kill switch.
     *
     * @return the fill count
     */
    public int recentFills() {
        return recentFills;
    }

    @Override
    public String toString() {
        return "RiskLimits{maxSymbols=" + maxSymbols + ", maxOrderQuantity=" + maxOrderQuantity + ", maxOrderNotional="
            + maxOrderNotional + ", maxSymbolPosition=" + maxSymbolPosition + ", maxTotalPosition=" + maxTotalPosition
            + ", maxOrdersPerSecond=" + maxOrdersPerSecond + ", orderBurst=" + orderBurst + ", priceBandBps="
            + priceBandBps + ", maxOpenOrders=" + maxOpenOrders + ", recentFills=" + recentFills + "}";
    }

    /** Builds {@link RiskLimits}; every setter validates its argument at once. */
    public static final class Builder {
        private int maxSymbols = 1024;
        private long maxOrderQuantity = 1_000;
        private long maxOrderNotional = 100_000L * 100_000_000L;
        private long maxSymbolPosition = 5_000;
        private long maxTotalPosition = 20_000;
        private long maxOrdersPerSecond = 1_000;
        private long orderBurst = 100;
        private long priceBandBps = 500;
        private int maxOpenOrders = 256;
        private int recentFills = PositionBook.DEFAULT_RECENT_FILLS;

        private Builder() {
        }

        /**
         * Sets the symbol id range.
         *
         * @param value 2 .. 65536 (ids are ITCH stock locates, 1 .. 65535)
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxSymbols(final int value) {
            this.maxSymbols = (int) check("maxSymbols", value, 2, 65_536);
            return this;
        }

        /**
         * Sets the per-order quantity limit.
         *
         * @param shares 1 .. 2^31 - 1 (OUCH carries shares in 32 bits)
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxOrderQuantity(final long shares) {
            this.maxOrderQuantity = check("maxOrderQuantity", shares, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets the per-order notional limit.
         *
         * @param notional positive, Price raw units
         * @return this
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxOrderNotional(final long notional) {
            this.maxOrderNotional = check("maxOrderNotional", notional, 1, Long.MAX_VALUE);
            return this;
        }

        /**
         * Sets the per-symbol position limit.
         *
         * @param shares 1 .. 10^12
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxSymbolPosition(final long shares) {
            this.maxSymbolPosition = check("maxSymbolPosition", shares, 1, 1_000_000_000_000L);
            return this;
        }

        /**
         * Sets the total position limit.
         *
         * @param shares 1 .. 10^15
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxTotalPosition(final long shares) {
            this.maxTotalPosition = check("maxTotalPosition", shares, 1, 1_000_000_000_000_000L);
            return this;
        }

        /**
         * Sets the token bucket.
         *
         * @param perSecond sustained rate, 1 .. 10^9
         * @param burst bucket size, 1 .. 10^6
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder orderRate(final long perSecond, final long burst) {
            this.maxOrdersPerSecond = check("maxOrdersPerSecond", perSecond, 1, 1_000_000_000L);
            this.orderBurst = check("orderBurst", burst, 1, 1_000_000L);
            return this;
        }

        /**
         * Sets the fat-finger band.
         *
         * @param bps 1 .. 10000 basis points of the reference price
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder priceBandBps(final long bps) {
            this.priceBandBps = check("priceBandBps", bps, 1, 10_000);
            return this;
        }

        /**
         * Sets the open-order limit.
         *
         * @param count 1 .. 1,000,000
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxOpenOrders(final int count) {
            this.maxOpenOrders = (int) check("maxOpenOrders", count, 1, 1_000_000);
            return this;
        }

        /**
         * Sets how many recent fills are remembered, to refuse a repeated fill and undo a broken
         * one (64 bytes of memory a fill, allocated once).
         *
         * @param count 1 .. 2^24
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder recentFills(final int count) {
            this.recentFills = (int) check("recentFills", count, 1, 1 << 24);
            return this;
        }

        /**
         * Builds the limits.
         *
         * @return immutable limits
         * @throws IllegalArgumentException when the per-symbol limit exceeds the total limit
         */
        public RiskLimits build() {
            if (maxSymbolPosition > maxTotalPosition) {
                throw new IllegalArgumentException("maxSymbolPosition (" + maxSymbolPosition
                    + ") must not exceed maxTotalPosition (" + maxTotalPosition + ")");
            }
            return new RiskLimits(this);
        }

        private static long check(final String name, final long value, final long min, final long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
            }
            return value;
        }
    }
}
