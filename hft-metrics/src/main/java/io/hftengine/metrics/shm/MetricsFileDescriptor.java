package io.hftengine.metrics.shm;

/**
 * Layout of the memory-mapped metrics file, shared by the engine (writer) and the monitor
 * (reader). All fields are little-endian (native on x86-64/aarch64), offsets in bytes; regions
 * that different threads write start on their own 64-byte cache line.
 *
 * <pre>
 *   0 +---------------------------------------------------------------+
 *     | magic "HFTMETR1" (long)                                        |
 *   8 | layout version (int, written last)  | counter capacity (int)  |
 *  16 | stage capacity (int)                | reserved (int)          |
 *  24 | writer pid (long)                                              |
 *  32 | writer process start, epoch ms (long)                          |
 *  64 +---------------------------------------------------------------+
 *     | heartbeat, epoch ms (long, release-stored by the writer)       |
 * 128 +--- CONTROL (written by the monitor/CLI, polled by the engine) -+
 *     | kill switch: request time epoch ms, 0 = none (long)            |
 * 136 | kill switch reason code (int)       | reserved (int)          |
 * 144 | profile request sequence (long, atomic add by requesters)      |
 * 152 | profile acknowledged sequence (long, written by the engine)    |
 * 256 +--- COUNTER METADATA: counter capacity x 128 -------------------+
 *     | state (int, 1 = allocated, released) | type (int)             |
 *     | label length (int) | label, US-ASCII, up to 116 bytes         |
 *     +--- COUNTER VALUES: counter capacity x 64 ----------------------+
 *     | value (long, release-stored by its one writer) | padding       |
 *     +--- STAGE METADATA: stage capacity x 64 ------------------------+
 *     | state (int) | name length (int) | name, US-ASCII, up to 56    |
 *     +--- STAGE SNAPSHOTS: stage capacity x 128 ----------------------+
 *     | seqlock version (long: odd while being written)               |
 *     | time epoch ms | count | sum ns | p50 | p90 | p99 | p99.9 |       |
 *     | p99.99 | max | clamped count | negative count (all long)      |
 *     +---------------------------------------------------------------+
 * </pre>
 */
public final class MetricsFileDescriptor {
    /** "HFTMETR1" in little-endian ASCII. */
    public static final long MAGIC = 0x3152544D54454648L;
    /** Version of this layout; bumped on any incompatible change. */
    public static final int LAYOUT_VERSION = 1;

    /** Offset of {@link #MAGIC}. */
    public static final int MAGIC_OFFSET = 0;
    /** Offset of the layout version, release-stored after everything else is initialised. */
    public static final int LAYOUT_VERSION_OFFSET = 8;
    /** Offset of the counter capacity. */
    public static final int COUNTER_CAPACITY_OFFSET = 12;
    /** Offset of the stage capacity. */
    public static final int STAGE_CAPACITY_OFFSET = 16;
    /** Offset of the writer's process id. */
    public static final int WRITER_PID_OFFSET = 24;
    /** Offset of the writer's process start time, epoch milliseconds. */
    public static final int WRITER_START_OFFSET = 32;
    /** Offset of the heartbeat, epoch milliseconds. */
    public static final int HEARTBEAT_OFFSET = 64;

    /** Offset of the control region. */
    public static final int CONTROL_OFFSET = 128;
    /** Offset of the kill-switch request time (0 = not requested). */
    public static final int KILL_SWITCH_OFFSET = CONTROL_OFFSET;
    /** Offset of the kill-switch reason code. */
    public static final int KILL_REASON_OFFSET = CONTROL_OFFSET + 8;
    /** Offset of the profile request sequence. */
    public static final int PROFILE_REQUEST_OFFSET = CONTROL_OFFSET + 16;
    /** Offset of the profile acknowledged sequence. */
    public static final int PROFILE_ACK_OFFSET = CONTROL_OFFSET + 24;

    /** Length of header plus control region; counter metadata starts here. */
    public static final int HEADER_LENGTH = 256;

