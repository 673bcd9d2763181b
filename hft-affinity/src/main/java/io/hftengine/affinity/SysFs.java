package io.hftengine.affinity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the files the topology is parsed from, relative to a root laid out like the
 * real filesystem ({@code sys/devices/system/cpu/online}, {@code proc/cpuinfo}, ...).
 *
 * <p>This is the injection point that lets tests parse captured fixtures of other machines: point
 * {@link #under(Path)} at a fixture directory, or implement this interface over a map.
 * Implementations report a missing or unreadable entry as empty, never by throwing.
 */
public interface SysFs
{
    /**
     * Contents of a file.
     *
     * @param relativePath path below the root, with {@code /} separators and no leading slash.
     * @return the text, or empty if the file is missing or unreadable.
     */
    Optional<String> read(String relativePath);

    /**
     * Names of the entries of a directory, in no particular order.
     *
     * @param relativeDir directory below the root.
     * @return entry names, empty if the directory is missing or unreadable.
     */
    List<String> list(String relativeDir);

    /**
     * What this source reads, for messages.
     *
     * @return e.g. the root path.
     */
    String describe();

    /**
     * A source reading below a directory.
     *
     * @param root the directory standing for {@code /}.
     * @return the source; nothing is read until asked.
     */
    static SysFs under(final Path root)
    {
        return new DirectorySysFs(root);
    }

    /**
     * The live machine: {@code /sys} and {@code /proc} of this host.
     *
     * @return the source; nothing is read until asked.
     */
    static SysFs live()
    {
        return new DirectorySysFs(Path.of("/"));
    }
}
