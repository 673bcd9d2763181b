package io.hftengine.protocol.soupbintcp;

import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PACKET_LENGTH_SIZE;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PACKET_TYPE_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PAYLOAD_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.MutableDirectBuffer;

/**
 * Writes SoupBinTCP packets into a buffer. Each method writes one whole packet at {@code offset}
 * and returns its size on the wire; data packets are written header first, so a message can be
 * encoded in place right after the header. Stateless and allocation-free.
 */
public final class SoupBinTcpEncoder
{
    private SoupBinTcpEncoder()
    {
    }

    /**
     * Writes a Login Request.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param username at most 6 ASCII characters
     * @param password at most 10 ASCII characters
     * @param requestedSession at most 10 ASCII characters; empty for the current session
     * @param requestedSequenceNumber the next sequenced message wanted; 0 for the most recent
     * @return the packet size in bytes (49)
     * @throws IllegalArgumentException if a field does not fit
     */
    public static int loginRequest(
        final MutableDirectBuffer buffer, final int offset, final CharSequence username, final CharSequence password,
        final CharSequence requestedSession, final long requestedSequenceNumber)
    {
        header(buffer, offset, SoupBinTcpDescriptor.LOGIN_REQUEST_PACKET_LENGTH, SoupBinTcpDescriptor.LOGIN_REQUEST);
        AsciiFields.putAlpha(buffer, offset + SoupBinTcpDescriptor.USERNAME_OFFSET, SoupBinTcpDescriptor.USERNAME_LENGTH, username);
        AsciiFields.putAlpha(buffer, offset + SoupBinTcpDescriptor.PASSWORD_OFFSET, SoupBinTcpDescriptor.PASSWORD_LENGTH, password);
        AsciiFields.putAlpha(
            buffer, offset + SoupBinTcpDescriptor.REQUESTED_SESSION_OFFSET, SoupBinTcpDescriptor.SESSION_LENGTH, requestedSession);
        AsciiFields.putRightJustifiedNumber(
            buffer, offset + SoupBinTcpDescriptor.REQUESTED_SEQUENCE_NUMBER_OFFSET, SoupBinTcpDescriptor.SEQUENCE_NUMBER_LENGTH,
            requestedSequenceNumber);
        return PACKET_LENGTH_SIZE + SoupBinTcpDescriptor.LOGIN_REQUEST_PACKET_LENGTH;
    }

    /**
     * Writes a Login Accepted.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param session at most 10 ASCII characters; a shorter one is padded on the left with spaces,
     *     as the SoupBinTCP 3.00 field note for this field says (and nassau does), unlike the Alpha
     *     fields elsewhere
     * @param sequenceNumber the sequence number of the next Sequenced Data packet
     * @return the packet size in bytes (33)
     * @throws IllegalArgumentException if a field does not fit
     */
    public static int loginAccepted(
        final MutableDirectBuffer buffer, final int offset, final CharSequence session, final long sequenceNumber)
    {
        header(buffer, offset, SoupBinTcpDescriptor.LOGIN_ACCEPTED_PACKET_LENGTH, SoupBinTcpDescriptor.LOGIN_ACCEPTED);
        AsciiFields.putRightJustifiedAlpha(
            buffer, offset + SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET, SoupBinTcpDescriptor.SESSION_LENGTH, session);
        AsciiFields.putRightJustifiedNumber(
            buffer, offset + SoupBinTcpDescriptor.ACCEPTED_SEQUENCE_NUMBER_OFFSET, SoupBinTcpDescriptor.SEQUENCE_NUMBER_LENGTH,
            sequenceNumber);
        return PACKET_LENGTH_SIZE + SoupBinTcpDescriptor.LOGIN_ACCEPTED_PACKET_LENGTH;
    }

    /**
     * Writes a Login Rejected.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param reasonCode {@code 'A'} not authorized or {@code 'S'} session not available
     * @return the packet size in bytes (4)
     */
    public static int loginRejected(final MutableDirectBuffer buffer, final int offset, final char reasonCode)
    {
        header(buffer, offset, SoupBinTcpDescriptor.LOGIN_REJECTED_PACKET_LENGTH, SoupBinTcpDescriptor.LOGIN_REJECTED);
        buffer.putByte(offset + SoupBinTcpDescriptor.REJECT_REASON_OFFSET, (byte)reasonCode);
        return PACKET_LENGTH_SIZE + SoupBinTcpDescriptor.LOGIN_REJECTED_PACKET_LENGTH;
    }

    /**
     * Writes the 3-byte header of a Sequenced Data packet; the caller writes the payload at
     * {@code offset + 3}.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param payloadLength the message length, 0 to 65534
     * @return the packet size in bytes, header included
     * @throws IllegalArgumentException if the payload is too long
     */
    public static int sequencedDataHeader(final MutableDirectBuffer buffer, final int offset, final int payloadLength)
    {
        return dataHeader(buffer, offset, payloadLength, SoupBinTcpDescriptor.SEQUENCED_DATA);
    }

    /**
     * Writes the 3-byte header of an Unsequenced Data packet; the caller writes the payload at
     * {@code offset + 3}.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param payloadLength the message length, 0 to 65534
     * @return the packet size in bytes, header included
     * @throws IllegalArgumentException if the payload is too long
     */
    public static int unsequencedDataHeader(final MutableDirectBuffer buffer, final int offset, final int payloadLength)
    {
        return dataHeader(buffer, offset, payloadLength, SoupBinTcpDescriptor.UNSEQUENCED_DATA);
    }

    /**
     * Writes a packet that has a type and no payload: Server Heartbeat, Client Heartbeat, Logout
     * Request or End of Session.
     *
     * @param buffer the buffer to write
     * @param offset where the packet starts
     * @param packetType one of the payload-free types of {@link SoupBinTcpDescriptor}
     * @return the packet size in bytes (3)
     * @throws IllegalArgumentException if the type carries a payload
     */
    public static int emptyPacket(final MutableDirectBuffer buffer, final int offset, final byte packetType)
    {
        if (packetType != SoupBinTcpDescriptor.SERVER_HEARTBEAT && packetType != SoupBinTcpDescriptor.CLIENT_HEARTBEAT &&
            packetType != SoupBinTcpDescriptor.LOGOUT_REQUEST && packetType != SoupBinTcpDescriptor.END_OF_SESSION)
        {
            throw new IllegalArgumentException("packet type has a payload: " + (char)packetType);
        }
        header(buffer, offset, 1, packetType);
        return PAYLOAD_OFFSET;
    }

    private static int dataHeader(final MutableDirectBuffer buffer, final int offset, final int payloadLength, final byte type)
    {
        if (payloadLength < 0 || payloadLength > 0xFFFE)
        {
            throw new IllegalArgumentException("payload length out of range: " + payloadLength);
        }
        header(buffer, offset, 1 + payloadLength, type);
        return PAYLOAD_OFFSET + payloadLength;
    }

    private static void header(final MutableDirectBuffer buffer, final int offset, final int packetLength, final byte type)
    {
        buffer.putShort(offset, (short)packetLength, BIG_ENDIAN);
        buffer.putByte(offset + PACKET_TYPE_OFFSET, type);
    }
}
