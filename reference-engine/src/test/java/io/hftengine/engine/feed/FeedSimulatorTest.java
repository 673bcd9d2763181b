package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;

import org.junit.jupiter.api.Test;

/**
 * The feed simulator over real UDP on loopback: every message it drops on purpose can be had
 * again from its retransmission server, byte for byte, and duplicates are just duplicates.
 */
class FeedSimulatorTest {
    @Test
    void droppedPacketsAreServedOnRequest() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open(StandardProtocolFamily.INET)) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            final InetSocketAddress target = (InetSocketAddress) receiver.getLocalAddress();
            final FeedOptions options = new FeedOptions(20, 3, 50_000, 20_000, 5_000_000_000L, "TESTSESS01", target,
                    new InetSocketAddress("127.0.0.1", 0), new InetSocketAddress("127.0.0.1", 0), 8, 7, 11, 15_000,
                    1_000);
            try (FeedSimulator feed = new FeedSimulator(options)) {
                final Thread thread = new Thread(feed, "feed");
                thread.start();
                receiver.configureBlocking(false);
                final ByteBuffer in = ByteBuffer.allocate(2048).order(ByteOrder.BIG_ENDIAN);
                final ByteBuffer request = ByteBuffer.allocate(20).order(ByteOrder.BIG_ENDIAN);
                long expected = 1;
                long duplicates = 0;
                long requests = 0;
                final long deadline = System.nanoTime() + 20_000_000_000L;
                long endSequence = -1;
                long requestedUpTo = 0;
                long lastRequestNs = 0;
                long answeredUpTo = 0;
                while (!(endSequence > 0 && expected == endSequence) && System.nanoTime() < deadline) {
                    // This client holds nothing back: after a gap it re-fetches everything up to the
                    // newest sequence it has seen, one request at a time, asking again when the
                    // answer is in or after 50 ms without it (answers are UDP too).
                    final long known = Math.max(requestedUpTo, endSequence);
                    if (known > expected && (expected >= answeredUpTo || System.nanoTime() - lastRequestNs > 50_000_000L)) {
                        request(receiver, request, feed, expected, known);
                        answeredUpTo = Math.min(known, expected + 512); // the server caps one answer
                        lastRequestNs = System.nanoTime();
                        requests++;
                    }
                    in.clear();
                    if (receiver.receive(in) == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    final long first = in.getLong(10);
                    final int count = in.getShort(18) & 0xFFFF;
                    final boolean data = count != 0 && count != 0xFFFF;
                    if (count == 0xFFFF) {
                        endSequence = first;
                    }
                    final long end = data ? first + count : first;
                    if (data && end <= expected) {
                        duplicates++;
                    } else if (data && first <= expected) {
                        expected = end;
                    }
                    requestedUpTo = Math.max(requestedUpTo, end);
                }
                feed.stop();
                thread.join(5_000);
                assertTrue(endSequence == expected, "end of session reached with every message: expected " + expected + " requests " + requests + " resent " + feed.retransmittedMessages() + " dropped " + feed.packetsDropped() + " msgs " + feed.messages());
                assertEquals(feed.messages() + 1, expected, "every message received once in order");
                assertTrue(feed.packetsDropped() > 10, "the feed dropped packets: " + feed.packetsDropped());
                assertTrue(requests > 0, "gaps were requested: " + requests);
                assertTrue(feed.retransmittedMessages() > 0, "and served");
                assertTrue(feed.packetsDuplicated() > 0, "the feed duplicated packets: " + duplicates + " seen");
            }
        }
    }

    private static void request(final DatagramChannel receiver, final ByteBuffer request, final FeedSimulator feed,
            final long from, final long upTo) throws java.io.IOException {
        request.clear();
        request.put("TESTSESS01".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        request.putLong(from).putShort((short) Math.min(upTo - from, 0xFFFE)).flip();
        receiver.send(request, feed.requestAddress());
    }
}
