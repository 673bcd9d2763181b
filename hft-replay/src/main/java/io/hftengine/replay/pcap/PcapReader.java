package io.hftengine.replay.pcap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Memory-mapped playback of a capture file: classic pcap (either byte order, microsecond or
 * nanosecond magic) or pcapng, recognised from the first bytes, of any length.
 *
 * <p>Every record is either delivered to a {@link PacketHandler} (Ethernet with up to two
 * 802.1Q/802.1ad tags, raw IP, Linux cooked capture or BSD loopback, carrying unfragmented IPv4
 * UDP) or counted
 * in {@link #skipCounters()}. The end of reading is described by {@link #end()}: a record cut
 * short at the end of the file is reported there and counted, never thrown. A record header whose
 * two length fields are both zero is taken as the unwritten tail of a recording whose writer
 * died (see {@link PcapWriter}); reading stops there with {@link CaptureEnd#UNWRITTEN_TAIL}.
 *
 * <p>A gzipped capture ({@code .pcap.gz}, recognised by the gzip magic) is inflated as it is read,
 * forward only, through a heap window that grows (once) for a record longer than it; a stream cut
 * short reads as a capture cut short ({@link CaptureEnd#TRUNCATED}); corrupt compressed data is an
 * {@code IOException} from {@link #open} when it lies in the first window, else an
 * {@link UncheckedIOException} from {@link #poll}, both saying "corrupt gzip data".
 *
 * <p>Single-threaded, except {@link #progress()}. Reading allocates nothing per record; it
 * allocates one small buffer object each time it maps a new window of the file.
 */
public final class PcapReader implements AutoCloseable {
    /** Default size of the mapped window: 128 MiB. */
    public static final int DEFAULT_WINDOW_BYTES = 128 << 20;
    private final FileChannel channel;
    private final CaptureWindow window;
    private final SkipCounters skips = new SkipCounters();
    private final CaptureParser parser;
    private final CaptureFormat format;

    private PcapReader(final FileChannel channel, final CaptureWindow window) throws IOException {
        this.channel = channel;
        this.window = window;
        final long length = window.available(0, PcapDescriptor.GLOBAL_HEADER_LENGTH);
        if (length < 4) {
            throw new IOException("not a pcap or pcapng file: only " + length + " bytes");
        }
        final UnsafeBuffer buffer = window.buffer();
        final int magic = buffer.getInt(window.map(0, 4), ByteOrder.LITTLE_ENDIAN);
        if (magic == PcapngDescriptor.SECTION_HEADER_BLOCK) {
            format = CaptureFormat.PCAPNG;
            parser = new PcapngParser(window, skips);
            return;
        }
        final ByteOrder order;
        if (magic == PcapDescriptor.MAGIC_MICROS || magic == PcapDescriptor.MAGIC_NANOS) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (Integer.reverseBytes(magic) == PcapDescriptor.MAGIC_MICROS
            || Integer.reverseBytes(magic) == PcapDescriptor.MAGIC_NANOS) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new IOException("not a pcap or pcapng file: magic 0x" + Integer.toHexString(magic));
        }
        if (length < PcapDescriptor.GLOBAL_HEADER_LENGTH) {
            throw new IOException("pcap global header cut short: " + length + " bytes");
        }
        final int index = window.map(0, PcapDescriptor.GLOBAL_HEADER_LENGTH);
        final boolean nanos = buffer.getInt(index, order) == PcapDescriptor.MAGIC_NANOS;
        final int linkType = buffer.getInt(index + PcapDescriptor.LINK_TYPE_OFFSET, order) & 0xFFFF;
        format = nanos ? CaptureFormat.PCAP_NANOS : CaptureFormat.PCAP_MICROS;
        parser = new ClassicPcapParser(window, skips, order, nanos, linkType);
    }

    /**
     * Opens a capture with the {@linkplain #DEFAULT_WINDOW_BYTES default window}.
     *
     * @param file the capture file
     * @return a reader positioned at the first record
     * @throws IOException if the file cannot be opened or is neither pcap nor pcapng
     */
    public static PcapReader open(final Path file) throws IOException {
        return open(file, DEFAULT_WINDOW_BYTES);
    }

    /**
     * Opens a capture, mapping it {@code windowBytes} at a time.
     *
     * @param file        the capture file
     * @param windowBytes bytes mapped at once, at least 4096; a longer record gets a longer window
     * @return a reader positioned at the first record
     * @throws IOException              if the file cannot be opened or is neither pcap nor pcapng
     * @throws IllegalArgumentException if {@code windowBytes} is below 4096
     */
    public static PcapReader open(final Path file, final int windowBytes) throws IOException {
        final FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            final CaptureWindow window = InflatingFileWindow.isGzip(channel) ? new InflatingFileWindow(channel, channel.size())
                : new MappedFileWindow(channel, channel.size(), windowBytes);
            return new PcapReader(channel, window);
        } catch (final UncheckedIOException ex) {
            channel.close();
            throw new IOException(ex.getMessage(), ex.getCause()); // gzip corrupt within its first window
        } catch (final IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    /**
     * Reads up to {@code maxRecords} records, delivering each UDP datagram to the handler.
     *
     * @param handler    receives the datagrams; exceptions it throws propagate, the record counted read
     * @param maxRecords most records (or pcapng blocks) to read, at least 1
     * @return records or blocks read, delivered or skipped; 0 once {@link #end()} is reached
     */
    public int poll(final PacketHandler handler, final int maxRecords) {
        int read = 0;
        while (read < maxRecords && parser.readNext(handler)) {
            read++;
        }
        return read;
    }

    /**
     * Reads every remaining record.
     *
     * @param handler receives the datagrams
     * @return datagrams delivered by this call
     */
    public long readAll(final PacketHandler handler) {
        final long before = parser.delivered;
        while (parser.readNext(handler)) {
            // each call reads one record
        }
        return parser.delivered - before;
    }

    /**
     * Returns how reading ended, or {@link CaptureEnd#NOT_REACHED}.
     *
     * @return the end state
     */
    public CaptureEnd end() {
        return parser.end;
    }

    /**
     * Returns the container format recognised at open.
     *
     * @return the format
     */
    public CaptureFormat format() {
        return format;
    }

    /**
     * Returns the counts of records read but not delivered.
     *
     * @return the live counters of this reader
     */
    public SkipCounters skipCounters() {
        return skips;
    }

    /**
     * Returns how many datagrams were delivered so far.
     *
     * @return the count
     */
    public long packetsDelivered() {
        return parser.delivered;
    }

    /**
     * Returns the file offset of the next record; once reading stopped {@link CaptureEnd#CORRUPT}
     * or {@link CaptureEnd#TRUNCATED}, that of the record it stopped at.
     *
     * @return bytes from the start of the file (of the inflated stream, for a gzipped capture)
     */
    public long position() {
        return parser.position;
    }

    /**
     * Returns the length of the file as it was at open (compressed, for a gzipped capture).
     *
     * @return bytes
     */
    public long fileLength() {
        return window.fileLength();
    }

    /**
     * Tells whether the capture is gzipped and inflated as it is read.
     *
     * @return true for a gzipped capture
     */
    public boolean isCompressed() {
        return window.compressed();
    }

    /**
     * Returns how far through the file reading is, for a progress display; safe to call from
     * another thread (it may lag).
     *
     * @return 0 to 1 (by compressed bytes for a gzipped capture), or NaN once closed
     */
    public double progress() {
        return window.progress(parser.position);
    }


    /**
     * Unmaps the window and closes the file.
     *
     * @throws IOException if closing the file fails
     */
    @Override
    public void close() throws IOException {
        window.close();
        channel.close();
    }
}
