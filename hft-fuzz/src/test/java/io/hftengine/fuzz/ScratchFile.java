package io.hftengine.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One temporary file per fuzz target, rewritten for every input, for the readers that take a
 * path (they memory-map it). Lives in {@code /dev/shm} when there is one, so fuzzing does not wear
 * the disk; deleted when the JVM exits.
 */
final class ScratchFile
{
    private ScratchFile()
    {
    }

    /**
     * Creates an empty scratch file.
     *
     * @param prefix names the target in the file name
     * @return the file's path
     */
    static Path create(final String prefix)
    {
        try
        {
            final Path shm = Path.of("/dev/shm");
            final Path file = Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempFile(shm, prefix, ".bin") : Files.createTempFile(prefix, ".bin");
            file.toFile().deleteOnExit();
            return file;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Replaces the file's content.
     *
     * @param file the scratch file
     * @param parts written one after the other
     */
    static void write(final Path file, final byte[]... parts)
    {
        try (var out = Files.newOutputStream(file))
        {
            for (final byte[] part : parts)
            {
                out.write(part);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
