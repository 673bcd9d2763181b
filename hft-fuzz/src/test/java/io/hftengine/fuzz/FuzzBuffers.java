package io.hftengine.fuzz;

import java.util.Arrays;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Buffers shaped so that any read outside the bytes under test fails loudly.
 *
 * <p>Agrona's {@link UnsafeBuffer} checks every access against its capacity and throws
 * {@link IndexOutOfBoundsException} past it, so the input is placed flush with the end of the
 * buffer: a decoder that reads one byte too far trips the check. Bytes before the input are a
 * canary (0xA5) that no valid message starts with, so a read that strays backwards decodes garbage
 * that the per-field range checks of the listeners catch.
 */
final class FuzzBuffers
{
    /** The value of every canary byte placed before the input. */
    static final byte CANARY = (byte)0xA5;

    private FuzzBuffers()
    {
    }

    /**
     * Copies {@code input} to the end of a new buffer of capacity {@code prefix + input.length}.
     *
     * @param input the bytes under test
     * @param prefix how many canary bytes precede them
     * @return a bounds-checked buffer whose last {@code input.length} bytes are the input
     */
    static UnsafeBuffer atEnd(final byte[] input, final int prefix)
    {
        final byte[] bytes = new byte[prefix + input.length];
        Arrays.fill(bytes, 0, prefix, CANARY);
        System.arraycopy(input, 0, bytes, prefix, input.length);
        return new UnsafeBuffer(bytes);
    }
}
