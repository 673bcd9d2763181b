package io.hftengine.fuzz;

import java.io.ByteArrayOutputStream;

/**
 * Builds the bytes a {@code FuzzedDataProvider} reads back as a given series of choices, so seed
 * inputs of targets that take one can be written on purpose (see {@link SeedCorpusWriter}).
 *
 * <p>The encoding is the one {@link FuzzChoices#replay} reads (Jazzer's, checked against its
 * provider on 150,000 mixed calls): byte arrays from the front of the input, integers from the
 * back. {@code SeedCorpusTest} replays the seeds and asserts they reach what they are written for.
 */
final class FuzzedDataBuilder
{
    private final ByteArrayOutputStream front = new ByteArrayOutputStream();
    /** Integer bytes in the order the provider takes them (from the end of the input backwards). */
    private final ByteArrayOutputStream back = new ByteArrayOutputStream();

    /**
     * The answer to {@code consumeInt(min, max)}.
     *
     * @param min as the target asks
     * @param max as the target asks
     * @param value the answer, in {@code [min, max]}
     * @return this
     * @throws IllegalArgumentException when the value is outside the range, or no bytes spell it
     */
    FuzzedDataBuilder consumeInt(final int min, final int max, final int value)
    {
        if (value < min || value > max)
        {
            throw new IllegalArgumentException(value + " outside [" + min + ", " + max + "]");
        }
        final long range = ((long)max - min) & 0xFFFF_FFFFL;
        int bytes = 0;
        while (bytes < 4 && (range >>> (8 * bytes)) != 0)
        {
            bytes++;
        }
        final long limit = 1L << (8 * bytes);
        // Bytes that spell a value in range are taken as that value; any others fold into it.
        long taken = value >= 0 && value < limit ? value : value - (long)min;
        while (taken < limit && spelled(taken, min, max, range) != value)
        {
            taken += range + 1;
        }
        if (taken >= limit)
        {
            throw new IllegalArgumentException("no " + bytes + " bytes spell " + value + " in [" + min + ", " + max + "]");
        }
        for (int i = bytes - 1; i >= 0; i--)
        {
            back.write((int)(taken >>> (8 * i)));
        }
        return this;
    }

    private static long spelled(final long taken, final int min, final int max, final long range)
    {
        final int asIs = (int)taken;
        return asIs >= min && asIs <= max ? asIs : min + taken % (range + 1);
    }

    /**
     * The answer to {@code consumeBoolean()}.
     *
     * @param value the answer
     * @return this
     */
    FuzzedDataBuilder consumeBoolean(final boolean value)
    {
        back.write(value ? 1 : 0);
        return this;
    }

    /**
     * The answer to {@code consumeBytes(n)} with {@code n >= bytes.length}, or to
     * {@code consumeRemainingAsBytes()}.
     *
     * @param bytes the answer
     * @return this
     */
    FuzzedDataBuilder consumeBytes(final byte[] bytes)
    {
        front.writeBytes(bytes);
        return this;
    }

    /**
     * Returns the input: the front bytes, then the integer bytes reversed.
     *
     * @return the bytes to store as a seed
     */
    byte[] build()
    {
        final byte[] ints = back.toByteArray();
        final byte[] out = new byte[front.size() + ints.length];
        System.arraycopy(front.toByteArray(), 0, out, 0, front.size());
        for (int i = 0; i < ints.length; i++)
        {
            out[out.length - 1 - i] = ints[i];
        }
        return out;
    }
}
