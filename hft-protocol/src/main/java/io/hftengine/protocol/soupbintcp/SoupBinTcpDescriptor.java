package io.hftengine.protocol.soupbintcp;

/**
 * Layouts of SoupBinTCP 3.00 packets. Every packet is a 2-byte big-endian length (counting the
 * type byte and payload, not itself), a 1-byte ASCII type, then the payload.
 *
 * <pre>
 * offset size  field
 *    0     2  packetLength  u16 = 1 + payload length
 *    2     1  packetType
 *    3     n  payload
 *
 * Login Request 'L' (packetLength 47)      Login Accepted 'A' (packetLength 31)
 *    3     6  username    Alpha              3    10  session          Alpha, left padded
 *    9    10  password    Alpha             13    20  sequenceNumber   Numeric
 *   19    10  requestedSession  Alpha
 *   29    20  requestedSequenceNumber  Numeric
 *
 * Login Rejected 'J' (packetLength 2): 3  1  rejectReasonCode ('A' not authorized,
 *                                             'S' session not available)
 * Sequenced Data 'S', Unsequenced Data 'U', Debug '+': payload of any length
 * Server Heartbeat 'H', Client Heartbeat 'R', Logout Request 'O', End of Session 'Z':
 *                                             no payload (packetLength 1)
 * </pre>
 * Alpha: left-justified, space padded, except the Login Accepted session, which its field note
 * says is padded on the left. Numeric: ASCII digits, right-justified, space padded.
 */
public final class SoupBinTcpDescriptor
{
    /** Offset of the packet length. */
    public static final int PACKET_LENGTH_OFFSET = 0;
    /** Size of the packet length field. */
    public static final int PACKET_LENGTH_SIZE = 2;
    /** Offset of the packet type. */
    public static final int PACKET_TYPE_OFFSET = 2;
    /** Offset of the payload; also the length of a packet without payload. */
    public static final int PAYLOAD_OFFSET = 3;
    /** Largest packet on the wire: length field plus 0xFFFF. */
    public static final int MAX_PACKET_SIZE = PACKET_LENGTH_SIZE + 0xFFFF;

    /** Type of a Login Request packet (client). */
    public static final byte LOGIN_REQUEST = 'L';
    /** Type of a Login Accepted packet (server). */
    public static final byte LOGIN_ACCEPTED = 'A';
    /** Type of a Login Rejected packet (server). */
    public static final byte LOGIN_REJECTED = 'J';
    /** Type of a Sequenced Data packet (server). */
    public static final byte SEQUENCED_DATA = 'S';
    /** Type of an Unsequenced Data packet (client or server). */
    public static final byte UNSEQUENCED_DATA = 'U';
    /** Type of a Server Heartbeat packet. */
    public static final byte SERVER_HEARTBEAT = 'H';
    /** Type of a Client Heartbeat packet. */
    public static final byte CLIENT_HEARTBEAT = 'R';
    /** Type of a Logout Request packet (client). */
    public static final byte LOGOUT_REQUEST = 'O';
    /** Type of an End of Session packet (server). */
    public static final byte END_OF_SESSION = 'Z';
    /** Type of a Debug packet (either side, free text). */
    public static final byte DEBUG = '+';

    /** Offset of the username in a Login Request. */
    public static final int USERNAME_OFFSET = 3;
    /** Width of the username. */
    public static final int USERNAME_LENGTH = 6;
    /** Offset of the password in a Login Request. */
    public static final int PASSWORD_OFFSET = 9;
    /** Width of the password. */
    public static final int PASSWORD_LENGTH = 10;
    /** Offset of the requested session in a Login Request. */
    public static final int REQUESTED_SESSION_OFFSET = 19;
    /** Offset of the requested sequence number in a Login Request. */
    public static final int REQUESTED_SEQUENCE_NUMBER_OFFSET = 29;
    /** Packet length field of a Login Request. */
    public static final int LOGIN_REQUEST_PACKET_LENGTH = 47;

    /** Offset of the session in a Login Accepted. */
    public static final int ACCEPTED_SESSION_OFFSET = 3;
    /** Offset of the sequence number in a Login Accepted. */
    public static final int ACCEPTED_SEQUENCE_NUMBER_OFFSET = 13;
    /** Packet length field of a Login Accepted. */
    public static final int LOGIN_ACCEPTED_PACKET_LENGTH = 31;

    /** Offset of the reject reason code in a Login Rejected. */
    public static final int REJECT_REASON_OFFSET = 3;
    /** Packet length field of a Login Rejected. */
    public static final int LOGIN_REJECTED_PACKET_LENGTH = 2;

    /** Width of a session name. */
    public static final int SESSION_LENGTH = 10;
    /** Width of a Numeric sequence number. */
    public static final int SEQUENCE_NUMBER_LENGTH = 20;

    private SoupBinTcpDescriptor()
    {
    }
}
