package io.hftengine.engine.exchange;

import io.hftengine.engine.wire.StampLog;
import java.net.InetSocketAddress;

/**
 * An exchange simulator on a socket: OUCH 4.2 in, the {@link OrderDesk}'s replies out. Runs on
 * its own thread ({@link #run()}) until {@link #stop()}; the counts are readable from any thread.
 */
public interface ExchangeSimulator extends Runnable, AutoCloseable {
    /**
     * Returns the address orders should be sent to.
     *
     * @return the bound address
     */
    InetSocketAddress address();

    /**
     * Returns the protocol spoken, for messages.
     *
     * @return e.g. "UDP" or "SoupBinTCP"
     */
    String protocol();

    /**
     * Logs when each Enter Order arrives, for wire-to-wire latency. Call before {@link #run()}.
     *
     * @param log the log, or {@code null} for none
     */
    void logReceives(StampLog log);

    /** Asks {@link #run()} to return. */
    void stop();

    /**
     * Returns the order handling, to make it fill against the venue's own book of the feed
     * ({@link OrderDesk#fillAgainst}) before {@link #run()}.
     *
     * @return the simulator's desk
     */
    OrderDesk desk();

    /**
     * Returns how many OUCH messages arrived.
     *
     * @return the count
     */
    long orders();

    /**
     * Returns how many replies were produced.
     *
     * @return the count
     */
    long replies();

    /**
     * Returns how many inbound messages were not valid OUCH.
     *
     * @return the count
     */
    long malformed();

    /** Stops and releases the sockets; never throws. */
    @Override
    void close();
}
