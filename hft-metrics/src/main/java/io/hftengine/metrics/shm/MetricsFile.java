package io.hftengine.metrics.shm;

import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_CAPACITY_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.HEARTBEAT_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.LAYOUT_VERSION;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.LAYOUT_VERSION_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAGIC;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAGIC_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAX_STAGE_NAME_LENGTH;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_CAPACITY_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_NAME_LENGTH_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_NAME_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STATE_ALLOCATED;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.WRITER_PID_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.WRITER_START_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.stageMetadataOffset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's side of the memory-mapped metrics file (layout: {@link MetricsFileDescriptor}).
 *
 * <p>{@link #create} is the slow path: it builds the file under a temporary name with owner-only
 * permissions ({@code rw-------}; skipped where the file system is not POSIX), writes the header
 * and stage names, then renames it into place atomically, so a monitor never maps a half-written
 * file and a monitor still holding the previous run's file notices the new one. After that the
 * pipeline threads use {@link #counters()}, {@link #snapshots()}, {@link #control()} and
 * {@link #heartbeat(long)}: no I/O, no locks, no allocation.
 *
 * <p>A writer whose counters are known only after some set-up uses {@link #prepare} instead:
 * the file is built under its temporary name, the writer allocates its counters there, and
 * {@link #publish()} renames it into place. A monitor then never sees a live engine without its
 * counters (with {@code create}, it may read the file between the rename and the labelling).
 *
 * <p>{@link #close()} unmaps the file: call it only after every thread using it has stopped
 * (touching an unmapped file crashes the JVM). A published file is left for post-mortem reading
 * (the monitor reports it as stale once this process is gone); one never published is deleted.
 */
public final class MetricsFile implements AutoCloseable {
    private final Path path;
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;
    private final CountersWriter counters;
    private final StageSnapshotWriter snapshots;
    private final ControlRegion control;
    private final int stageCount;
    /** The temporary name until {@link #publish()}, then {@code null}. */
    private Path unpublished;

    private MetricsFile(final Path path, final MappedByteBuffer mapped, final int counterCapacity, final int stageCount) {
        this.path = path;
        this.mapped = mapped;
        this.buffer = new UnsafeBuffer(mapped);
        this.counters = new CountersWriter(buffer, counterCapacity);
        this.snapshots = new StageSnapshotWriter(buffer, counterCapacity, stageCount);
        this.control = new ControlRegion(buffer);
        this.stageCount = stageCount;
    }

    /**
     * Creates the metrics file, replacing a stale one left by an earlier run: {@link #prepare}
     * then {@link #publish()}.
     *
     * @param path            where to create it, e.g. {@link #defaultPath()}; the parent directory
     *                        is created if missing
     * @param counterCapacity how many counters the file can hold, 1 to 65536
     * @param stageNames      the latency stages, in stage-id order (1 to 1024 names of 1 to 56
     *                        US-ASCII characters; normally the {@code LatencyTracker}'s names)
     * @return the open, published file
     * @throws IOException              if the file cannot be created or mapped
     * @throws IllegalStateException    if a live process other than this one owns the file
     * @throws IllegalArgumentException if a capacity or a stage name is invalid
     */
    public static MetricsFile create(final Path path, final int counterCapacity, final List<String> stageNames)
        throws IOException {
        final MetricsFile file = prepare(path, counterCapacity, stageNames);
        try {
            file.publish();
        } catch (final IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    /**
     * Builds the metrics file under a temporary name beside {@code path}, not yet visible at
     * {@code path}: allocate the counters, then {@link #publish()}. Refuses at once a path a live
     * process owns, so that a second engine fails before its set-up rather than at publication.
     *
     * @param path            where {@link #publish()} will put it; the parent directory is
     *                        created if missing
     * @param counterCapacity how many counters the file can hold, 1 to 65536
     * @param stageNames      the latency stages, in stage-id order (1 to 1024 names of 1 to 56
     *                        US-ASCII characters)
     * @return the open, unpublished file
     * @throws IOException              if the file cannot be created or mapped
     * @throws IllegalStateException    if a live process other than this one owns the file
     * @throws IllegalArgumentException if a capacity or a stage name is invalid
     */
    public static MetricsFile prepare(final Path path, final int counterCapacity, final List<String> stageNames)
        throws IOException {
        Objects.requireNonNull(path, "path");
        final int stageCount = stageNames.size();
        final int length = MetricsFileDescriptor.fileLength(counterCapacity, stageCount);
        for (final String name : stageNames) {
            if (name.isEmpty() || name.length() > MAX_STAGE_NAME_LENGTH || !name.matches("[\\x21-\\x7E]+")) {
                throw new IllegalArgumentException("stage name must be 1.." + MAX_STAGE_NAME_LENGTH
                    + " printable US-ASCII characters: '" + name + "'");
            }
        }
        if (new java.util.HashSet<>(stageNames).size() != stageCount) {
            throw new IllegalArgumentException("stage names must be unique (Prometheus would see two series of one"
                + " name): " + stageNames);
        }
        refuseIfOwnedByLiveWriter(path);
        final Path absolute = path.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        final long pid = WriterProcess.currentPid();
        final Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp-" + pid);
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        final MappedByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, length);
        }
        final MetricsFile file = new MetricsFile(absolute, mapped, counterCapacity, stageCount);
        file.initialise(counterCapacity, stageNames, pid);
        file.unpublished = temp;
        return file;
    }

    /**
     * Renames a {@link #prepare prepared} file into place atomically; from here a monitor sees
     * it, with every counter allocated so far and a heartbeat of now (not of {@link #prepare}: a
     * set-up longer than the monitor's staleness limit would read as an unresponsive engine).
     *
     * @throws IOException           if the rename fails (the file stays unpublished)
     * @throws IllegalStateException if the file was published already, or a live process other
     *                               than this one took the path since {@link #prepare}
     */
    public void publish() throws IOException {
        if (unpublished == null) {
            throw new IllegalStateException("metrics file " + path + " is published already");
        }
        refuseIfOwnedByLiveWriter(path);
        heartbeat(System.currentTimeMillis());
        Files.move(unpublished, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        unpublished = null;
    }

    /**
     * Returns whether {@link #publish()} has put the file at {@link #path()}.
     *
     * @return {@code true} once published
     */
    public boolean isPublished() {
        return unpublished == null;
    }

    /**
     * Returns the default location: {@code /dev/shm/hft-engine/metrics.dat} where {@code /dev/shm}
     * exists (RAM-backed, never written to disk), else {@code hft-engine/metrics.dat} under
     * {@code java.io.tmpdir}.
     *
     * @return the default path
     */
    public static Path defaultPath() {
        final Path shm = Path.of("/dev/shm");
        final Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("hft-engine").resolve("metrics.dat");
    }

    private static void createOwnerOnly(final Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (final UnsupportedOperationException notPosix) {
            // Non-POSIX file system (e.g. Windows): rely on the directory's ACLs instead.
            Files.createFile(file);
        }
    }

    /**
     * Checks, before anything else is set up, that no other live process owns the file at
     * {@code path}: an engine refused the metrics file only at {@link #prepare} may have done its
     * costly start-up for nothing. {@link #prepare} and {@link #publish()} check again.
     *
     * @param path where the metrics file would go
     * @throws IllegalStateException if a live process other than this one owns the file
     * @throws IOException           if an existing file cannot be read
     */
    public static void requireNoLiveOwner(final Path path) throws IOException {
        refuseIfOwnedByLiveWriter(Objects.requireNonNull(path, "path"));
    }

    /**
     * Refuses to replace a file whose writer is alive. Read from the raw header, not through a
     * reader, so that a live engine of another layout version (which a reader refuses to map) is
     * refused too rather than renamed over: it would go on writing an unlinked file that no monitor
     * and no kill switch can reach.
     */
    private static void refuseIfOwnedByLiveWriter(final Path path) throws IOException {
        final ByteBuffer header = ByteBuffer.allocate(WRITER_START_OFFSET + Long.BYTES).order(ByteOrder.nativeOrder());
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // a short file is no writer's
            }
        } catch (final java.nio.file.NoSuchFileException absent) {
            return;
        }
        if (header.hasRemaining() || header.getLong(MAGIC_OFFSET) != MAGIC) {
            return;
        }
        final long pid = header.getLong(WRITER_PID_OFFSET);
        if (pid != WriterProcess.currentPid() && WriterProcess.isAlive(pid, header.getLong(WRITER_START_OFFSET))) {
            throw new IllegalStateException("metrics file " + path + " belongs to live process " + pid);
        }
    }

    private void initialise(final int counterCapacity, final List<String> stageNames, final long pid) {
        buffer.putLong(MAGIC_OFFSET, MAGIC);
        buffer.putInt(COUNTER_CAPACITY_OFFSET, counterCapacity);
        buffer.putInt(STAGE_CAPACITY_OFFSET, stageCount);
        buffer.putLong(WRITER_PID_OFFSET, pid);
        buffer.putLong(WRITER_START_OFFSET, WriterProcess.currentStartEpochMs());
        buffer.putLong(HEARTBEAT_OFFSET, System.currentTimeMillis());
        for (int i = 0; i < stageCount; i++) {
            final int meta = stageMetadataOffset(counterCapacity, i);
            buffer.putInt(meta + STAGE_NAME_LENGTH_OFFSET, stageNames.get(i).length());
            buffer.putStringWithoutLengthAscii(meta + STAGE_NAME_OFFSET, stageNames.get(i));
            buffer.putInt(meta, STATE_ALLOCATED);
        }
        // Written last with release: a reader that sees the version sees a complete header.
        buffer.putIntRelease(LAYOUT_VERSION_OFFSET, LAYOUT_VERSION);
    }

    /**
     * Returns the counters; allocate them at start-up, update them from their owning threads.
     *
     * @return the counters writer
     */
    public CountersWriter counters() {
        return counters;
    }

    /**
     * Returns the per-stage snapshot publisher.
     *
     * @return the snapshot writer
     */
    public StageSnapshotWriter snapshots() {
        return snapshots;
    }

    /**
     * Returns the control words (kill switch, profile requests) the engine polls.
     *
     * @return the control region
     */
    public ControlRegion control() {
        return control;
    }

    /**
     * Stores the heartbeat that tells the monitor this writer is alive; call it at least every
     * few hundred milliseconds from one non-hot thread (a {@link LatencyPublisher} does).
     *
     * @param nowEpochMs the current time, epoch milliseconds
     */
    public void heartbeat(final long nowEpochMs) {
        buffer.putLongRelease(HEARTBEAT_OFFSET, nowEpochMs);
    }

    /**
     * Returns the number of latency stages in the file.
     *
     * @return stage count
     */
    public int stageCount() {
        return stageCount;
    }

    /**
     * Returns where the file lives.
     *
     * @return the absolute path
     */
    public Path path() {
        return path;
    }

    /**
     * Unmaps the file; only after every thread using it has stopped. A published file stays on
     * disk; an unpublished one is deleted (no monitor ever saw it).
     */
    @Override
    public void close() {
        if (unpublished == null) {
            // The heartbeat stops now, not a stale threshold later: a monitor no longer shows a
            // stopped engine live, nor sends its kill switch into a file nobody reads.
            buffer.putLongRelease(HEARTBEAT_OFFSET, 0);
        }
        IoUtil.unmap(mapped);
        if (unpublished != null) {
            try {
                Files.deleteIfExists(unpublished);
            } catch (final IOException ignored) {
                // A leftover temporary file is harmless: the next prepare by this pid replaces it.
            }
        }
    }
}
