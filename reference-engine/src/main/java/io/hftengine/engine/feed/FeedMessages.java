package io.hftengine.engine.feed;

/**
 * What the feed simulator publishes: ITCH messages appended to its MoldUDP64 encoder, a few at a
 * time as they fall due. Called from the feed's one thread.
 */
public interface FeedMessages extends AutoCloseable {
    /**
     * Appends what opens the day (system events, the stock directory), if the source makes it up.
     *
     * @param encoder the feed's packet encoder
     */
    void startOfDay(MoldUdp64FeedEncoder encoder);

    /**
     * Appends the next messages, about {@code max} of them.
     *
     * @param encoder the feed's packet encoder
     * @param max how many messages are due; a recording may append a whole recorded packet more
     * @return messages appended; 0 when none is due yet or the source has no more
     *         ({@link #isExhausted()} tells which)
     */
    int next(MoldUdp64FeedEncoder encoder, int max);

    /**
     * Tells whether the source has no more messages.
     *
     * @return true at the end of a recording; never for an endless source
     */
    boolean isExhausted();

    /**
     * Tells whether the source keeps its own pace (a recording at its recorded pace): the feed then
     * asks it for everything at every turn instead of a rate's worth.
     *
     * @return true when the source decides when messages are due
     */
    default boolean pacesItself() {
        return false;
    }

    /**
     * Appends what closes the day, if the source makes it up.
     *
     * @param encoder the feed's packet encoder
     */
    void endOfDay(MoldUdp64FeedEncoder encoder);

    /** Releases the file behind the source, if any. */
    @Override
    void close();
}
