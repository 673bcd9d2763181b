package io.hftengine.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which engine on this host owns which CPU: cross-process claims, so that two engines on one
 * host do not plan and pin the same CPUs and busy-spin against each other. Pinning itself
 * ({@link Pinning}) is a raw per-thread affinity call that knows nothing of other processes.
 *
 * <p>A claim on CPU {@code n} is an OS file lock ({@link FileChannel#tryLock()}) on the file
 * {@code cpu-n.lock} in a claims directory, held from {@link #claim} until the {@link Claim} is
 * closed. The OS releases the lock when the process ends, however it ends: a {@code kill -9} never
 * leaves a stale claim, and the files themselves are left in place (a file present but unlocked
 * is free). The holder writes its pid into the file, so a refusal names the other engine. Files
 * are created readable and writable by their owner only where the file system is POSIX: engines
 * run by different users do not see each other's claims (the second one's probe and claim fail
 * with an {@link UncheckedIOException}, which a pipeline warns about and starts without), so
 * engines that share a host's CPUs run as one user.
 *
 * <p>One JVM: a POSIX lock belongs to the process, and closing <em>any</em> descriptor of the file
 * in the process drops it (see {@link java.nio.channels.FileLock}), and a second lock of the same file in one JVM
 * throws {@link OverlappingFileLockException}. So no lock file this JVM holds is ever opened
 * again: the lock files claimed in this JVM are kept in a static registry by file identity
 * (device and inode, so a symlink, a hard link or another spelling of the directory is the same
 * file), answered from there as held by this process (a second pipeline in a test or a tool gets
 * other CPUs), and every probe and claim runs under one JVM-wide monitor so that two pipelines
 * starting at once cannot both take a CPU. A file found locked by this JVM only once opened (it
 * became a link to a claimed file meanwhile) is left open for the life of the JVM, not closed.
 *
 * <p>The default directory ({@link #defaultDirectory()}) is shared by every engine on the host;
 * tests use a directory of their own. All methods are slow path (start-up and close), and
 * thread-safe.
 */
public final class CpuClaims
{
    /**
     * Lock files claimed in this JVM, to the claim holding each: by path (a file deleted and made
     * again by someone is still this JVM's CPU) and by file identity ({@link #keyOf}: the same
     * file under another name is never opened).
     */
    private static final Map<Object, Claim> CLAIMED = new HashMap<>();
    /** Channels never to close: closing one would drop a lock this JVM holds on the same file. */
    private static final List<FileChannel> PARKED = new ArrayList<>();
    /**
     * Probes and claims of this JVM, one at a time: a probe briefly locks the files it checks
     * (shared, so probes of two engines do not see each other; a claim meeting a probe is refused,
     * which {@code Pipeline.start()} answers by planning again).
     */
    private static final Object MONITOR = new Object();
    private static final long PID = ProcessHandle.current().pid();

    private final Path directory;

    private CpuClaims(final Path directory)
    {
        this.directory = directory;
    }

    /**
     * Claims kept in a directory, created (with its parents) when missing.
     *
     * @param directory the claims directory; every engine that must stay off the others' CPUs
     *                  uses the same one.
     * @return the claims.
     * @throws UncheckedIOException when the directory cannot be created or resolved.
     */
    public static CpuClaims at(final Path directory)
    {
        Objects.requireNonNull(directory, "directory");
        try
        {
            Files.createDirectories(directory);
            // Canonical, so that two spellings of one directory share one in-JVM registry entry.
            return new CpuClaims(directory.toRealPath());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot use cpu claims directory " + directory, ex);
        }
    }

    /**
     * The host-wide claims directory: {@code /dev/shm/hft-engine/cpus} where {@code /dev/shm}
     * exists (memory-backed, emptied at boot), else {@code hft-engine/cpus} under
     * {@code java.io.tmpdir}. Not created by this call.
     *
     * @return the directory.
     */
    public static Path defaultDirectory()
    {
        final Path shm = Path.of("/dev/shm");
        final Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("hft-engine").resolve("cpus");
    }

    /**
     * The directory these claims live in.
     *
     * @return its canonical path.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * Which of some CPUs another live process, or another claim in this JVM, holds now. Takes
     * nothing: a CPU found free may be taken by another engine before this one claims it, which
     * {@link #claim} then refuses.
     *
     * @param candidates the CPUs to look at.
     * @return the held ones, with their holders.
     * @throws UncheckedIOException when a claim file cannot be opened or locked.
     */
    public Held heldByOthers(final CpuSet candidates)
    {
        Objects.requireNonNull(candidates, "candidates");
        synchronized (MONITOR)
        {
            final TreeMap<Integer, Long> holders = new TreeMap<>();
            for (final int cpu : candidates.toArray())
            {
                final Path file = fileOf(cpu);
                try
                {
                    if (claimedHere(file))
                    {
                        holders.put(cpu, PID);
                        continue;
                    }
                    final FileChannel channel = open(file);
                    // Shared: engines probing at once (at boot, say) must not see each other as holders.
                    final long holder = holderOf(channel, true);
                    if (holder != 0)
                    {
                        holders.put(cpu, holder);
                    }
                    if (holder != PID)
                    {
                        channel.close(); // free: releases the probe's lock; held elsewhere: nothing of ours
                    }
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException("cannot check the claim on cpu " + cpu + " (" + file + ")", ex);
                }
            }
            return new Held(holders);
        }
    }

    /**
     * Claims CPUs for this process, all or none: each is locked and stamped with this pid until
     * the returned claim is closed (or the process ends).
     *
     * @param cpus the CPUs to claim; may be empty (a claim of nothing).
     * @return the claim, held until closed.
     * @throws IllegalStateException when another live process or another claim in this JVM holds
     *                               one of them; the message names the CPUs and pids, and nothing
     *                               is claimed.
     * @throws UncheckedIOException  when a claim file cannot be created or locked; nothing is
     *                               claimed.
     */
    public Claim claim(final CpuSet cpus)
    {
        Objects.requireNonNull(cpus, "cpus");
        synchronized (MONITOR)
        {
            final Claim claim = new Claim(cpus);
            final TreeMap<Integer, Long> refused = new TreeMap<>();
            try
            {
                for (final int cpu : cpus.toArray())
                {
                    final Path file = fileOf(cpu);
                    if (claimedHere(file))
                    {
                        refused.put(cpu, PID);
                        continue;
                    }
                    final long holder = take(claim, cpu, file);
                    if (holder != 0)
                    {
                        refused.put(cpu, holder);
                    }
                }
            }
            catch (final IOException ex)
            {
                claim.release();
                throw new UncheckedIOException("cannot claim cpus " + cpus.format() + " in " + directory, ex);
            }
            catch (final RuntimeException | Error ex)
            {
                claim.release();
                throw ex;
            }
            if (!refused.isEmpty())
            {
                claim.release();
                throw new IllegalStateException("cpus " + new Held(refused).describe() +
                    ": another engine on this host has them pinned (claims in " + directory + ")");
            }
            return claim;
        }
    }

    /** Locks one file for the claim; answers 0, or the holder's pid (-1 unknown) when held. */
    private long take(final Claim claim, final int cpu, final Path file) throws IOException
    {
        final FileChannel channel = open(file);
        final long holder = holderOf(channel, false);
        if (holder == PID)
        {
            return holder; // parked by holderOf: closing it would drop this JVM's lock
        }
        try
        {
            if (holder != 0)
            {
                channel.close();
                return holder;
            }
            final byte[] pid = (PID + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            claim.add(channel, file, keyOf(file));
            return 0;
        }
        catch (final IOException | RuntimeException | Error ex)
        {
            channel.close();
            throw ex;
        }
    }

    /**
     * Tries the channel's lock (shared for a probe, exclusive for a claim): 0 when taken (the channel now holds it), this process's pid when
     * this JVM holds the file under another name (the channel is parked, never to be closed), else
     * the pid another process recorded (-1 unknown).
     */
    private static long holderOf(final FileChannel channel, final boolean shared) throws IOException
    {
        try
        {
            return channel.tryLock(0, Long.MAX_VALUE, shared) == null ? readPid(channel) : 0;
        }
        catch (final OverlappingFileLockException ex)
        {
            PARKED.add(channel);
            return PID;
        }
        catch (final IOException | RuntimeException | Error ex)
        {
            channel.close();
            throw ex;
        }
    }

    private static boolean claimedHere(final Path file) throws IOException
    {
        return CLAIMED.containsKey(file) || CLAIMED.containsKey(keyOf(file));
    }

    /**
     * The identity of a file, links followed: its device and inode where the file system has
     * them, else its real path; null when there is no such file (yet).
     */
    private static Object keyOf(final Path file) throws IOException
    {
        try
        {
            final Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        }
        catch (final NoSuchFileException ex)
        {
            return null;
        }
    }

    private Path fileOf(final int cpu)
    {
        return directory.resolve("cpu-" + cpu + ".lock");
    }

    private static FileChannel open(final Path file) throws IOException
    {
        return FileChannel.open(file,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE), ownerOnly());
    }

    private static FileAttribute<?>[] ownerOnly()
    {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix"))
        {
            return new FileAttribute<?>[0]; // e.g. Windows: the directory's ACLs apply
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /**
     * The pid the holder wrote, or -1 when it has not written it (yet) or wrote something else. A
     * released claim empties its file, so the last holder's pid is not read as the new one's; this
     * process's own pid read from a file it does not hold is such a leftover.
     */
    private static long readPid(final FileChannel channel) throws IOException
    {
        final ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        final String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try
        {
            final long pid = text.isEmpty() ? -1 : Long.parseLong(text);
            return pid <= 0 || pid == PID ? -1 : pid; // 0 would read as "taken"
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }

    /** CPUs held by other processes or other claims in this JVM, with the pid of each holder. */
    public static final class Held
    {
        private final TreeMap<Integer, Long> holders;
        private final CpuSet cpus;

        Held(final TreeMap<Integer, Long> holders)
        {
            this.holders = holders;
            this.cpus = CpuSet.of(holders.keySet().stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * The held CPUs.
         *
         * @return the set; empty when none is held.
         */
        public CpuSet cpus()
        {
            return cpus;
        }

        /**
         * The pid of a held CPU's holder.
         *
         * @param cpu a CPU of {@link #cpus()}.
         * @return the pid (this process's own for a claim elsewhere in this JVM), or -1 when the
         *         holder has not recorded it.
         * @throws IllegalArgumentException when the CPU is not held.
         */
        public long pidOf(final int cpu)
        {
            final Long pid = holders.get(cpu);
            if (pid == null)
            {
                throw new IllegalArgumentException("cpu " + cpu + " is not held");
            }
            return pid;
        }

        /**
         * For messages: the held CPUs grouped by holder.
         *
         * @return e.g. {@code "1-3 (pid 4242), 5 (this process, pid 77)"}, or {@code "none"}.
         */
        public String describe()
        {
            if (holders.isEmpty())
            {
                return "none";
            }
            final TreeMap<Long, List<Integer>> byPid = new TreeMap<>();
            holders.forEach((cpu, pid) -> byPid.computeIfAbsent(pid, p -> new ArrayList<>()).add(cpu));
            final StringBuilder out = new StringBuilder();
            byPid.forEach((pid, list) ->
            {
                if (out.length() > 0)
                {
                    out.append(", ");
                }
                out.append(CpuSet.of(list.stream().mapToInt(Integer::intValue).toArray()).format()).append(
                    pid == PID ? " (this process, pid " + pid + ")" : pid < 0 ? " (pid not recorded)" : " (pid " + pid + ")");
            });
            return out.toString();
        }

        @Override
        public String toString()
        {
            return describe();
        }
    }

    /** CPUs this process holds until {@link #close()}; closing twice is harmless. */
    public static final class Claim implements AutoCloseable
    {
        private final CpuSet cpus;
        /** This claim's keys in {@link #CLAIMED}. */
        private final List<Object> keys = new ArrayList<>();
        private final List<FileChannel> channels = new ArrayList<>();

        private Claim(final CpuSet cpus)
        {
            this.cpus = cpus;
        }

        private void add(final FileChannel channel, final Path file, final Object key)
        {
            channels.add(channel);
            for (final Object each : new Object[] {file, key})
            {
                if (each != null)
                {
                    keys.add(each);
                    CLAIMED.put(each, this);
                }
            }
        }

        /**
         * The claimed CPUs.
         *
         * @return the set.
         */
        public CpuSet cpus()
        {
            return cpus;
        }

        /** Releases every CPU of the claim: another engine may take them from now on. */
        @Override
        public void close()
        {
            synchronized (MONITOR)
            {
                release();
            }
        }

        /**
         * Under the monitor. The file is emptied while still locked (its pid would otherwise be read
         * as the next holder's until that one writes its own); closing the channel releases the
         * lock; the file stays.
         */
        private void release()
        {
            IOException failure = null;
            for (int i = 0; i < channels.size(); i++)
            {
                try
                {
                    channels.get(i).truncate(0);
                }
                catch (final IOException ex)
                {
                    // Only the pid for messages is left behind: the lock is released all the same.
                }
                try
                {
                    channels.get(i).close();
                }
                catch (final IOException ex)
                {
                    failure = ex;
                }
            }
            keys.forEach(key -> CLAIMED.remove(key, this));
            channels.clear();
            keys.clear();
            if (failure != null)
            {
                throw new UncheckedIOException("cannot release cpu claims " + cpus.format(), failure);
            }
        }
    }
}
