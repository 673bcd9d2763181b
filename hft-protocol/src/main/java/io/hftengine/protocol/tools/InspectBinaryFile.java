package io.hftengine.protocol.tools;

import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.protocol.itch.ItchDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Command-line inspector of an ITCH 5.0 BinaryFILE: prints message counts by type, symbols, system
 * events, the time span and any decode errors.
 *
 * <p>Usage: {@code java -p <module path> -m io.hftengine.protocol/io.hftengine.protocol.tools.InspectBinaryFile FILE}
 */
public final class InspectBinaryFile
{
    private InspectBinaryFile()
    {
    }

    /**
     * Inspects the file named by the first argument; exits with status 2 on bad usage, 1 on an I/O
     * error.
     *
     * @param args one path to a BinaryFILE
     */
    public static void main(final String[] args)
    {
        if (args.length != 1)
        {
            System.err.println("usage: InspectBinaryFile FILE");
            System.exit(2);
        }
        try
        {
            inspect(Path.of(args[0]), System.out);
        }
        catch (final IOException ex)
        {
            System.err.println("cannot read " + args[0] + ": " + ex.getMessage());
            System.exit(1);
        }
    }

    /**
     * Reads the whole file and prints its report.
     *
     * @param file the BinaryFILE to read
     * @param out where to print
     * @return the statistics gathered
     * @throws IOException if the file cannot be read
     */
    public static ItchStatistics inspect(final Path file, final PrintStream out) throws IOException
    {
        final ItchStatistics statistics = new ItchStatistics();
        final ItchDecoder decoder = new ItchDecoder(statistics);
        final long startNs = System.nanoTime();
        try (BinaryFileReader reader = BinaryFileReader.open(file))
        {
            reader.readAll(decoder);
            final long elapsedNs = Math.max(1, System.nanoTime() - startNs);
            final StringBuilder sb = new StringBuilder(4096);
            sb.append("file: ").append(file).append(" (").append(reader.fileSize()).append(" bytes")
                .append(reader.isCompressed() ? ", gzip: " + reader.position() + " bytes decompressed)\n" : ")\n");
            statistics.appendReport(sb);
            sb.append("framing errors: ").append(reader.errorCounters()).append('\n');
            sb.append("decode errors: ").append(decoder.errorCounters()).append('\n');
            sb.append("read in ").append(elapsedNs / 1_000_000).append(" ms, ")
                .append(reader.messagesRead() * 1_000_000_000L / elapsedNs).append(" msgs/s\n");
            out.print(sb);
        }
        return statistics;
    }
}
