package io.hftengine.pipeline.marketdata;

/** Counters of the market data stage. */
public enum MarketDataCounter {
    /** Datagrams received. */
    PACKETS,
    /** Bytes received. */
    BYTES,
    /** Sequenced messages applied. */
    MESSAGES,
    /** Heartbeat packets. */
    HEARTBEATS,
    /** Packets whose every message was already applied (dropped). */
    DUPLICATE_PACKETS,
    /**
     * Messages dropped because they were applied already: every message of a duplicate packet,
     * and the old head of a packet that overlaps what was applied.
     */
    DUPLICATE_MESSAGES,
    /**
     * Packets too short for a MoldUDP64 header, from another session, with an impossible sequence
     * number, too long to hold behind a gap (their messages stay in the gap), or whose message
     * framing breaks off (the messages before the break are applied, the rest stay in the gap).
     */
    MALFORMED_PACKETS,
    /** Datagrams from an address other than the feed source or request server (dropped). */
    FOREIGN_SOURCE,
    /** Gaps detected. */
    GAPS,
    /** Retransmission requests sent. */
    RETRANSMIT_REQUESTS,
    /** Gaps closed by retransmitted packets. */
    GAPS_FILLED,
    /**
     * Gaps given up on (no answer moved them for the gap timeout; the input ended; or the hold
     * area filled with no request server to ask, or after an earlier give-up): books are marked
     * stale.
     */
    UNRECOVERABLE_GAPS,
    /** Messages lost in unrecoverable gaps. */
    MESSAGES_LOST,
    /** Packets held while a gap was open. */
    PACKETS_HELD,
    /**
     * Held packets dropped from a full hold area to make room for one that belongs before them;
     * their messages stay in the gap and are asked for again.
     */
    HELD_PACKETS_EVICTED,
    /**
     * Packets that arrived behind a gap with the hold area full and beyond every held packet: not
     * held, their messages left in the gap for the request server (an engine restarted during
     * the day catches up with the running feed this way); not a loss unless the gap is given up.
     * With an A/B feed each line's copy counts.
     */
    PACKETS_LEFT_TO_REQUEST,
    /**
     * Times the stage began applying messages while the feed was known to be more than
     * {@link MarketDataStage#BEHIND_LIMIT} ahead (a start far behind a running feed, a wide gap
     * being filled): its events say stale from then until {@link #CAUGHT_UP}.
     */
    FELL_BEHIND,
    /**
     * Times the stage came back within {@link MarketDataStage#BEHIND_LIMIT} of the feed after
     * {@link #FELL_BEHIND}: caught up through the request server (or the gap was given up, which
     * {@link #UNRECOVERABLE_GAPS} says).
     */
    CAUGHT_UP,
    /** ITCH messages that failed to decode (counted by hft-protocol kind as well). */
    DECODE_ERRORS,
    /** Order book anomalies (unknown orders, over-executions...). */
    BOOK_ANOMALIES,
    /** Market events published. */
    EVENTS,
    /** Market events dropped because the market-data-to-strategy ring was full. */
    EVENTS_DROPPED,
    /** End-of-session packets. */
    END_OF_SESSION,
    /**
     * Times the followed session went completely silent (no packet of it, no heartbeat) for the
     * silence threshold; datagrams of another session or garbage do not break a silence.
     */
    FEED_SILENCES,
    /**
     * Book changes that found the market-data-to-strategy ring full under
     * {@link io.hftengine.pipeline.MarketEventOverflow#CONFLATE}: folded into one later snapshot
     * of the same symbol, published as soon as the ring has room; none is lost.
     */
    EVENTS_CONFLATED,
    /** Stock Trading Actions that stopped a symbol's trading (halted, paused or quotation only). */
    TRADING_HALTS,
    /** Stock Trading Actions that let a stopped symbol trade again. */
    TRADING_RESUMPTIONS,
    /** Datagrams read from the A line of an arbitrated A/B feed (a duplicate or not). */
    LINE_A_DATAGRAMS,
    /** Datagrams read from the B line of an arbitrated A/B feed (a duplicate or not). */
    LINE_B_DATAGRAMS,
    /**
     * Packets (or heartbeats) of the session whose sequence number lay more than
     * {@link MoldUdp64Sequencer#FAR_AHEAD} beyond every sequence the feed had shown: set aside
     * until a second datagram confirms the jump (a late join, a long outage), not yet trusted to
     * open a gap that wide.
     */
    SEQUENCE_JUMPS_HELD,
    /**
     * Of {@link #SEQUENCE_JUMPS_HELD}, those no second datagram confirmed before another
     * unconfirmed jump replaced them: dropped, never applied nor asked for (a corrupt or stray
     * datagram would otherwise have left the engine that far behind the feed, its events stale
     * for the rest of the run).
     */
    SEQUENCE_JUMPS_DROPPED
}
