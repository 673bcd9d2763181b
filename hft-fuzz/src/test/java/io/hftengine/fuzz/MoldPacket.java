package io.hftengine.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A MoldUDP64 downstream packet written byte by byte, so that its count and length prefixes may
 * lie (the project's encoder only writes honest ones): 10-byte session, 8-byte sequence number,
 * 2-byte count, then per message a 2-byte length and the body, all big-endian.
 */
final class MoldPacket
{
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * Starts a packet.
     *
     * @param session up to 10 ASCII characters, space padded
     * @param sequence the sequence number field
     * @param countField the message count field, 0..65535 (0 a heartbeat, 65535 End of Session)
     */
    MoldPacket(final String session, final long sequence, final int countField)
    {
        final byte[] name = String.format("%-10s", session).getBytes(StandardCharsets.US_ASCII);
        out.write(name, 0, 10);
        for (int shift = 56; shift >= 0; shift -= 8)
        {
            out.write((int)(sequence >>> shift));
        }
        out.write(countField >>> 8);
        out.write(countField);
    }

    /**
     * Appends a message block.
     *
     * @param lengthField the length prefix, 0..65535, true or not
     * @param body the bytes that follow it
     * @return this
     */
    MoldPacket message(final int lengthField, final byte[] body)
    {
        out.write(lengthField >>> 8);
        out.write(lengthField);
        out.writeBytes(body);
        return this;
    }

    /**
     * Returns the datagram.
     *
     * @return the bytes written so far
     */
    byte[] bytes()
    {
        return out.toByteArray();
    }
}
