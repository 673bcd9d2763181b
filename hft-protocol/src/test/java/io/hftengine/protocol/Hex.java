package io.hftengine.protocol;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Test helper: hex text (spaces allowed between fields) to bytes.
 */
public final class Hex
{
    private Hex()
    {
    }

    /**
     * Parses hex digits, ignoring spaces.
     *
     * @param text hex digits grouped by field
     * @return the bytes
     */
    public static byte[] bytes(final String text)
    {
        final String digits = text.replace(" ", "");
        if (digits.length() % 2 != 0)
        {
            throw new IllegalArgumentException("odd number of hex digits: " + text);
        }
        final byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = (byte)Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /**
     * Wraps the parsed bytes in a buffer of exactly their length.
     *
     * @param text hex digits grouped by field
     * @return a buffer over the bytes
     */
    public static UnsafeBuffer buffer(final String text)
    {
        return new UnsafeBuffer(bytes(text));
    }
}
