package io.hftengine.replay;

import io.hftengine.replay.pcap.PcapWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Live recording without slowing the market data stage: the stage {@link #offer offers} each
 * datagram it receives into a single-producer single-consumer ring (a copy, no system call, no
 * allocation, never blocking), and a recorder thread {@link #drainTo drains} the ring into a
 * {@link PcapWriter}.
 *
 * <p>If the recorder falls behind and the ring is full, the datagram is not recorded and is
 * counted in {@link #dropped()}: the trading path never waits for the recording. So is a datagram
 * that no pcap record can hold (a time, port or length out of range), refused when offered so
 * that the recorder thread never meets it. Size the ring for the longest burst the recorder
 * must absorb.
 *
 * <pre>
 *   Ring message (type 1), little-endian:
 *   | epochNanos (8) | srcIp (4) | dstIp (4) | srcPort (2) | dstPort (2) | payload ... |
 * </pre>
 *
 * <p>Threading: exactly one thread calls {@link #offer}, exactly one other thread calls
 * {@link #drainTo}; {@link #dropped()} may be read from any thread.
 */
public final class RecordingTap {
    private static final int MESSAGE_TYPE = 1;
    private static final int TIME_OFFSET = 0;
    private static final int SRC_IP_OFFSET = 8;
    private static final int DST_IP_OFFSET = 12;
    private static final int SRC_PORT_OFFSET = 16;
    private static final int DST_PORT_OFFSET = 18;
    private static final int HEADER_LENGTH = 20;
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    private static final VarHandle DROPPED;

    static {
        try {
            DROPPED = MethodHandles.lookup().findVarHandle(RecordingTap.class, "dropped", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final RingBuffer ring;
    private final Drain drain = new Drain();
    @SuppressWarnings("unused") // accessed through DROPPED
    private long dropped;

    /**
     * Creates a tap with a ring of {@code capacityBytes}.
     *
     * @param capacityBytes ring capacity, a power of two of at least 1024 (each datagram takes its
     *                      payload plus 28 bytes, rounded up to 8)
     * @throws IllegalArgumentException if {@code capacityBytes} is not a power of two of at least 1024
     */
    public RecordingTap(final int capacityBytes) {
        if (capacityBytes < 1024 || Integer.bitCount(capacityBytes) != 1) {
            throw new IllegalArgumentException("capacityBytes must be a power of two >= 1024: " + capacityBytes);
        }
        final ByteBuffer memory = ByteBuffer.allocateDirect(capacityBytes + RingBufferDescriptor.TRAILER_LENGTH);
        ring = new OneToOneRingBuffer(new UnsafeBuffer(memory));
    }

    /**
     * Copies one received datagram into the ring. Market data thread only; never blocks.
     *
     * @param epochNanos receive time, nanoseconds since the Unix epoch
     * @param srcIp      IPv4 source address
     * @param srcPort    UDP source port
     * @param dstIp      IPv4 destination address
     * @param dstPort    UDP destination port
     * @param payload    the datagram
     * @param offset     index of its first byte
     * @param length     its length
     * @return true if queued for recording; false if counted in {@link #dropped()} (ring full, the
     *     datagram larger than the ring can ever hold, or one no pcap record can hold: see
     *     {@link PcapWriter#isRecordable})
     */
    public boolean offer(
        final long epochNanos, final int srcIp, final int srcPort, final int dstIp, final int dstPort,
        final DirectBuffer payload, final int offset, final int length) {
        // Refused here, not queued: the writer would throw on the recorder thread and the datagram
        // would be lost uncounted. The length is checked before the sum that could overflow.
        if (!PcapWriter.isRecordable(epochNanos, srcPort, dstPort, length)
            || length > ring.maxMsgLength() - HEADER_LENGTH) {
            return drop();
        }
        final int index = ring.tryClaim(MESSAGE_TYPE, HEADER_LENGTH + length);
        if (index < 0) {
            return drop();
        }
        final MutableDirectBuffer buffer = ring.buffer();
        buffer.putLong(index + TIME_OFFSET, epochNanos, ORDER);
        buffer.putInt(index + SRC_IP_OFFSET, srcIp, ORDER);
        buffer.putInt(index + DST_IP_OFFSET, dstIp, ORDER);
        buffer.putShort(index + SRC_PORT_OFFSET, (short) srcPort, ORDER);
        buffer.putShort(index + DST_PORT_OFFSET, (short) dstPort, ORDER);
        buffer.putBytes(index + HEADER_LENGTH, payload, offset, length);
        ring.commit(index);
        return true;
    }

    private boolean drop() {
        DROPPED.setRelease(this, (long) DROPPED.getOpaque(this) + 1);
        return false;
    }

    /**
     * Moves up to {@code limit} queued datagrams into the writer. Recorder thread only.
     *
     * @param writer the recording; its exceptions propagate
     * @param limit  most datagrams to move, at least 1
     * @return datagrams moved (an agent's work count); 0 only when the ring is empty
     */
    public int drainTo(final PcapWriter writer, final int limit) {
        drain.writer = writer;
        try {
            final int read = ring.read(drain, limit);
            // A read stops at the end of the buffer; when all it found there was the padding
            // record before the wrap, it returns 0 with datagrams still queued after the wrap.
            // Read on, so 0 means empty and a "drain until 0" loop loses nothing.
            return read > 0 ? read : ring.read(drain, limit);
        } finally {
            drain.writer = null;
        }
    }

    /**
     * Returns how many datagrams were not recorded: the ring was full, or they could not be
     * recorded at all (see {@link #offer}).
     *
     * @return the count, from any thread
     */
    public long dropped() {
        return (long) DROPPED.getAcquire(this);
    }

    private static final class Drain implements MessageHandler {
        PcapWriter writer;

        @Override
        public void onMessage(final int msgTypeId, final MutableDirectBuffer buffer, final int index, final int length) {
            writer.write(buffer.getLong(index + TIME_OFFSET, ORDER),
                buffer.getInt(index + SRC_IP_OFFSET, ORDER), buffer.getShort(index + SRC_PORT_OFFSET, ORDER) & 0xFFFF,
                buffer.getInt(index + DST_IP_OFFSET, ORDER), buffer.getShort(index + DST_PORT_OFFSET, ORDER) & 0xFFFF,
                buffer, index + HEADER_LENGTH, length - HEADER_LENGTH);
        }
    }
}
