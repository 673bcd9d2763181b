package io.hftengine.engine.feed;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuLock;
import io.hftengine.affinity.Pinnings;
import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import io.hftengine.spsc.EventHandler;
import io.hftengine.spsc.SpscEventRing;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The synthetic feed as a {@link PacketSource} for the in-process benchmark and tests: a
 * generator thread builds MoldUDP64 packets on schedule and hands them to the market data stage
 * through an SPSC ring of packet slots, no socket.
 *
 * <p>Why a thread of its own: on a real host the feed arrives from another machine, and its
 * generation (a random walk over every symbol's book, megabytes of state) must neither take the
 * engine thread's time nor evict its caches, or the benchmark would measure the generator. The
 * engine starts the generator on a CPU its stage threads do not own ({@link #start(int)}; on a
 * 2-CPU host the one the layout planner leaves to the OS).
 *
 * <p>Schedule: with a rate, message N is due at {@code start + N / rate} on the wall clock, and
 * the generator sends what is due as soon as it is due, up to {@code messagesPerPacket} a packet:
 * one message a packet while it keeps up, as a venue's publisher does, full packets only when it
 * has fallen behind. Without a rate every packet is full. When the ring is full (the engine is
 * behind) the generator waits: nothing is dropped, so every message stays accounted for, and the
 * wait shows as latency once the stage receives the packet, as it would on a real feed. The
 * engine thread allocates nothing; the generator thread allocates nothing after it starts.
 */
public final class InProcessFeed implements PacketSource, PacketSink {
    /** Packets in flight: the start of the day is thousands of messages at once. */
    private static final int SLOTS = 1024;
    private static final int SLOT_BYTES = 2048;

    private final SyntheticItchFeed feed;
    private final MoldUdp64FeedEncoder encoder;
    private final SpscEventRing<Slot> ring = new SpscEventRing<>(SLOTS, Slot::new);
    private final EventHandler<Slot> deliver = this::deliver;
    private final UnsafeBuffer received = new UnsafeBuffer(ByteBuffer.allocateDirect(SLOT_BYTES));
    private final long maxMessages;
    private final double messagesPerNano;
    private final Thread generator;
    private final AtomicBoolean started = new AtomicBoolean();
    private PacketHandler handler;
    /** Written before the generator thread starts (which publishes it), read by that thread. */
    private int generatorCpu = -1;
    private volatile boolean generatorDone;
    private volatile boolean stopped;
    private boolean autoStart = true;
    private boolean polledBefore;

    /**
     * Creates a feed; its generator starts with the first {@link #poll}.
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
        this.generator = new Thread(this::generate, "hft-feed-generator");
        generator.setDaemon(true);
    }

    @Override
    public int poll(final PacketHandler handler) {
        if (!polledBefore) {
            polledBefore = true;
            if (autoStart) {
                start(-1); // otherwise the engine starts it once it knows where; until then nothing comes
            }
        }
        this.handler = handler;
        final boolean done = generatorDone; // read before polling: a packet published before it is seen below
        if (ring.poll(deliver, 1) > 0) {
            return 1;
        }
        return done ? -1 : 0;
    }

    /**
     * Makes {@link #poll} wait for {@link #start(int)} instead of starting the generator itself.
     * Call before the stage polls.
     *
     * @return this feed
     */
    public InProcessFeed startExplicitly() {
        autoStart = false;
        return this;
    }

    /**
     * Starts the generator now, pinned to a CPU (call it once the engine's threads are placed,
     * with a CPU none of them owns); otherwise the first {@link #poll} starts it unpinned, unless
     * {@link #startExplicitly()} was called. Any thread; only the first call has an effect.
     * Thread creation inherits the creating thread's affinity, so an unpinned start from a pinned
     * engine thread is pinned to the engine's CPU: say where.
     *
     * @param cpu the CPU for the generator, or -1 for none
     */
    public void start(final int cpu) {
        if (started.compareAndSet(false, true)) {
            generatorCpu = cpu;
            generator.start();
        }
    }

    private void deliver(final Slot slot, final long sequence, final boolean endOfBatch) {
        // As a socket's receive does: the datagram is copied into the stage's own buffer before
        // the stage has it in hand (and stamps it), so the copy from the generator's CPU is the
        // wire's time, not the engine's. Handing the slot over in place would count the cache
        // misses of bytes written on another core as market data time, which no real receive has.
        final int length = slot.length;
        received.putBytes(0, slot.buffer, 0, length);
        handler.onPacket(received, 0, length);
    }

    /**
     * The generator thread: pinned where {@link #start(int)} said, then the day on schedule, its
     * end, and done. Sharing the engine's pinned CPU in time slices instead, it would send every
     * message late, in full packets.
     */
    private void generate() {
        final CpuLock lock = Pinnings.best(AffinityLog.system()).pin(generatorCpu);
        try {
            generateDay();
        } finally {
            lock.close();
        }
    }

    private void generateDay() {
        final long startNs = System.nanoTime();
        feed.startOfDay(encoder);
        encoder.flush();
        while (!stopped && feed.messages() < maxMessages) {
            final long due = messagesPerNano > 0 ? (long) ((System.nanoTime() - startNs) * messagesPerNano)
                    : maxMessages;
            final long stop = Math.min(due, maxMessages);
            if (feed.messages() >= stop) {
                Thread.yield(); // ahead of schedule: a venue has nothing to send yet
                continue;
            }
            while (feed.messages() < stop && !stopped) {
                feed.next(encoder);
            }
            encoder.flush();
        }
        if (!stopped) {
            feed.endOfDay(encoder);
            encoder.flush();
        }
        generatorDone = true;
    }

    @Override
    public void onPacket(final DirectBuffer buffer, final int offset, final int length, final long firstSequence,
            final int messageCount) {
        if (length > SLOT_BYTES) {
            throw new IllegalStateException("in-process feed: a packet of " + length + " bytes exceeds " + SLOT_BYTES);
        }
        long seq;
        while ((seq = ring.tryClaim()) < 0) {
            if (stopped) {
                return;
            }
            Thread.yield(); // the engine is behind: wait, as a full socket buffer would not (nothing is lost here)
        }
        final Slot slot = ring.event(seq);
        slot.buffer.putBytes(0, buffer, offset, length);
        slot.length = length;
        ring.publish(seq);
    }

    /** Stops the generator (the stage closes its source at shutdown). */
    @Override
    public void close() {
        stopped = true;
    }

    /** One packet's bytes, pre-allocated in the ring. */
    private static final class Slot {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[SLOT_BYTES]);
        int length;
    }
}
