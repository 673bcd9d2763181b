package io.hftengine.metrics.shm;

import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_CAPACITY_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_LABEL_LENGTH_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_LABEL_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.COUNTER_TYPE_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.HEADER_LENGTH;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.HEARTBEAT_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.LAYOUT_VERSION;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.LAYOUT_VERSION_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAGIC;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAGIC_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAX_COUNTER_LABEL_LENGTH;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.MAX_STAGE_NAME_LENGTH;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.SNAPSHOT_PAYLOAD_LONGS;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.SNAPSHOT_PAYLOAD_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.SNAPSHOT_VERSION_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_CAPACITY_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_NAME_LENGTH_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STAGE_NAME_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.STATE_ALLOCATED;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.WRITER_PID_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.WRITER_START_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.counterMetadataOffset;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.counterValueOffset;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.snapshotOffset;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.stageMetadataOffset;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The monitor's side of a metrics file: maps it when it appears, re-maps it when the engine
 * restarts (a new file at the path, or a new writer pid/start time), and tells a live writer from
 * a stale file (heartbeat age plus whether the writer process still exists).
 *
 * <p>Call {@link #refresh()} periodically (e.g. once a second); the other accessors describe the
 * currently mapped file and are valid only while {@link #isMapped()}. Not thread-safe: one
 * monitor thread uses a reader. Labels and names are US-ASCII and cached after first read.
 */
public final class MetricsFileReader implements AutoCloseable {
    private static final int SEQLOCK_ATTEMPTS = 1_000;

    private final Path path;
    private final long staleAfterMs;
    private MappedByteBuffer mapped;
    private UnsafeBuffer buffer;
    private Object fileKey;
    private int counterCapacity;
    private int stageCount;
    private String[] counterLabels;
    private String[] stageNames;
    private ControlRegion control;
    private long mappedPid;
    private long mappedStartMs;
    private int remapCount;
    /** Why the file could not be mapped, for {@link #notReadyReason()}. */
    private String notReadyReason;
    /** The file's size at the last {@link #refresh()}. */
    private long currentSize;

    /**
     * Creates a reader; nothing is opened until {@link #refresh()}.
     *
     * @param path         the metrics file, e.g. {@link MetricsFile#defaultPath()}
     * @param staleAfterMs heartbeat age, in milliseconds, beyond which the writer is suspect
     */
    public MetricsFileReader(final Path path, final long staleAfterMs) {
        this.path = Objects.requireNonNull(path, "path");
        this.staleAfterMs = staleAfterMs;
    }

    /**
     * Says why the last {@link #refresh()} found the file {@link WriterStatus#NOT_READY}: another
     * layout version, not a metrics file, too short, inconsistent, or not mappable.
     *
     * @return the reason, or {@code null} when the file is mapped or absent
     */
    public String notReadyReason() {
        return buffer == null ? notReadyReason : null;
    }

    /**
     * Maps the file if needed (or re-maps a replaced one) and classifies its writer.
     *
     * @return the writer's status now; never throws for a missing, short or foreign file
     */
    public WriterStatus refresh() {
        final Object currentKey = currentFileKey();
        if (currentKey == null && buffer == null) {
            return WriterStatus.NO_FILE;
        }
        if (buffer != null && currentKey != null && (!currentKey.equals(fileKey) || currentSize < mapped.capacity())) {
            // Replaced, or cut short in place (reading the mapping past the file's end would
            // fault the JVM): map it afresh.
            unmap();
        }
        if (buffer == null && !tryMap(currentKey)) {
            return WriterStatus.NOT_READY;
        }
        if (writerPid() != mappedPid || writerStartEpochMs() != mappedStartMs) {
            // Same file reused in place by a new writer: rebuild the caches.
            unmap();
            if (!tryMap(currentKey)) {
                return WriterStatus.NOT_READY;
            }
        }
        final long age = System.currentTimeMillis() - heartbeatEpochMs();
        if (age <= staleAfterMs) {
            return WriterStatus.LIVE;
        }
        return WriterProcess.isAlive(writerPid(), writerStartEpochMs()) ? WriterStatus.UNRESPONSIVE : WriterStatus.STALE;
    }

    private Object currentFileKey() {
        try {
            final BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            currentSize = attributes.size();
            final Object key = attributes.fileKey();
            // No inode on this file system: fall back to the creation time as an identity.
            return key != null ? key : attributes.creationTime();
        } catch (final NoSuchFileException missing) {
            return null;
        } catch (final IOException unreadable) {
            return null;
        }
    }

    private boolean tryMap(final Object key) {
        if (key == null) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            final long size = channel.size();
            if (size < HEADER_LENGTH) {
                notReadyReason = "file of " + size + " bytes, shorter than a metrics file's header";
                return false;
            }
            final MappedByteBuffer candidate = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            final UnsafeBuffer view = new UnsafeBuffer(candidate);
            final int counters = view.getInt(COUNTER_CAPACITY_OFFSET);
            final int stages = view.getInt(STAGE_CAPACITY_OFFSET);
            final int version = view.getIntAcquire(LAYOUT_VERSION_OFFSET);
            if (view.getLong(MAGIC_OFFSET) != MAGIC) {
                notReadyReason = "not a metrics file (no magic number)";
            } else if (version != LAYOUT_VERSION) {
                notReadyReason = version == 0 ? "being created (no layout version yet)"
                    : "incompatible layout version " + version + " (this monitor reads " + LAYOUT_VERSION + ")";
            } else if (counters < 1 || counters > 65536 || stages < 1 || stages > 1024
                || size < MetricsFileDescriptor.fileLength(counters, stages)) {
                notReadyReason = "inconsistent header: " + counters + " counters, " + stages + " stages in " + size
                    + " bytes";
            } else {
                notReadyReason = null;
            }
            if (notReadyReason != null) {
                IoUtil.unmap(candidate);
                return false;
            }
            mapped = candidate;
            buffer = view;
            fileKey = key;
            counterCapacity = counters;
            stageCount = stages;
            counterLabels = new String[counters];
            stageNames = new String[stages];
            for (int i = 0; i < stages; i++) {
                final int meta = stageMetadataOffset(counters, i);
                final int length = view.getInt(meta + STAGE_NAME_LENGTH_OFFSET);
                stageNames[i] = length > 0 && length <= MAX_STAGE_NAME_LENGTH
                    ? view.getStringWithoutLengthAscii(meta + STAGE_NAME_OFFSET, length) : "stage" + i;
            }
            control = new ControlRegion(view);
            mappedPid = writerPid();
            mappedStartMs = writerStartEpochMs();
            remapCount++;
            return true;
        } catch (final IOException | RuntimeException unreadable) {
            // Vanished, shrunk or not ours: treat as not ready and try again next refresh.
            notReadyReason = "cannot map it: " + unreadable;
            return false;
        }
    }

    private void unmap() {
        IoUtil.unmap(mapped);
        mapped = null;
        buffer = null;
        control = null;
        fileKey = null;
    }

    /**
     * Tells whether a valid metrics file is mapped.
     *
     * @return {@code true} after a successful {@link #refresh()}
     */
    public boolean isMapped() {
        return buffer != null;
    }

    /**
     * Counts how many times a file was mapped (1 after the first, +1 per engine restart seen).
     *
     * @return the number of successful mappings
     */
    public int mapCount() {
        return remapCount;
    }

    /**
     * Returns the writer's process id.
     *
     * @return the pid stored in the header
     */
    public long writerPid() {
        return buffer.getLong(WRITER_PID_OFFSET);
    }

    /**
     * Returns the writer's process start time.
     *
     * @return epoch milliseconds
     */
    public long writerStartEpochMs() {
        return buffer.getLong(WRITER_START_OFFSET);
    }

    /**
     * Returns the writer's last heartbeat.
     *
     * @return epoch milliseconds
     */
    public long heartbeatEpochMs() {
        return buffer.getLongAcquire(HEARTBEAT_OFFSET);
    }

    /**
     * Returns the counter capacity of the mapped file; ids run from 0 to this minus one.
     *
     * @return counter capacity
     */
    public int counterCapacity() {
        return counterCapacity;
    }

    /**
     * Tells whether a counter id has been allocated by the writer.
     *
     * @param id counter id
     * @return {@code true} if allocated (its label and type are then valid)
     * @throws IndexOutOfBoundsException if {@code id} is outside the capacity
     */
    public boolean isAllocated(final int id) {
        return buffer.getIntAcquire(counterMetadataOffset(Objects.checkIndex(id, counterCapacity))) == STATE_ALLOCATED;
    }

    /**
     * Returns a counter's label.
     *
     * @param id an allocated counter id
     * @return the label (cached after the first call)
     * @throws IndexOutOfBoundsException if {@code id} is outside the capacity
     */
    public String counterLabel(final int id) {
        String label = counterLabels[Objects.checkIndex(id, counterCapacity)];
        if (label == null && isAllocated(id)) {
            final int meta = counterMetadataOffset(id);
            final int length = Math.max(0, Math.min(MAX_COUNTER_LABEL_LENGTH, buffer.getInt(meta + COUNTER_LABEL_LENGTH_OFFSET)));
            label = buffer.getStringWithoutLengthAscii(meta + COUNTER_LABEL_OFFSET, length);
            counterLabels[id] = label;
        }
        return label == null ? "" : label;
    }

    /**
     * Returns a counter's type.
     *
     * @param id an allocated counter id
     * @return {@link MetricsFileDescriptor#TYPE_COUNTER} or {@link MetricsFileDescriptor#TYPE_GAUGE}
     * @throws IndexOutOfBoundsException if {@code id} is outside the capacity
     */
    public int counterType(final int id) {
        return buffer.getInt(counterMetadataOffset(Objects.checkIndex(id, counterCapacity)) + COUNTER_TYPE_OFFSET);
    }

    /**
     * Returns a counter's current value.
     *
     * @param id counter id
     * @return the value, read with acquire semantics
     * @throws IndexOutOfBoundsException if {@code id} is outside the capacity
     */
    public long counterValue(final int id) {
        return buffer.getLongAcquire(counterValueOffset(counterCapacity, Objects.checkIndex(id, counterCapacity)));
    }

    /**
     * Returns the number of latency stages.
     *
     * @return stage count
     */
    public int stageCount() {
        return stageCount;
    }

    /**
     * Returns a stage's name.
     *
     * @param stage stage index
     * @return its name
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public String stageName(final int stage) {
        return stageNames[Objects.checkIndex(stage, stageCount)];
    }

    /**
     * Copies a stage's latest snapshot, retrying while the writer is mid-update (seqlock).
     *
     * @param stage  stage index
     * @param target the holder to fill
     * @return {@code true} if a consistent snapshot was copied; {@code false} if the writer kept
     *         it busy for every attempt (target then holds unspecified values)
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public boolean readSnapshot(final int stage, final StageSnapshot target) {
        final int slot = snapshotOffset(counterCapacity, stageCount, Objects.checkIndex(stage, stageCount));
        final long[] values = target.values;
        for (int attempt = 0; attempt < SEQLOCK_ATTEMPTS; attempt++) {
            final long before = buffer.getLongAcquire(slot + SNAPSHOT_VERSION_OFFSET);
            if ((before & 1L) != 0) {
                Thread.onSpinWait();
                continue;
            }
            for (int i = 0; i < SNAPSHOT_PAYLOAD_LONGS; i++) {
                values[i] = buffer.getLong(slot + SNAPSHOT_PAYLOAD_OFFSET + i * 8);
            }
            // Payload loads must complete before the version is re-read.
            VarHandle.loadLoadFence();
            if (buffer.getLong(slot + SNAPSHOT_VERSION_OFFSET) == before) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the control region of the mapped file (to request the kill switch or a profile).
     *
     * @return the control region
     */
    public ControlRegion control() {
        return control;
    }

    /**
     * Returns the path this reader watches.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /** Unmaps the file, if mapped. */
    @Override
    public void close() {
        if (buffer != null) {
            unmap();
        }
    }
}
