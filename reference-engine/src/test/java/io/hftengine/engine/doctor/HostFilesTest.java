package io.hftengine.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HostFiles reads whole files, including /proc/sys files that claim size 0, and reports missing ones as empty. */
class HostFilesTest {
    @Test
    void readsWholeFilesAndMissingOnesAsEmpty(@TempDir final Path root) throws Exception {
        final String big = "x".repeat(3 << 20);
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/big"), big);
        assertEquals(big, HostFiles.under(root).read("proc/big").orElseThrow());
        assertEquals(Optional.empty(), HostFiles.under(root).read("proc/missing"));
        assertEquals(Optional.empty(), HostFiles.under(root).read("proc"), "a directory reads as missing");
    }

    @Test
    void liveSysctlValuesAreReadWhole() {
        // On a sandbox kernel whose /proc/sys answers a second read with EOF, a small-buffer reader
        // sees "4" for 4194304; Linux never allows rmem_max below a few KiB.
        final Optional<String> rmem = HostFiles.live().read("proc/sys/net/core/rmem_max");
        if (rmem.isPresent()) {
            final long value = Long.parseLong(rmem.get().strip());
            assertTrue(value >= 2048, "rmem_max read as " + value);
        } else {
            assertTrue(Files.notExists(Path.of("/proc/sys/net/core/rmem_max")) || !Files.isReadable(Path.of("/proc/sys/net/core/rmem_max")));
        }
    }
}
