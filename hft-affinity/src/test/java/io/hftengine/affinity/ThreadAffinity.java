package io.hftengine.affinity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the kernel says about the calling thread, independently of the library under test. */
final class ThreadAffinity
{
    private ThreadAffinity()
    {
    }

    static boolean isLinux()
    {
        return System.getProperty("os.name", "").startsWith("Linux") && Files.isReadable(Path.of("/proc/thread-self/status"));
    }

    /** The calling thread's Cpus_allowed_list from /proc/thread-self/status. */
    static CpuSet allowedCpus()
    {
        try
        {
            for (final String line : Files.readAllLines(Path.of("/proc/thread-self/status")))
            {
                if (line.startsWith("Cpus_allowed_list:"))
                {
                    return CpuSet.parse(line.substring(line.indexOf(':') + 1));
                }
            }
            throw new IllegalStateException("no Cpus_allowed_list in /proc/thread-self/status");
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
