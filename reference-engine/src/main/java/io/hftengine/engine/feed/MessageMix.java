package io.hftengine.engine.feed;

/**
 * The share of each ITCH message type in the synthetic feed, per 10,000 messages.
 *
 * <p>The default is a real NASDAQ day (10/30/2019, 294 million messages): adds 43.3%, deletes
 * 41.9%, replaces 8.7%, executions 2.5%, imbalance indicators 1.3%, cancels 1.2%, then trades,
 * attributed adds and executions with price. Types the engine does not act on (L, Q, Y, V...)
 * are below 0.1% and left out.
 */
public final class MessageMix {
    static final int SCALE = 10_000;

    /** The message mix of a real NASDAQ day. */
    public static final MessageMix NASDAQ_DAY = new MessageMix(4327, 4194, 868, 249, 127, 121, 52, 48, 14);

    final int add;
    final int delete;
    final int replace;
    final int execute;
    final int imbalance;
    final int cancel;
    final int trade;
    final int addAttributed;
    final int executeWithPrice;

    /**
     * Creates a mix; the shares must add up to 10,000.
     *
     * @param add Add Order ('A')
     * @param delete Order Delete ('D')
     * @param replace Order Replace ('U')
     * @param execute Order Executed ('E')
     * @param imbalance Net Order Imbalance Indicator ('I')
     * @param cancel Order Cancel ('X')
     * @param trade Trade ('P')
     * @param addAttributed Add Order with MPID ('F')
     * @param executeWithPrice Order Executed With Price ('C')
     * @throws IllegalArgumentException when a share is negative or the sum is not 10,000
     */
    public MessageMix(final int add, final int delete, final int replace, final int execute, final int imbalance,
            final int cancel, final int trade, final int addAttributed, final int executeWithPrice) {
        final int[] all = {add, delete, replace, execute, imbalance, cancel, trade, addAttributed, executeWithPrice};
        int sum = 0;
        for (final int share : all) {
            if (share < 0) {
                throw new IllegalArgumentException("message mix shares must not be negative: " + share);
            }
            sum += share;
        }
        if (sum != SCALE) {
            throw new IllegalArgumentException("message mix shares must add up to " + SCALE + ", was " + sum);
        }
        this.add = add;
        this.delete = delete;
        this.replace = replace;
        this.execute = execute;
        this.imbalance = imbalance;
        this.cancel = cancel;
        this.trade = trade;
        this.addAttributed = addAttributed;
        this.executeWithPrice = executeWithPrice;
    }
}
