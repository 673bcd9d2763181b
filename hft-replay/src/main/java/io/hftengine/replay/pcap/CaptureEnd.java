package io.hftengine.replay.pcap;

/**
 * How a capture ended, as far as the reader has read it.
 */
public enum CaptureEnd {
    /** Not at the end yet: more records may follow. */
    NOT_REACHED,
    /** The last record ended exactly at the end of the file. */
    COMPLETE,
    /**
     * The file ends inside a record (a copy cut short, or a writer killed mid-record): every
     * earlier record was delivered, the partial one was counted as {@link SkipReason#TRUNCATED_RECORD}.
     */
    TRUNCATED,
    /**
     * A zero record header was found where the next record should be, and nothing but zeros after
     * it (beyond the one record a writer killed mid-record leaves): a recording that was never
     * closed ends here, the zeros after it are space mapped but not written.
     */
    UNWRITTEN_TAIL,
    /**
     * A record length was impossible, or records follow a zeroed header
     * ({@link SkipReason#CORRUPT_RECORD}); the rest is not read.
     */
    CORRUPT
}
