package io.hftengine.replay.pcap;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Run in a second JVM by {@link PcapWriterEdgeCaseTest} under a file size limit ({@code ulimit -f}):
 * records 1000-byte records until the file cannot grow, then tries a small record that fits in
 * the window already mapped, then {@link PcapWriter#force()}, and prints what each step did.
 */
public final class FileSizeLimitedWriterMain {
    static final int WINDOW_BYTES = 4096;
    /** A record of this payload takes 1000 bytes: 16 of record header, 42 of frame headers. */
    static final int BIG_PAYLOAD = 1000 - 16 - 42;

    private FileSizeLimitedWriterMain() {
    }

    public static void main(final String[] args) throws Exception {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[BIG_PAYLOAD]);
        try (PcapWriter writer = PcapWriter.create(Path.of(args[0]), WINDOW_BYTES)) {
            long written = 0;
            try {
                while (true) {
                    payload.putLong(0, written);
                    writer.write(1_700_000_000_000_000_000L + written, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, BIG_PAYLOAD);
                    written++;
                }
            } catch (final UncheckedIOException ex) {
                System.out.println("full after " + written);
            }
            System.out.println("small " + outcome(() -> writer.write(1_800_000_000_000_000_000L, 0x0A000001, 4000,
                0xE9363601, 26400, payload, 0, 0)));
            System.out.println("force " + outcome(writer::force));
        }
        System.out.println("closed");
    }

    private static String outcome(final Runnable step) {
        try {
            step.run();
            return "ok";
        } catch (final RuntimeException ex) {
            return ex.getClass().getSimpleName();
        }
    }
}
