package io.hftengine.affinity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link SysFs} over a directory. Any I/O failure reads as "missing": topology entries are
 * optional and the caller decides what an absent entry means.
 */
final class DirectorySysFs implements SysFs
{
    private final Path root;

    DirectorySysFs(final Path root)
    {
        this.root = root;
    }

    @Override
    public Optional<String> read(final String relativePath)
    {
        try
        {
            // /proc files report size 0, so read to EOF rather than trusting the size.
            return Optional.of(new String(Files.readAllBytes(root.resolve(relativePath)), StandardCharsets.UTF_8));
        }
        catch (final IOException | SecurityException ex)
        {
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(final String relativeDir)
    {
        final List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(relativeDir)))
        {
            for (final Path entry : entries)
            {
                names.add(entry.getFileName().toString());
            }
        }
        catch (final IOException | SecurityException ex)
        {
            names.clear();
        }
        return names;
    }

    @Override
    public String describe()
    {
        return root.toString();
    }
}
