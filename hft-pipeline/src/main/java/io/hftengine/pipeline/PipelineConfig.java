package io.hftengine.pipeline;

import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.marketdata.FeedSilenceWatch;

import java.nio.file.Path;

/**
 * Everything about the pipeline's shape that is not risk, strategy or network: mode, thread
 * layout, ring sizes, sequencing and gateway details. Immutable; build with {@link #builder()}.
 */
public final class PipelineConfig {
    private final RunMode mode;
    private final int threads;
    private final boolean allowOversubscribe;
    private final boolean pin;
    private final Path cpuClaimsDirectory;
    private final int marketEventRing;
    private final MarketEventOverflow marketEventOverflow;
    private final int signalRing;
    private final int decisionRing;
    private final int venueReportRing;
    private final int strategyReportRing;
    private final int journalRing;
    private final int publishDepth;
    private final boolean publishOnDepthChange;
    private final long firstOrderId;
    private final long firstSequence;
    private final int maxHeldPackets;
    private final int maxPacketLength;
    private final long gapTimeoutNs;
    private final long feedSilenceNs;
    private final long ackTimeoutNs;
    private final int bookOrderCapacity;
    private final Path journalPath;
    private final int journalWindowBytes;
    private final boolean journalContinues;
    private final long timeInForce;
    private final boolean latencyTracking;
    private final int simulatedFillPercent;
    private final long simulatedMaxShares;

    private PipelineConfig(final Builder b) {
        mode = b.mode;
        threads = b.threads;
        allowOversubscribe = b.allowOversubscribe;
        pin = b.pin;
        cpuClaimsDirectory = b.cpuClaimsDirectory;
        marketEventRing = b.marketEventRing;
        marketEventOverflow = b.marketEventOverflow;
        signalRing = b.signalRing;
        decisionRing = b.decisionRing;
        venueReportRing = b.venueReportRing;
        strategyReportRing = b.strategyReportRing;
        journalRing = b.journalRing;
        publishDepth = b.publishDepth;
        publishOnDepthChange = b.publishOnDepthChange;
        firstOrderId = b.firstOrderId;
        firstSequence = b.firstSequence;
        maxHeldPackets = b.maxHeldPackets;
        maxPacketLength = b.maxPacketLength;
        gapTimeoutNs = b.gapTimeoutNs;
        feedSilenceNs = b.feedSilenceNs;
        ackTimeoutNs = b.ackTimeoutNs;
        bookOrderCapacity = b.bookOrderCapacity;
        journalPath = b.journalPath;
        journalWindowBytes = b.journalWindowBytes;
        journalContinues = b.journalContinues;
        timeInForce = b.timeInForce;
        latencyTracking = b.latencyTracking;
        simulatedFillPercent = b.simulatedFillPercent;
        simulatedMaxShares = b.simulatedMaxShares;
    }

    /**
     * Returns a builder with defaults for a live 4-thread run.
     *
     * @return a builder with defaults for a live 4-thread run
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns live or replay.
     *
     * @return live or replay
     */
    public RunMode mode() {
        return mode;
    }

    /**
     * Returns threads for the four stages: 1, 2, 4, or 0 for AUTO (hft-affinity decides).
     *
     * @return threads for the four stages: 1, 2, 4, or 0 for AUTO (hft-affinity decides)
     */
    public int threads() {
        return threads;
    }

    /**
     * Returns whether more busy threads than CPUs is accepted (with a warning and backoff).
     *
     * @return whether more busy threads than CPUs is accepted (with a warning and backoff)
     */
    public boolean allowOversubscribe() {
        return allowOversubscribe;
    }

    /**
     * Returns whether stage threads are pinned to their planned CPUs.
     *
     * @return whether stage threads are pinned to their planned CPUs
     */
    public boolean pin() {
        return pin;
    }

    /**
     * Returns where pinned pipelines claim their CPUs, so that two engines on one host do not pin
     * the same ones ({@link io.hftengine.affinity.CpuClaims}): every engine on the host must use
     * the same directory.
     *
     * @return the claims directory; {@link io.hftengine.affinity.CpuClaims#defaultDirectory()}
     *     unless set
     */
    public Path cpuClaimsDirectory() {
        return cpuClaimsDirectory;
    }

    /**
     * Returns market-data-to-strategy ring size.
     *
     * @return market-data-to-strategy ring size
     */
    public int marketEventRing() {
        return marketEventRing;
    }

    /**
     * Returns strategy-to-risk ring size.
     *
     * @return strategy-to-risk ring size
     */
    public int signalRing() {
        return signalRing;
    }

