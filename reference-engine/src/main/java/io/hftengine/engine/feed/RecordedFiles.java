package io.hftengine.engine.feed;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.replay.BinaryFileReplaySource;
import io.hftengine.replay.PcapReplaySource;
import io.hftengine.replay.ReplaySource;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.types.Timestamp;

/**
 * Recorded market data files: tells a packet capture (pcap or pcapng) from a NASDAQ BinaryFILE by
 * its first four bytes, looking through gzip; reads the trading day from NASDAQ's file names; opens
 * either as a {@link ReplaySource} of MoldUDP64 datagrams.
 */
public final class RecordedFiles {
    private static final int GZIP_MAGIC = 0x1F8B;
    /** Where a BinaryFILE's datagrams appear to come from and go to: the feed's default ports. */
    private static final int LOOPBACK = 0x7F000001;
    private static final int FEED_SOURCE_PORT = 26_401;
    private static final int FEED_PORT = 26_400;
    /** The day a BinaryFILE without NASDAQ's name is placed on. */
    private static final LocalDate DEFAULT_TRADING_DAY = LocalDate.of(2020, 1, 30);
    /** NASDAQ's daily files: {@code MMDDYYYY.NASDAQ_ITCH50[.gz]}. */
    private static final Pattern NASDAQ_FILE_DATE = Pattern.compile("^(\\d{2})(\\d{2})(\\d{4})\\..*");

    private RecordedFiles() {
    }

    /**
     * Says whether a file starts like a capture: a classic pcap magic in either byte order and
     * either resolution, or a pcapng section header block, plain or gzipped. A BinaryFILE starts
     * with a 2-byte message length instead, which never matches; gzipped (NASDAQ's own format) it
     * is not a capture either. Both readers inflate a gzipped file as they read.
     *
     * @param file the file
     * @return true for pcap and pcapng
     * @throws IOException when the file cannot be read or is shorter than four bytes
     */
    public static boolean isCapture(final Path file) throws IOException {
        final int magic = firstInt(file, false);
        if (magic >>> 16 != GZIP_MAGIC) {
            return isCaptureMagic(magic);
        }
        try {
            return isCaptureMagic(firstInt(file, true));
        } catch (final IOException cutOrCorrupt) {
            // Not even four bytes inflate: the BinaryFILE reader counts the cut or names the corruption.
            return false;
        }
    }

    /**
     * Reads the trading day from a NASDAQ daily file name, {@code MMDDYYYY.NASDAQ_ITCH50} or the same
     * with {@code .gz}: a BinaryFILE carries times since midnight, not the date.
     *
     * @param file the file
     * @return the day, or empty when the name does not start with a valid {@code MMDDYYYY.}
     */
    public static Optional<LocalDate> tradingDayFromName(final Path file) {
        final Path name = file.getFileName();
        final Matcher m = NASDAQ_FILE_DATE.matcher(name == null ? "" : name.toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        final int year = Integer.parseInt(m.group(3));
        if (year < 1990 || year > 2199) {
            return Optional.empty(); // ITCH 5.0 days only: eight digits that are not one
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (final DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * Opens a recording as MoldUDP64 datagrams in recorded order: a capture as it is, a BinaryFILE
     * (plain or gzipped) as one datagram a message, sequenced from 1 in session {@code BINARYFILE},
     * timed on the trading day its name gives ({@link #tradingDayFromName}, else 2020-01-30).
     *
     * @param input the file
     * @return the source; the caller closes it
     * @throws IOException when the file cannot be read or is a gzipped capture
     */
    public static ReplaySource openReplaySource(final Path input) throws IOException {
        requireReadableFile(input);
        if (isCapture(input)) {
            return new PcapReplaySource(PcapReader.open(input));
        }
        // A BinaryFILE carries times since midnight, not the date: NASDAQ's file name has it.
        final LocalDate day = tradingDayFromName(input).orElse(DEFAULT_TRADING_DAY);
        final long midnight = Timestamp.midnightEpochNanos(day, ZoneId.of(Timestamp.NASDAQ_ZONE));
        return new BinaryFileReplaySource(BinaryFileReader.open(input), midnight, "BINARYFILE", 1,
                LOOPBACK, FEED_SOURCE_PORT, LOOPBACK, FEED_PORT);
    }

    /**
     * Finds where a recording joins its MoldUDP64 session: the lowest sequence number among the
     * first {@code datagrams} datagrams of the session (the first well-formed one fixes it, as the
     * engine's sequencer does), so that a capture started mid-session is played from its first
     * packet, even when its first packets are out of order, rather than read as one long gap.
     * Slow path: reads the start of the file once more.
     *
     * @param input the recording or BinaryFILE
     * @param port the feed's UDP destination port, or 0 for every datagram
     * @param datagrams how many of the session's datagrams to look at, at least 1
     * @return the sequence, or -1 when the start of the file holds no MoldUDP64 packet
     * @throws IOException when the file cannot be read
     */
    public static long firstSequence(final Path input, final int port, final int datagrams) throws IOException {
        final RecordedMoldSequence sequence = new RecordedMoldSequence((s, b, o, l) -> { }, datagrams + 1);
        try (ReplaySource source = openReplaySource(input)) {
            final io.hftengine.replay.pcap.PacketHandler toSequence = (time, buffer, offset, length, srcIp, srcPort,
                    dstIp, dstPort) -> {
                if (port == 0 || dstPort == port) {
                    sequence.onDatagram(buffer, offset, length);
                }
            };
            while (sequence.sessionDatagrams() < datagrams && source.poll(toSequence, 1) > 0) {
                // one record a poll, until enough of the session is seen or the file ends
            }
        }
        return sequence.lowestSequence();
    }

    /**
     * Fails unless a path is a file this process can read, saying what is wrong with it.
     *
     * @param input the path given for a recording or BinaryFILE
     * @throws FileNotFoundException "cannot read PATH: " and no such file, permission denied, or a
     *     directory
     */
    public static void requireReadableFile(final Path input) throws FileNotFoundException {
        if (!Files.isReadable(input)) {
            throw new FileNotFoundException("cannot read " + input + ": "
                    + (Files.exists(input) ? "permission denied" : "no such file"));
        }
        if (Files.isDirectory(input)) {
            throw new FileNotFoundException("cannot read " + input + ": a directory, not a recording or BinaryFILE");
        }
    }

    private static boolean isCaptureMagic(final int m) {
        return m == 0xA1B2C3D4 || m == 0xD4C3B2A1 || m == 0xA1B23C4D || m == 0x4D3CB2A1 || m == 0x0A0D0D0A;
    }

    private static int firstInt(final Path file, final boolean decompressed) throws IOException {
        final byte[] magic = new byte[4];
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = decompressed ? new GZIPInputStream(raw) : raw) {
            if (in.readNBytes(magic, 0, 4) < 4) {
                throw new IOException(file + ": too short to be a capture or a BinaryFILE");
            }
        }
        return ((magic[0] & 0xFF) << 24) | ((magic[1] & 0xFF) << 16) | ((magic[2] & 0xFF) << 8) | (magic[3] & 0xFF);
    }
}
