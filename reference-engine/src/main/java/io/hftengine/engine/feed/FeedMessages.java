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
     * @return messages appended; 0 only when the source has no more
     */
    int next(MoldUdp64FeedEncoder encoder, int max);

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
