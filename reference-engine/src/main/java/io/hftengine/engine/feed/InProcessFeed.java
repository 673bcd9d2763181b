package io.hftengine.engine.feed;

import java.nio.ByteBuffer;

import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The synthetic feed as a {@link PacketSource}: MoldUDP64 packets handed straight to the market
 * data stage, no socket, for the in-process benchmark and tests.
 *
 * <p>Packets are generated one at a time, when the stage asks and the schedule allows: with a
 * rate, message N is due at {@code start + N / rate} on the wall clock, and a packet carries the
 * messages due when the stage asks, up to {@code messagesPerPacket}; a stage that falls behind
 * gets full packets back to back (their latency then includes the wait, as it would on a real
 * feed). Without a rate every packet is full. Generation happens before the stage stamps the
 * packet's receive time, so it is not part of the measured latency. Allocation-free after construction; one thread.
 */
public final class InProcessFeed implements PacketSource, PacketSink {
    private final SyntheticItchFeed feed;
    private final MoldUdp64FeedEncoder encoder;
    /** Packets built but not yet taken: start of day is thousands of messages at once. */
    private static final int SLOTS = 1024;
    private static final int SLOT_BYTES = 2048;
    private final UnsafeBuffer slots = new UnsafeBuffer(ByteBuffer.allocateDirect(SLOTS * SLOT_BYTES));
    private final int[] slotLength = new int[SLOTS];
    private long head;
    private long tail;
    private final long maxMessages;
    private final double messagesPerNano;
    private long startNs = -1;
    private boolean startOfDaySent;
    private boolean endOfDaySent;

    /**
     * Creates a feed.
     *
     * @param symbols how many symbols
     * @param seed the seed of the message stream
     * @param messagesPerSecond the pace, or 0 for as fast as the stage takes packets
     * @param maxMessages how many messages before the source ends
     * @param messagesPerPacket the most messages a MoldUDP64 packet carries
     */
    public InProcessFeed(final int symbols, final long seed, final long messagesPerSecond, final long maxMessages,
            final int messagesPerPacket) {
        this.feed = new SyntheticItchFeed(symbols, seed, Math.max(symbols * 2, 1 << 20), 1_000, MessageMix.NASDAQ_DAY);
        this.encoder = new MoldUdp64FeedEncoder("HFTSIM0001", 1472, messagesPerPacket, this);
        this.maxMessages = maxMessages;
        this.messagesPerNano = messagesPerSecond / 1e9;
    }

    @Override
    public int poll(final PacketHandler handler) {
        if (head == tail && !produce()) {
            return endOfDaySent && head == tail ? -1 : 0;
        }
        final int slot = (int) (head++ % SLOTS);
        handler.onPacket(slots, slot * SLOT_BYTES, slotLength[slot]);
        return 1;
    }

    private boolean produce() {
        if (!startOfDaySent) {
            startOfDaySent = true;
            startNs = System.nanoTime();
            feed.startOfDay(encoder);
            encoder.flush();
            return head != tail || produce();
        }
        if (endOfDaySent) {
            return false;
        }
        if (feed.messages() >= maxMessages) {
            feed.endOfDay(encoder);
            encoder.flush();
            endOfDaySent = true;
            return head != tail;
        }
        // A venue's publisher sends what it has: with a rate, a packet carries the messages due
        // by now (one, when the engine keeps up; a full packet when it has fallen behind), not a
        // fixed batch that would make each message wait for the ones generated after it.
        final long due = messagesPerNano > 0 ? (long) ((System.nanoTime() - startNs) * messagesPerNano) : maxMessages;
        if (feed.messages() >= due) {
            return false; // ahead of schedule
        }
        final long stop = Math.min(due, maxMessages);
        while (head == tail && feed.messages() < stop) {
            feed.next(encoder);
        }
        if (head == tail) {
            encoder.flush();
        }
        return head != tail;
    }

    @Override
    public void onPacket(final DirectBuffer buffer, final int offset, final int length, final long firstSequence,
            final int messageCount) {
        if (tail - head == SLOTS || length > SLOT_BYTES) {
            throw new IllegalStateException("in-process feed: " + SLOTS + " packets waiting, or a packet of "
                    + length + " bytes: the consumer is not polling");
        }
        final int slot = (int) (tail++ % SLOTS);
        slots.putBytes(slot * SLOT_BYTES, buffer, offset, length);
        slotLength[slot] = length;
    }

    /**
     * Returns how many messages have been generated (start and end of day excluded).
     *
     * @return the count
     */
    public long messages() {
        return feed.messages();
    }

    /**
     * Returns how many messages were sent, start and end of day included.
     *
     * @return the MoldUDP64 sequence number of the last message
     */
    public long sequencedMessages() {
        return encoder.nextSequence() - 1;
    }
}
