package io.hftengine.replay.pcap;

import java.nio.file.Path;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Run in a second JVM by {@link CrashRecoveryTest}: records forever until killed. Payload of
 * record {@code i}: {@code i} as a long, then {@code i % 300} bytes derived from {@code i}.
 */
public final class CrashingWriterMain {
    static final int READY_AFTER = 5_000;
    static final int WINDOW_BYTES = 64 * 1024;

    private CrashingWriterMain() {
    }

    static byte fill(final long sequence, final int index) {
        return (byte) (sequence * 7 + index);
    }

    static int payloadLength(final long sequence) {
        return 8 + (int) (sequence % 300);
    }

    public static void main(final String[] args) throws Exception {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[8 + 300]);
        try (PcapWriter writer = PcapWriter.create(Path.of(args[0]), WINDOW_BYTES)) {
            for (long sequence = 0; ; sequence++) {
                final int length = payloadLength(sequence);
                payload.putLong(0, sequence);
                for (int i = 8; i < length; i++) {
                    payload.putByte(i, fill(sequence, i));
                }
                writer.write(1_700_000_000_000_000_000L + sequence, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, length);
                if (sequence == READY_AFTER) {
                    System.out.println("READY");
                    System.out.flush();
                }
            }
        }
    }
}
