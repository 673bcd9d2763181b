package io.hftengine.protocol.moldudp64;

/**
 * Layouts of MoldUDP64 1.00 packets, all integers big-endian.
 *
 * <p>Downstream packet (server to client):
 * <pre>
 * offset size  field
 *    0    10  session          Alpha, names the session
 *   10     8  sequenceNumber   u64, sequence number of the first message (of the next one
 *                              expected, for a heartbeat or end of session)
 *   18     2  messageCount     u16; 0 = heartbeat, 0xFFFF = end of session
 *   20        message blocks: 2-byte length, then that many bytes, messageCount times
 * </pre>
 *
 * <p>Request packet (client to retransmission server), 20 bytes:
 * <pre>
 * offset size  field
 *    0    10  session
 *   10     8  sequenceNumber   u64, first message wanted
 *   18     2  messageCount     u16, how many messages wanted
 * </pre>
 */
public final class MoldUdp64Descriptor
{
    /** Offset of the session name. */
    public static final int SESSION_OFFSET = 0;
    /** Width of the session name. */
    public static final int SESSION_LENGTH = 10;
    /** Offset of the sequence number. */
    public static final int SEQUENCE_NUMBER_OFFSET = 10;
    /** Offset of the message count. */
    public static final int MESSAGE_COUNT_OFFSET = 18;
    /** Length of the packet header; the first message block starts here. */
    public static final int HEADER_LENGTH = 20;
    /** Length of a request packet. */
    public static final int REQUEST_LENGTH = 20;
    /** Size of the length prefix of each message block. */
    public static final int MESSAGE_LENGTH_SIZE = 2;
    /** Message count of a heartbeat. */
    public static final int HEARTBEAT_COUNT = 0;
    /** Message count that marks the end of the session. */
    public static final int END_OF_SESSION_COUNT = 0xFFFF;
    /** Largest payload of a packet on a 1500-byte Ethernet MTU (minus IPv4 and UDP headers). */
    public static final int MAX_PACKET_LENGTH_ETHERNET = 1500 - 20 - 8;

    private MoldUdp64Descriptor()
    {
    }
}