    /** Bytes per counter metadata record. */
    public static final int COUNTER_METADATA_LENGTH = 128;
    /** Offset of the state word inside a counter metadata record. */
    public static final int COUNTER_STATE_OFFSET = 0;
    /** Offset of the type word inside a counter metadata record. */
    public static final int COUNTER_TYPE_OFFSET = 4;
    /** Offset of the label length inside a counter metadata record. */
    public static final int COUNTER_LABEL_LENGTH_OFFSET = 8;
    /** Offset of the label bytes inside a counter metadata record. */
    public static final int COUNTER_LABEL_OFFSET = 12;
    /** Longest counter label in bytes. */
    public static final int MAX_COUNTER_LABEL_LENGTH = COUNTER_METADATA_LENGTH - COUNTER_LABEL_OFFSET;
    /** Bytes per counter value record: one cache line, so two writers never false-share. */
    public static final int COUNTER_VALUE_LENGTH = 64;

    /** Bytes per stage metadata record. */
    public static final int STAGE_METADATA_LENGTH = 64;
    /** Offset of the name length inside a stage metadata record (state is at 0). */
    public static final int STAGE_NAME_LENGTH_OFFSET = 4;
    /** Offset of the name bytes inside a stage metadata record. */
    public static final int STAGE_NAME_OFFSET = 8;
    /** Longest stage name in bytes. */
    public static final int MAX_STAGE_NAME_LENGTH = STAGE_METADATA_LENGTH - STAGE_NAME_OFFSET;

    /** Bytes per stage snapshot record. */
    public static final int SNAPSHOT_LENGTH = 128;
    /** Offset of the seqlock version inside a snapshot. */
    public static final int SNAPSHOT_VERSION_OFFSET = 0;
    /** Offset of the first payload long (time); payload longs follow in the order of the diagram. */
    public static final int SNAPSHOT_PAYLOAD_OFFSET = 8;
    /** Number of payload longs in a snapshot. */
    public static final int SNAPSHOT_PAYLOAD_LONGS = 11;

    /** Counter type: monotonic count (exported as a Prometheus counter). */
    public static final int TYPE_COUNTER = 1;
    /** Counter type: a level that goes up and down (exported as a Prometheus gauge). */
    public static final int TYPE_GAUGE = 2;

    /** Metadata state: slot allocated and label valid. */
    public static final int STATE_ALLOCATED = 1;

    private MetricsFileDescriptor() {
    }

    /**
     * Offset of a counter's metadata record.
     *
     * @param id counter id
     * @return byte offset in the file
     */
    public static int counterMetadataOffset(final int id) {
        return HEADER_LENGTH + id * COUNTER_METADATA_LENGTH;
    }

    /**
     * Offset of a counter's value.
     *
     * @param counterCapacity the file's counter capacity
     * @param id              counter id
     * @return byte offset in the file
     */
    public static int counterValueOffset(final int counterCapacity, final int id) {
        return HEADER_LENGTH + counterCapacity * COUNTER_METADATA_LENGTH + id * COUNTER_VALUE_LENGTH;
    }

    /**
     * Offset of a stage's metadata record.
     *
     * @param counterCapacity the file's counter capacity
     * @param stage           stage index
     * @return byte offset in the file
     */
    public static int stageMetadataOffset(final int counterCapacity, final int stage) {
        return counterValueOffset(counterCapacity, counterCapacity) + stage * STAGE_METADATA_LENGTH;
    }

    /**
     * Offset of a stage's snapshot record.
     *
     * @param counterCapacity the file's counter capacity
     * @param stageCapacity   the file's stage capacity
     * @param stage           stage index
     * @return byte offset in the file
     */
    public static int snapshotOffset(final int counterCapacity, final int stageCapacity, final int stage) {
        return stageMetadataOffset(counterCapacity, stageCapacity) + stage * SNAPSHOT_LENGTH;
    }

    /**
     * Total file length for the given capacities.
     *
     * @param counterCapacity counters, 1 to 65536
     * @param stageCapacity   stages, 1 to 1024
     * @return bytes
     * @throws IllegalArgumentException if a capacity is out of range
     */
    public static int fileLength(final int counterCapacity, final int stageCapacity) {
        if (counterCapacity < 1 || counterCapacity > 65536 || stageCapacity < 1 || stageCapacity > 1024) {
            throw new IllegalArgumentException("capacities out of range: counters=" + counterCapacity
                + " (1..65536), stages=" + stageCapacity + " (1..1024)");
        }
        return snapshotOffset(counterCapacity, stageCapacity, stageCapacity);
    }
}
