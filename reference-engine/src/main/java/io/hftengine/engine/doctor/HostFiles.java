package io.hftengine.engine.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.hftengine.affinity.SysFs;

/**
 * A {@link SysFs} that reads each file with one large read first. Some kernels' {@code /proc/sys}
 * files (gVisor sandboxes, like this project's build VMs) report size 0 and answer a second read
 * at a non-zero offset with end-of-file, so a reader that starts with a small buffer sees only the
 * first byte ({@code "4"} for {@code rmem_max=4194304}). Missing or unreadable files are empty,
 * never an exception. Read-only; thread-safe.
 */
public final class HostFiles implements SysFs {
    private static final int FIRST_READ = 1 << 20;

    private final Path root;
    private final SysFs lister;

    private HostFiles(final Path root) {
        this.root = root;
        this.lister = SysFs.under(root);
    }

    /**
     * Reads below a directory standing for {@code /}.
     *
     * @param root the root, e.g. {@code Path.of("/")} or a fixture directory
     * @return the source; nothing is read until asked
     * @throws NullPointerException if root is null
     */
    public static HostFiles under(final Path root) {
        return new HostFiles(Objects.requireNonNull(root, "root"));
    }

    /**
     * Reads this host's {@code /sys} and {@code /proc}.
     *
     * @return the source
     */
    public static HostFiles live() {
        return under(Path.of("/"));
    }

    @Override
    public Optional<String> read(final String relativePath) {
        try (InputStream in = Files.newInputStream(root.resolve(relativePath))) {
            byte[] bytes = new byte[FIRST_READ];
            int length = 0;
            int n;
            while ((n = in.read(bytes, length, bytes.length - length)) > 0) {
                length += n;
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
            }
            return Optional.of(new String(bytes, 0, length, StandardCharsets.UTF_8));
        } catch (final IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(final String relativeDir) {
        return lister.list(relativeDir);
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