    /**
     * Returns risk-to-gateway ring size.
     *
     * @return risk-to-gateway ring size
     */
    public int decisionRing() {
        return decisionRing;
    }

    /**
     * Returns gateway-to-risk ring size.
     *
     * @return gateway-to-risk ring size
     */
    public int venueReportRing() {
        return venueReportRing;
    }

    /**
     * Returns risk-to-strategy ring size.
     *
     * @return risk-to-strategy ring size
     */
    public int strategyReportRing() {
        return strategyReportRing;
    }

    /**
     * Returns gateway-to-journal ring size.
     *
     * @return gateway-to-journal ring size
     */
    public int journalRing() {
        return journalRing;
    }

    /**
     * What a book change that finds the market-data-to-strategy ring full does.
     *
     * @return the policy; {@link MarketEventOverflow#CONFLATE} unless set
     */
    public MarketEventOverflow marketEventOverflow() {
        return marketEventOverflow;
    }

    /**
     * Returns levels a side in book events (1 = TICK events).
     *
     * @return levels a side in book events (1 = TICK events)
     */
    public int publishDepth() {
        return publishDepth;
    }

    /**
     * Tells whether a book event is published when any level of the book's ten-level view
     * changes, or only when the best bid or ask changes (the default: the strategy is woken when the top of
     * book moves, and reads the depth as it is then).
     *
     * @return true to publish on any change within the published depth
     */
    public boolean publishOnDepthChange() {
        return publishOnDepthChange;
    }

    /**
     * Returns first client order id.
     *
     * @return first client order id
     */
    public long firstOrderId() {
        return firstOrderId;
    }

    /**
     * Returns first MoldUDP64 sequence number expected.
     *
     * @return first MoldUDP64 sequence number expected
     */
    public long firstSequence() {
        return firstSequence;
    }

    /**
     * Returns packets held while a gap is open.
     *
     * @return packets held while a gap is open
     */
    public int maxHeldPackets() {
        return maxHeldPackets;
    }

    /**
     * Returns largest datagram held, bytes.
     *
     * @return largest datagram held, bytes
     */
    public int maxPacketLength() {
        return maxPacketLength;
    }

    /**
     * Returns clock time before a gap is given up, ns.
     *
     * @return clock time before a gap is given up, ns
     */
    public long gapTimeoutNs() {
        return gapTimeoutNs;
    }

    /**
     * Returns how long a live feed may send nothing at all (no packet, no heartbeat) before it
     * is counted as silent (see {@link FeedSilenceWatch}).
     *
     * @return the silence threshold, ns
     */
    public long feedSilenceNs() {
        return feedSilenceNs;
    }

    /**
     * Returns how long a live order may go without any answer from the venue before it is
     * counted as unacknowledged.
     *
     * @return the timeout, ns; 1 s unless set
     */
    public long ackTimeoutNs() {
        return ackTimeoutNs;
    }

    /**
     * Returns live orders the order book can hold.
     *
     * @return live orders the order book can hold
     */
    public int bookOrderCapacity() {
        return bookOrderCapacity;
    }

    /**
     * Returns drop-copy journal file, or {@code null} for none.
     *
     * @return drop-copy journal file, or {@code null} for none
     */
    public Path journalPath() {
        return journalPath;
    }

    /**
     * Returns journal mapping window, bytes.
     *
     * @return journal mapping window, bytes
     */
    public int journalWindowBytes() {
        return journalWindowBytes;
    }

    /**
     * Tells whether an existing journal is continued (a live session restarted during the day)
     * rather than started afresh (replay, which must write the same bytes every time).
     *
     * @return true to append after an existing journal's last record
     */
    public boolean journalContinues() {
        return journalContinues;
    }

    /**
     * Returns OUCH time in force of every order.
     *
     * @return OUCH time in force of every order
     */
    public long timeInForce() {
        return timeInForce;
    }

    /**
     * Returns whether the gateway records per-stage and tick-to-order latency.
     *
     * @return whether the gateway records per-stage and tick-to-order latency
     */
    public boolean latencyTracking() {
        return latencyTracking;
    }

    /**
     * Returns share of each order the simulated exchange fills on entry, percent.
     *
     * @return share of each order the simulated exchange fills on entry, percent
     */
    public int simulatedFillPercent() {
        return simulatedFillPercent;
    }

    /**
     * Returns the simulated exchange rejects larger orders.
     *
     * @return the simulated exchange rejects larger orders
     */
    public long simulatedMaxShares() {
        return simulatedMaxShares;
    }

