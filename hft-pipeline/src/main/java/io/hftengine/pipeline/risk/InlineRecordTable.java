package io.hftengine.pipeline.risk;

/**
 * The storage both of risk's tables share: records inline in one {@code long[]}, a power-of-two
 * number of them, found by linear probing from a home the subclass computes, and removed by
 * backward shift, so there are no tombstones and a day of inserts and removals never slowly fills
 * the table. A record is free when its meta word is 0. Sized once; single thread.
 */
abstract class InlineRecordTable {
    /** The records, {@code stride} longs each. */
    final long[] records;
    /** Record count minus one. */
    final int mask;
    private final int stride;
    private final int metaOffset;
    /** Records in use. */
    int size;

    /**
     * Creates an empty table.
     *
     * @param recordCount a power of two
     * @param stride longs a record
     * @param metaOffset the long of a record that is 0 exactly when the record is free
     */
    InlineRecordTable(final int recordCount, final int stride, final int metaOffset) {
        this.records = new long[recordCount * stride];
        this.mask = recordCount - 1;
        this.stride = stride;
        this.metaOffset = metaOffset;
    }

    /**
     * Returns the home of the record whose first long is at {@code at}: where its probe starts.
     *
     * @param at the index in {@link #records} of a record in use
     * @return its home record
     */
    abstract int homeOfRecordAt(int at);

    /**
     * Frees a record. Backward-shift deletion: walks the run after the emptied record and moves
     * back every record whose home does not lie cyclically in (hole, current], so every record
     * stays reachable from its home.
     *
     * @param record a record in use, from the subclass's find, not since invalidated
     */
    final void removeRecord(final int record) {
        final long[] records = this.records;
        int hole = record;
        int i = record;
        while (true) {
            i = (i + 1) & mask;
            final int at = i * stride;
            if (records[at + metaOffset] == 0) {
                break;
            }
            final int home = homeOfRecordAt(at);
            final boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                System.arraycopy(records, at, records, hole * stride, stride);
                hole = i;
            }
        }
        records[hole * stride + metaOffset] = 0;
        size--;
    }
}
