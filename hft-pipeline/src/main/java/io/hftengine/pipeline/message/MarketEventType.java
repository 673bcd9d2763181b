package io.hftengine.pipeline.message;

/** What a {@link MarketEvent} reports. */
public enum MarketEventType {
    /** The top of book changed: level 0 of each side is filled, deeper levels are not. */
    TICK,
    /** A trade printed: price, quantity and aggressor side are set. */
    TRADE,
    /** The top of book changed: up to {@link MarketEvent#MAX_LEVELS} levels a side are filled. */
    BOOK_UPDATE
}