    /**
     * Builds {@link PipelineConfig}; setters validate at once, and a setter that throws leaves
     * the builder unchanged.
     */
    public static final class Builder {
        private RunMode mode = RunMode.LIVE;
        private int threads = 4;
        private boolean allowOversubscribe;
        private boolean pin = true;
        private Path cpuClaimsDirectory = io.hftengine.affinity.CpuClaims.defaultDirectory();
        private int marketEventRing = 4096;
        private MarketEventOverflow marketEventOverflow = MarketEventOverflow.CONFLATE;
        private int signalRing = 1024;
        private int decisionRing = 1024;
        private int venueReportRing = 4096;
        private int strategyReportRing = 4096;
        private int journalRing = 16_384;
        private int publishDepth = 10;
        private boolean publishOnDepthChange;
        private long firstOrderId = 1;
        private long firstSequence = 1;
        private int maxHeldPackets = 1024;
        private int maxPacketLength = 1500;
        private long gapTimeoutNs = 1_000_000_000L;
        private long feedSilenceNs = FeedSilenceWatch.DEFAULT_THRESHOLD_NS;
        private long ackTimeoutNs = 1_000_000_000L;
        private int bookOrderCapacity = OrderBook.DEFAULT_ORDER_CAPACITY;
        private Path journalPath;
        private int journalWindowBytes = 16 * 1024 * 1024;
        private boolean journalContinues;
        private long timeInForce = 99_999;
        private boolean latencyTracking = true;
        private int simulatedFillPercent = 100;
        private long simulatedMaxShares = 1_000_000;

        private Builder() {
        }

