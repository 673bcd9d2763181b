package io.hftengine.protocol.soupbintcp;

import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.ACCEPTED_SEQUENCE_NUMBER_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PASSWORD_LENGTH;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PASSWORD_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.REQUESTED_SEQUENCE_NUMBER_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.REQUESTED_SESSION_OFFSET;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.SEQUENCE_NUMBER_LENGTH;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.SESSION_LENGTH;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.USERNAME_LENGTH;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.USERNAME_OFFSET;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;

/**
 * Read-only flyweight over a Login Request or Login Accepted packet (offsets from the start of the
 * packet, length field included; see {@link SoupBinTcpDescriptor}). Which getters apply depends
 * on the packet type. Not thread-safe.
 */
public final class SoupBinTcpLogin
{
    private DirectBuffer buffer;
    private int offset;

    /**
     * Creates a flyweight wrapped over nothing.
     */
    public SoupBinTcpLogin()
    {
    }

    /**
     * Points this flyweight at a packet already checked to be a whole login packet.
     *
     * @param buffer the buffer holding the packet
     * @param offset where the packet (its length field) starts
     * @return this flyweight
     */
    public SoupBinTcpLogin wrap(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * Appends the username of a Login Request, trailing spaces removed; a byte that is not
     * printable ASCII appears as {@code \xNN}.
     *
     * @param sb the builder
     * @return {@code sb}
     */
    public StringBuilder appendUsername(final StringBuilder sb)
    {
        AsciiFields.appendTrimmed(sb, buffer, offset + USERNAME_OFFSET, USERNAME_LENGTH);
        return sb;
    }

    /**
     * Appends the password of a Login Request, trailing spaces removed; a byte that is not
     * printable ASCII appears as {@code \xNN}.
     *
     * @param sb the builder
     * @return {@code sb}
     */
    public StringBuilder appendPassword(final StringBuilder sb)
    {
        AsciiFields.appendTrimmed(sb, buffer, offset + PASSWORD_OFFSET, PASSWORD_LENGTH);
        return sb;
    }

    /**
     * Appends the requested session of a Login Request (empty: the current session).
     *
     * @param sb the builder
     * @return {@code sb}
     */
    public StringBuilder appendRequestedSession(final StringBuilder sb)
    {
        AsciiFields.appendTrimmed(sb, buffer, offset + REQUESTED_SESSION_OFFSET, SESSION_LENGTH);
        return sb;
    }

    /**
     * Returns the requested sequence number of a Login Request (0: the most recent).
     *
     * @return the number, or -1 if the field is not Numeric
     */
    public long requestedSequenceNumber()
    {
        return AsciiFields.parseNumeric(buffer, offset + REQUESTED_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH);
    }

    /**
     * Appends the session of a Login Accepted, trailing spaces removed; a byte that is not
     * printable ASCII appears as {@code \xNN} (see {@link #isSessionPrintable()}).
     *
     * @param sb the builder
     * @return {@code sb}
     */
    public StringBuilder appendSession(final StringBuilder sb)
    {
        AsciiFields.appendTrimmed(sb, buffer, offset + ACCEPTED_SESSION_OFFSET, SESSION_LENGTH);
        return sb;
    }

    /**
     * Tells whether the session of a Login Accepted is printable ASCII (the SoupBinTCP Alpha
     * type), so that a client can echo it in its next Login Request; one that is not cannot be
     * written there as it came.
     *
     * @return true when every byte of the field is 0x20 to 0x7E
     */
    public boolean isSessionPrintable()
    {
        for (int i = 0; i < SESSION_LENGTH; i++)
        {
            final int b = buffer.getByte(offset + ACCEPTED_SESSION_OFFSET + i) & 0xFF;
            if (b < 0x20 || b > 0x7E)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the sequence number of the next Sequenced Data packet, from a Login Accepted.
     *
     * @return the number, or -1 if the field is not Numeric
     */
    public long sequenceNumber()
    {
        return AsciiFields.parseNumeric(buffer, offset + ACCEPTED_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH);
    }
}
