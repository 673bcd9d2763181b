package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed simulator's retransmission server against MoldUDP64 requests a real client, or a
 * confused one, may send: another session's, truncated, for nothing, for everything, beyond the
 * stream. A request is 10 bytes of session, 8 of sequence number, 2 of count.
 */
class RetransmissionServerEdgeCaseTest {
    private static final String SESSION = "EDGESESS01";
    private static final long QUIET_MS = 300;

    private DatagramChannel client;
    private FeedSimulator feed;
    private Thread thread;
    private long published;

    @BeforeEach
    void publishAShortDay() throws Exception {
        client = DatagramChannel.open(StandardProtocolFamily.INET);
        client.bind(new InetSocketAddress("127.0.0.1", 0));
        client.configureBlocking(false);
        // The feed's packets go to a socket nobody reads; it lingers to answer requests.
        try (DatagramChannel sink = DatagramChannel.open(StandardProtocolFamily.INET)) {
            sink.bind(new InetSocketAddress("127.0.0.1", 0));
            final FeedOptions options = new FeedOptions(5, 1, 1_000_000, 200, 10_000_000_000L, SESSION,
                    (InetSocketAddress) sink.getLocalAddress(), new InetSocketAddress("127.0.0.1", 0),
                    new InetSocketAddress("127.0.0.1", 0), 8, 0, 0, 20_000, 1_000);
            feed = new FeedSimulator(options);
        }
        thread = new Thread(feed, "feed");
        thread.start();
        // The whole day is stored once the end of session is out: wait for the last message.
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (feed.messages() < 216 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
        published = feed.messages();
        assertNotNull(answer(SESSION, 1, 1), "a plain request is answered");
    }

    @AfterEach
    void stop() throws Exception {
        feed.stop();
        thread.join(5_000);
        feed.close();
        client.close();
    }

    @Test
    void aRequestForAnotherSessionIsNotAnswered() throws Exception {
        assertNull(answer("OTHERSESS1", 1, 5), "another session's sequence numbers mean nothing here");
        assertNull(answer("", 1, 5), "nor does a blank session's");
        assertNotNull(answer(SESSION, 1, 5), "this session's still are");
    }

    @Test
    void aTruncatedOrOversizedRequestIsIgnored() throws Exception {
        final ByteBuffer request = request(SESSION, 1, 5);
        request.limit(19);
        assertNull(send(request), "19 bytes are not a request");
        final ByteBuffer longer = ByteBuffer.allocate(21);
        longer.put(request(SESSION, 1, 5)).put((byte) 0).flip();
        assertNull(send(longer), "nor are 21");
    }

    @Test
    void countZeroGetsNothingAndCountFfffIsCapped() throws Exception {
        assertNull(answer(SESSION, 1, 0), "a request for no message");
        final ByteBuffer first = answer(SESSION, 1, 0xFFFF);
        assertNotNull(first, "the most a request can ask for is answered");
        assertEquals(1, first.getLong(10), "from the sequence asked for");
        long answered = first.getShort(18) & 0xFFFF;
        for (ByteBuffer more = receive(); more != null; more = receive()) {
            assertEquals(1 + answered, more.getLong(10), "in order, without holes");
            answered += more.getShort(18) & 0xFFFF;
        }
        assertEquals(Math.min(published, FeedSimulator.MAX_MESSAGES_PER_REQUEST), answered,
                "up to the server's cap, never past the stream's end");
    }

    @Test
    void aRequestBeyondTheStreamOrAtSequenceZeroGetsNothing() throws Exception {
        assertNull(answer(SESSION, published + 1, 10), "the next message does not exist yet");
        assertNull(answer(SESSION, 0, 10), "MoldUDP64 numbers messages from 1");
        assertNull(answer(SESSION, -1, 10), "nor the largest u64");
        final ByteBuffer tail = answer(SESSION, published, 10);
        assertNotNull(tail, "the last message is still held");
        assertEquals(1, tail.getShort(18) & 0xFFFF, "and nothing after it");
    }

    /** Sends a request; returns the first answer's packet, or null when none came. */
    private ByteBuffer answer(final String session, final long sequence, final int count) throws IOException,
            InterruptedException {
        return send(request(session, sequence, count));
    }

    private ByteBuffer send(final ByteBuffer request) throws IOException, InterruptedException {
        while (receive() != null) {
            // drain what an earlier request left
        }
        client.send(request, feed.requestAddress());
        final long deadline = System.nanoTime() + QUIET_MS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            final ByteBuffer packet = receive();
            if (packet != null) {
                return packet;
            }
            Thread.sleep(1);
        }
        return null;
    }

    private ByteBuffer receive() throws IOException, InterruptedException {
        final ByteBuffer in = ByteBuffer.allocate(2048).order(ByteOrder.BIG_ENDIAN);
        if (client.receive(in) == null) {
            Thread.sleep(20); // answers of one request come back to back: a short wait finds the rest
            if (client.receive(in) == null) {
                return null;
            }
        }
        return in.flip();
    }

    private static ByteBuffer request(final String session, final long sequence, final int count) {
        final ByteBuffer request = ByteBuffer.allocate(20).order(ByteOrder.BIG_ENDIAN);
        request.put(String.format("%-10s", session).getBytes(StandardCharsets.US_ASCII));
        return request.putLong(sequence).putShort((short) count).flip();
    }
}
