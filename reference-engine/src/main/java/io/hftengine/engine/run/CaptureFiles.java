package io.hftengine.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a packet capture (pcap or pcapng) from a NASDAQ BinaryFILE by its first four bytes. */
public final class CaptureFiles {
    private CaptureFiles() {
    }

    /**
     * Says whether a file starts like a capture: a classic pcap magic in either byte order and
     * either resolution, or a pcapng section header block. A BinaryFILE starts with a 2-byte
     * message length instead, which never matches.
     *
     * @param file the file
     * @return true for pcap and pcapng
     * @throws IOException when the file cannot be read or is shorter than four bytes
     */
    public static boolean isCapture(final Path file) throws IOException {
        final byte[] magic = new byte[4];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4) {
                throw new IOException(file + ": too short to be a capture or a BinaryFILE");
            }
        }
        final int m = ((magic[0] & 0xFF) << 24) | ((magic[1] & 0xFF) << 16) | ((magic[2] & 0xFF) << 8)
                | (magic[3] & 0xFF);
        return m == 0xA1B2C3D4 || m == 0xD4C3B2A1 || m == 0xA1B23C4D || m == 0x4D3CB2A1 || m == 0x0A0D0D0A;
    }
}
