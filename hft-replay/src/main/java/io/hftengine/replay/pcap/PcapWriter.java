package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.FrameDescriptor.*;
import static io.hftengine.replay.pcap.PcapDescriptor.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Records UDP datagrams into a classic little-endian nanosecond pcap file (link type Ethernet)
 * that Wireshark, tshark and {@link PcapReader} open, each with real Ethernet, IPv4 and UDP headers.
 *
 * <p>The file is written through a memory-mapped window: {@link #write} copies into the mapping
 * and makes no system call; when a record does not fit, the window is remapped at the record
 * start, which grows the file. {@link #close()} truncates the file to the bytes written.
 *
 * <p><b>Crash safety.</b> The global header is written at creation. Each record is written frame
 * first, then its timestamp, then both length fields together in one 8-byte store after a release
 * fence. The kernel owns the mapped pages, so a {@code kill -9} loses nothing already stored: the
 * file holds the header, every complete record, and then either zeros or one record whose length
 * fields are still zero. {@link PcapReader} stops there ({@link CaptureEnd#UNWRITTEN_TAIL}) having
 * delivered every complete record. Other tools need the file cut to its records first:
 * {@link PcapRepair#truncateToCompleteRecords(Path)}. Durability against power loss needs
 * {@link #force()}.
 *
 * <p>Addresses: the destination MAC is the IPv4 multicast MAC (01:00:5e + low 23 bits) for
 * multicast destinations, otherwise 02:00 followed by the IPv4 address, as is the source MAC.
 * The IPv4 header checksum is computed; the UDP checksum is 0 (not computed, legal for IPv4).
 *
 * <p>Single-threaded: one recorder thread owns a writer. {@link #write} allocates nothing.
 */
public final class PcapWriter implements AutoCloseable {
    /** Default size of the mapped window: 64 MiB. */
    public static final int DEFAULT_WINDOW_BYTES = 64 << 20;
    private static final ByteOrder FILE_ORDER = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder NETWORK = ByteOrder.BIG_ENDIAN;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_EPOCH_NANOS = 0xFFFF_FFFFL * NANOS_PER_SECOND + NANOS_PER_SECOND - 1;
    private static final byte[] EMPTY = new byte[0];

    private final FileChannel channel;
    private final int windowBytes;
    private final UnsafeBuffer buffer = new UnsafeBuffer(EMPTY);
    private MappedByteBuffer mapped;
    private long windowStart;
    private long windowEnd;
    private long position;
    private long records;
    private boolean closed;

    private PcapWriter(final FileChannel channel, final int windowBytes) {
        this.channel = channel;
        this.windowBytes = windowBytes;
    }

    /**
     * Creates (or replaces) a recording with the {@linkplain #DEFAULT_WINDOW_BYTES default window}.
     *
     * @param file where to record
     * @return a writer, the global header already written
     * @throws IOException if the file cannot be created or mapped
     */
    public static PcapWriter create(final Path file) throws IOException {
        return create(file, DEFAULT_WINDOW_BYTES);
    }

    /**
     * Creates (or replaces) a recording, mapping it {@code windowBytes} at a time.
     *
     * @param file        where to record
     * @param windowBytes bytes mapped at once (each remap is one system call), at least 4096
     * @return a writer, the global header already written
     * @throws IOException              if the file cannot be created or mapped
     * @throws IllegalArgumentException if {@code windowBytes} is below 4096
     */
    public static PcapWriter create(final Path file, final int windowBytes) throws IOException {
        if (windowBytes < 4096) {
            throw new IllegalArgumentException("windowBytes must be at least 4096: " + windowBytes);
        }
        final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        final PcapWriter writer = new PcapWriter(channel, windowBytes);
        try {
            writer.remap(GLOBAL_HEADER_LENGTH);
        } catch (final UncheckedIOException ex) {
            channel.close();
            throw ex.getCause();
        }
        writer.writeGlobalHeader();
        return writer;
    }

    private void writeGlobalHeader() {
        buffer.putInt(0, MAGIC_NANOS, FILE_ORDER);
        buffer.putShort(VERSION_MAJOR_OFFSET, (short) 2, FILE_ORDER);
        buffer.putShort(VERSION_MINOR_OFFSET, (short) 4, FILE_ORDER);
        buffer.putInt(SNAPLEN_OFFSET, WRITER_SNAPLEN, FILE_ORDER);
        buffer.putInt(LINK_TYPE_OFFSET, LINKTYPE_ETHERNET, FILE_ORDER);
        position = GLOBAL_HEADER_LENGTH;
    }

    /**
     * Records one datagram. No system call unless the window is full; no allocation.
     *
     * @param epochNanos receive time, nanoseconds since the Unix epoch, 0 to year 2106
     * @param srcIp      IPv4 source address, most significant byte first
     * @param srcPort    UDP source port, 0 to 65535
     * @param dstIp      IPv4 destination address, most significant byte first
     * @param dstPort    UDP destination port, 0 to 65535
     * @param payload    buffer holding the UDP payload; only read
     * @param offset     index of the first payload byte
     * @param length     payload length, 0 to {@link FrameDescriptor#MAX_UDP_PAYLOAD}
     * @throws IllegalArgumentException if a port, the length or the time is out of range
     * @throws IllegalStateException    if the writer is closed
     * @throws UncheckedIOException     if the file cannot be grown (disk full, a size limit): this
     *                                  record is not written, every earlier one is kept, and the
     *                                  writer stays usable
     */
    public void write(
        final long epochNanos, final int srcIp, final int srcPort, final int dstIp, final int dstPort,
        final DirectBuffer payload, final int offset, final int length) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        validate(epochNanos, srcPort, dstPort, length);
        final int frameLength = WRITER_HEADERS_LENGTH + length;
        final int recordLength = RECORD_HEADER_LENGTH + frameLength;
        if (position + recordLength > windowEnd) {
            remap(recordLength);
        }
        final int record = (int) (position - windowStart);
        final int frame = record + RECORD_HEADER_LENGTH;
        FrameHeaders.write(buffer, frame, srcIp, srcPort, dstIp, dstPort, length, (int) records);
        buffer.putBytes(frame + WRITER_HEADERS_LENGTH, payload, offset, length);
        final long seconds = epochNanos / NANOS_PER_SECOND;
        buffer.putLong(record + TS_SECONDS_OFFSET, (epochNanos - seconds * NANOS_PER_SECOND) << 32 | seconds, FILE_ORDER);
        // The lengths commit the record: a reader (or a crash) sees them only after everything else.
        VarHandle.releaseFence();
        buffer.putLong(record + INCL_LEN_OFFSET, (long) frameLength << 32 | frameLength, FILE_ORDER);
        position += recordLength;
        records++;
    }

    /**
     * Tells whether {@link #write} accepts a datagram's time, ports and length, so that a caller on
     * another thread (a {@code RecordingTap}) can refuse and count one it cannot record before it is
     * queued. Allocation-free.
     *
     * @param epochNanos receive time, nanoseconds since the Unix epoch
     * @param srcPort    UDP source port
     * @param dstPort    UDP destination port
     * @param length     payload length
     * @return true if all are within the ranges {@link #write} documents
     */
    public static boolean isRecordable(final long epochNanos, final int srcPort, final int dstPort, final int length) {
        return length >= 0 && length <= MAX_UDP_PAYLOAD && (srcPort | dstPort) >>> 16 == 0
            && epochNanos >= 0 && epochNanos <= MAX_EPOCH_NANOS;
    }

    private static void validate(final long epochNanos, final int srcPort, final int dstPort, final int length) {
        if (length < 0 || length > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("payload length out of 0.." + MAX_UDP_PAYLOAD + ": " + length);
        }
        if ((srcPort | dstPort) >>> 16 != 0) {
            throw new IllegalArgumentException("port out of 0..65535: " + srcPort + ", " + dstPort);
        }
        if (epochNanos < 0 || epochNanos > MAX_EPOCH_NANOS) {
            throw new IllegalArgumentException("epochNanos out of pcap range: " + epochNanos);
        }
    }

    private void remap(final int recordLength) {
        final long size = Math.max(windowBytes, recordLength);
        final MappedByteBuffer next;
        try {
            next = channel.map(FileChannel.MapMode.READ_WRITE, position, size);
        } catch (final IOException ex) {
            // The current window stays mapped: a later record that fits in it is still written,
            // force() still works, and a record that does not fit tries to grow the file again.
            throw new UncheckedIOException("cannot grow recording to " + (position + size) + " bytes", ex);
        }
        unmapCurrent();
        mapped = next;
        buffer.wrap(mapped);
        windowStart = position;
        windowEnd = position + size;
    }

    private void unmapCurrent() {
        if (mapped != null) {
            buffer.wrap(EMPTY);
            IoUtil.unmap(mapped);
            mapped = null;
        }
    }

    /**
     * Returns how many datagrams were recorded.
     *
     * @return the count
     */
    public long recordsWritten() {
        return records;
    }

    /**
     * Returns the length the file will have once closed.
     *
     * @return bytes written, global header included
     */
    public long position() {
        return position;
    }

    /**
     * Flushes every record written so far to the storage device: the mapped window
     * ({@code msync}) and the windows already unmapped, whose pages may still be dirty in the page
     * cache ({@code fdatasync}). System calls, so not for every record. Not needed against a
     * process crash, only against a machine crash.
     *
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException  if the file cannot be synced
     */
    public void force() {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        mapped.force();
        try {
            channel.force(false);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot sync the recording", ex);
        }
    }

    /**
     * Unmaps the window and truncates the file to the bytes written. Idempotent.
     *
     * @throws IOException if truncating or closing the file fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        unmapCurrent();
        try {
            channel.truncate(position);
        } finally {
            channel.close();
        }
    }
}