        /**
         * Sets the mode.
         *
         * @param value live or replay
         * @return this
         */
        public Builder mode(final RunMode value) {
            mode = java.util.Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * Sets the thread layout.
         *
         * @param count 1 (fused), 2, 4 (the design), or 0 for AUTO
         * @param allowOversubscribe accept more busy threads than CPUs
         * @param pinThreads pin stage threads
         * @return this
         * @throws IllegalArgumentException for any other count
         */
        public Builder layout(final int count, final boolean allowOversubscribe, final boolean pinThreads) {
            if (count != 0 && count != 1 && count != 2 && count != 4) {
                throw new IllegalArgumentException("threads must be 1, 2, 4 or 0 (AUTO), was " + count);
            }
            threads = count;
            this.allowOversubscribe = allowOversubscribe;
            pin = pinThreads;
            return this;
        }

        /**
         * Sets where pinned pipelines claim their CPUs (tests: a directory of their own, so that
         * runs in parallel on one machine do not plan around each other).
         *
         * @param directory the claims directory, shared by every engine on the host
         * @return this
         */
        public Builder cpuClaimsDirectory(final Path directory) {
            cpuClaimsDirectory = java.util.Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Sets every ring size.
         *
         * @param marketEvents market data to strategy
         * @param signals strategy to risk
         * @param decisions risk to gateway
         * @param venueReports gateway to risk
         * @param strategyReports risk to strategy
         * @param journal gateway to journal
         * @return this
         * @throws IllegalArgumentException when a size is not a power of two in [2, 2^24]
         */
        public Builder rings(final int marketEvents, final int signals, final int decisions, final int venueReports,
                             final int strategyReports, final int journal) {
            // Every value checked before any is kept: a refused call leaves the builder as it was.
            ring("marketEvents", marketEvents);
            ring("signals", signals);
            ring("decisions", decisions);
            ring("venueReports", venueReports);
            ring("strategyReports", strategyReports);
            ring("journal", journal);
            marketEventRing = marketEvents;
            signalRing = signals;
            decisionRing = decisions;
            venueReportRing = venueReports;
            strategyReportRing = strategyReports;
            journalRing = journal;
            return this;
        }

        /**
         * Sets what a book change that finds the market-data-to-strategy ring full does.
         *
         * @param overflow drop and count, or conflate per symbol (the default)
         * @return this
         * @throws NullPointerException when overflow is null
         */
        public Builder marketEventOverflow(final MarketEventOverflow overflow) {
            marketEventOverflow = java.util.Objects.requireNonNull(overflow, "overflow");
            return this;
        }

        /**
         * Sets the depth of book events.
         *
         * @param levels 1..10
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder publishDepth(final int levels) {
            publishDepth = (int) check("publishDepth", levels, 1, 10);
            return this;
        }

        /**
         * Sets when book events are published: on any change within the book's ten-level view (for
         * a strategy that reads the depth between moves of the touch), or only when the best bid
         * or ask changes (the default).
         *
         * @param onDepthChange true for any change within the view
         * @return this
         */
        public Builder publishOnDepthChange(final boolean onDepthChange) {
            publishOnDepthChange = onDepthChange;
            return this;
        }

        /**
         * Sets the first client order id.
         *
         * @param id 1..10^13 (ids become 14-digit OUCH tokens)
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder firstOrderId(final long id) {
            firstOrderId = check("firstOrderId", id, 1, 10_000_000_000_000L);
            return this;
        }

        /**
         * Sets MoldUDP64 sequencing.
         *
         * @param first sequence expected first, at least 1
         * @param heldPackets hold area, 1..65536 packets
         * @param packetLength largest datagram held, 20..65535
         * @param gapTimeout clock time before a gap is given up, ns, at least 0
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder sequencing(final long first, final int heldPackets, final int packetLength,
                                  final long gapTimeout) {
            check("firstSequence", first, 1, Long.MAX_VALUE);
            check("maxHeldPackets", heldPackets, 1, 65_536);
            check("maxPacketLength", packetLength, 20, 65_535);
            check("gapTimeoutNs", gapTimeout, 0, Long.MAX_VALUE);
            firstSequence = first;
            maxHeldPackets = heldPackets;
            maxPacketLength = packetLength;
            gapTimeoutNs = gapTimeout;
            return this;
        }

        /**
         * Sets the silent-feed threshold: a live feed that sends nothing for this long (a
         * MoldUDP64 server sends a heartbeat every second) is counted once as silent.
         *
         * @param thresholdNs 1 ms..1 hour, ns
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder feedSilence(final long thresholdNs) {
            feedSilenceNs = check("feedSilenceNs", thresholdNs, 1_000_000L, 3_600_000_000_000L);
            return this;
        }

        /**
         * Sets how long a live order may go without any answer from the venue (accept, reject,
         * execution or cancel) before it is counted as unacknowledged.
         *
         * @param timeoutNs 1 ms..1 hour, ns
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder ackTimeout(final long timeoutNs) {
            ackTimeoutNs = check("ackTimeoutNs", timeoutNs, 1_000_000L, 3_600_000_000_000L);
            return this;
        }

        /**
         * Sets the order book capacity.
         *
         * @param orders 1..2^28 ({@link OrderBook#MAX_ORDER_CAPACITY}) live orders; the default,
         *     {@link OrderBook#DEFAULT_ORDER_CAPACITY}, holds a full NASDAQ day
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder bookOrderCapacity(final int orders) {
            bookOrderCapacity = (int) check("bookOrderCapacity", orders, 1, OrderBook.MAX_ORDER_CAPACITY);
            return this;
        }

        /**
         * Sets the drop-copy journal.
         *
         * @param path file, or {@code null} for none
         * @param windowBytes mapping window, 4 KiB..1 GiB
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder journal(final Path path, final int windowBytes) {
            journalWindowBytes = (int) check("journalWindowBytes", windowBytes, 4096, 1 << 30);
            journalPath = path;
            return this;
        }

        /**
         * Sets whether an existing journal file is continued ({@link io.hftengine.pipeline.journal.JournalWriter#append}) or
         * replaced; replaced by default.
         *
         * @param continues true to append after the records already in the file
         * @return this
         */
        public Builder journalContinues(final boolean continues) {
            journalContinues = continues;
            return this;
        }

        /**
         * Sets the OUCH time in force.
         *
         * @param value 0..99999
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder timeInForce(final long value) {
            timeInForce = check("timeInForce", value, 0, 99_999);
            return this;
        }

        /**
         * Turns latency tracking on or off.
         *
         * @param on whether the gateway records latencies
         * @return this
         */
        public Builder latencyTracking(final boolean on) {
            latencyTracking = on;
            return this;
        }

        /**
         * Sets the simulated exchange's behaviour.
         *
         * @param fillPercent share filled on entry, 0..100
         * @param maxShares larger orders rejected, at least 1
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder simulatedExchange(final int fillPercent, final long maxShares) {
            check("fillPercent", fillPercent, 0, 100);
            simulatedMaxShares = check("maxShares", maxShares, 1, Long.MAX_VALUE);
            simulatedFillPercent = fillPercent;
            return this;
        }

        /**
         * Returns the immutable config.
         *
         * @return the immutable config
         */
        public PipelineConfig build() {
            return new PipelineConfig(this);
        }

        private static int ring(final String name, final int size) {
            if (size < 2 || size > 1 << 24 || Integer.bitCount(size) != 1) {
                throw new IllegalArgumentException(name + " ring size must be a power of two in [2, 2^24], was " + size);
            }
            return size;
        }

        private static long check(final String name, final long value, final long min, final long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
            }
            return value;
        }
    }
}
