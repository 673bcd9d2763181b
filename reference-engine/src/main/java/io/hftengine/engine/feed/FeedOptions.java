package io.hftengine.engine.feed;

import java.net.InetSocketAddress;

/**
 * What the feed simulator sends, where, how fast, and which faults it injects.
 *
 * @param symbols how many symbols (locates 1..symbols)
 * @param seed the seed of the message stream
 * @param rate messages per second
 * @param maxMessages stop after this many messages
 * @param durationNanos stop after this long
 * @param session the MoldUDP64 session name
 * @param target where packets go: a multicast group or a unicast address
 * @param source the local address to send from (port 0: any)
 * @param requestServer where retransmission requests are served
 * @param maxMessagesPerPacket the most messages per packet
 * @param dropEvery drop every Nth packet (0: never)
 * @param duplicateEvery send every Nth packet twice (0: never)
 * @param lingerMillis how long to keep serving requests after the end of session
 * @param nanosPerMessage ITCH timestamp step per message
 */
public record FeedOptions(int symbols, long seed, long rate, long maxMessages, long durationNanos, String session,
        InetSocketAddress target, InetSocketAddress source, InetSocketAddress requestServer, int maxMessagesPerPacket,
        int dropEvery, int duplicateEvery, long lingerMillis, long nanosPerMessage) {

    /**
     * Checks the options.
     *
     * @param symbols how many symbols (locates 1..symbols)
     * @param seed the seed of the message stream
     * @param rate messages per second
     * @param maxMessages stop after this many messages
     * @param durationNanos stop after this long
     * @param session the MoldUDP64 session name
     * @param target where packets go: a multicast group or a unicast address
     * @param source the local address to send from (port 0: any)
     * @param requestServer where retransmission requests are served
     * @param maxMessagesPerPacket the most messages per packet
     * @param dropEvery drop every Nth packet (0: never)
     * @param duplicateEvery send every Nth packet twice (0: never)
     * @param lingerMillis how long to keep serving requests after the end of session
     * @param nanosPerMessage ITCH timestamp step per message
     * @throws IllegalArgumentException naming the first option out of range
     */
    public FeedOptions {
        if (symbols < 1 || symbols > 65_535) {
            throw new IllegalArgumentException("symbols must be 1..65535, was " + symbols);
        }
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 message/s, was " + rate);
        }
        if (maxMessagesPerPacket < 1 || maxMessagesPerPacket > 64) {
            throw new IllegalArgumentException("maxMessagesPerPacket must be 1..64, was " + maxMessagesPerPacket);
        }
        if (session.isEmpty() || session.length() > 10) {
            throw new IllegalArgumentException("session must be 1..10 characters, was \"" + session + "\"");
        }
        if (dropEvery < 0 || duplicateEvery < 0) {
            throw new IllegalArgumentException("dropEvery and duplicateEvery must not be negative");
        }
    }
}
