package io.hftengine.pipeline.marketdata;

import org.agrona.DirectBuffer;

/** Sends a MoldUDP64 retransmission request to the configured request server. */
@FunctionalInterface
public interface RetransmitRequester {
    /** For sources that cannot ask (replay, benchmarks): requests go nowhere. */
    RetransmitRequester NONE = (buffer, offset, length) -> false;

    /**
     * Sends a 20-byte request packet (session, first sequence, count).
     *
     * @param buffer holds the request
     * @param offset its start
     * @param length its length
     * @return whether it was sent
     */
    boolean request(DirectBuffer buffer, int offset, int length);
}
