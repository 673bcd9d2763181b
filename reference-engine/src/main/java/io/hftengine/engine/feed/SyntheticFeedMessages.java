package io.hftengine.engine.feed;

/** The synthetic day of {@link SyntheticItchFeed}, endless until the feed's budget stops it. */
final class SyntheticFeedMessages implements FeedMessages {
    private final SyntheticItchFeed feed;

    SyntheticFeedMessages(final SyntheticItchFeed feed) {
        this.feed = feed;
    }

    @Override
    public void startOfDay(final MoldUdp64FeedEncoder encoder) {
        feed.startOfDay(encoder);
    }

    @Override
    public int next(final MoldUdp64FeedEncoder encoder, final int max) {
        for (int i = 0; i < max; i++) {
            feed.next(encoder);
        }
        return max;
    }

    @Override
    public boolean isExhausted() {
        return false;
    }

    @Override
    public void endOfDay(final MoldUdp64FeedEncoder encoder) {
        feed.endOfDay(encoder);
    }

    @Override
    public void close() {
        // nothing held
    }
}
