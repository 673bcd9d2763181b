package io.hftengine.pipeline.journal;

/**
 * Layout of the drop-copy journal file, little-endian (the record length is stored with an
 * ordered store in native order, which is little-endian on x86-64 and AArch64, the only
 * platforms this toolkit targets).
 *
 * <pre>
 * File header (64 bytes):
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                 magic "HFTJRNL1" (8 bytes)                    |
 *  +---------------------------------------------------------------+
 *  |            version (int32)    |      header length (int32)    |
 *  +---------------------------------------------------------------+
 *  |                     reserved (48 bytes of 0)                  |
 *  +---------------------------------------------------------------+
 * Records, back to back from offset 64:
 *  +---------------------------------------------------------------+
 *  | record length (int32, header + payload; written LAST, ordered)|
 *  +---------------+---------------+-------------------------------+
 *  | direction 'O'/'I' | flags     | stock locate (uint16)         |
 *  +---------------------------------------------------------------+
 *  |         clock time, epoch ns (int64; virtual in replay)        |
 *  +---------------------------------------------------------------+
 *  |                  client order id (int64)                      |
 *  +---------------------------------------------------------------+
 *  | sequence (int64): outbound, the feed sequence of the message  |
 *  | that caused it; inbound, the venue's number of the reply      |
 *  +---------------------------------------------------------------+
 *  |                 payload: one OUCH 4.2 message                 |
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * <p>Flags bit 0 ({@link #FLAG_LOCATE_AND_VENUE_SEQUENCE}) says the record carries the stock
 * locate of the order (outbound Enter Order; 0 in other records) and, inbound, the venue's
 * sequence number of the reply (a SoupBinTCP Sequenced Data number; 0 where the transport numbers
 * none). Bit 1 ({@link #FLAG_AFTER_DROP}) marks the first record after records the gateway had to
 * drop (a full journal ring). Records of direction {@link #SESSION} mark a venue session started.
 * Every record this version's writer makes has bit 0; journals written before it have 0 in
 * those bytes and their inbound sequence is not the venue's: such records can be read, not
 * recovered from ({@code io.hftengine.pipeline.recovery}). Every reply the gateway is handed is
 * journaled, so a SoupBinTCP session's replies are numbered without a hole unless the journal
 * ring overflowed (counted by the gateway) or a crash lost the tail.
 *
 * <p>A record length of 0 marks the end: the file is pre-extended with zeros and each record's
 * length is stored after its body with an ordered store, so after a crash every record whose
 * length is non-zero is complete. On a clean close the file is truncated after the last record.
 * Contents are a pure function of the order stream and the clock, so two replays of the same
 * input produce byte-identical journals.
 */
public final class JournalDescriptor {
    /** File magic, the ASCII bytes "HFTJRNL1" read as a little-endian long. */
    public static final long MAGIC = 0x314C4E524A544648L;
    /** Layout version. */
    public static final int VERSION = 1;
    /** Offset of the version field. */
    public static final int VERSION_OFFSET = 8;
    /** Offset of the header length field. */
    public static final int HEADER_LENGTH_OFFSET = 12;
    /** File header length: the first record starts here. */
    public static final int FILE_HEADER_LENGTH = 64;

    /** Offset of the record length in a record. */
    public static final int RECORD_LENGTH_OFFSET = 0;
    /** Offset of the direction byte. */
    public static final int DIRECTION_OFFSET = 4;
    /** Offset of the flags byte. */
    public static final int FLAGS_OFFSET = 5;
    /** Offset of the stock locate (uint16, little-endian). */
    public static final int LOCATE_OFFSET = 6;
    /** Flags bit: the record's locate and, inbound, its venue sequence number are meaningful. */
    public static final byte FLAG_LOCATE_AND_VENUE_SEQUENCE = 1;
    /**
     * Flags bit: records were dropped just before this one (the gateway found the journal ring
     * full): the journal is incomplete from here back to the record before.
     */
    public static final byte FLAG_AFTER_DROP = 2;
    /** Offset of the clock time. */
    public static final int TIME_OFFSET = 8;
    /** Offset of the client order id. */
    public static final int ORDER_ID_OFFSET = 16;
    /**
     * Offset of the sequence: outbound, the feed (MoldUDP64) sequence number of the causing
     * message; inbound, the venue's sequence number of the reply.
     */
    public static final int FEED_SEQUENCE_OFFSET = 24;
    /** Record header length: the payload starts here. */
    public static final int RECORD_HEADER_LENGTH = 32;
    /** Largest payload (the longest OUCH 4.2 message is well under this). */
    public static final int MAX_PAYLOAD = 96;

    /** Direction byte of a message we sent. */
    public static final byte OUTBOUND = 'O';
    /** Direction byte of a message we received. */
    public static final byte INBOUND = 'I';
    /**
     * Direction byte of a venue session started (a SoupBinTCP Login Accepted, the first and
     * every reconnect): the payload is the session name (10 ASCII bytes, space padded), the
     * sequence the number of the next reply.
     */
    public static final byte SESSION = 'S';

    private JournalDescriptor() {
    }
}
