package io.hftengine.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Arrays;

/**
 * The choices a structured target takes from its input: the part of {@link FuzzedDataProvider}
 * it uses. Fuzzing reads them from Jazzer's provider ({@link #of}); {@code SeedCorpusTest} replays
 * seed files without Jazzer's agent, which that provider needs, through {@link #replay}, which
 * reads bytes as Jazzer 0.30's provider does (checked against it on 150,000 mixed calls): byte
 * arrays from the front, integers from the back, first byte taken most significant, as many bytes
 * as the range needs; taken bytes that spell a value in range are that value, others give
 * {@code min + taken % (range + 1)}; the whole-range {@code consumeInt()} and {@code consumeLong()}
 * are the bytes as taken; a boolean is the low bit of one byte. {@link FuzzedDataBuilder} writes
 * the other way round.
 */
interface FuzzChoices
{
    /**
     * Returns an int in {@code [min, max]}, {@code min} once the input is spent.
     *
     * @param min smallest
     * @param max largest
     * @return the choice
     */
    int consumeInt(int min, int max);

    /**
     * Returns any int.
     *
     * @return the choice
     */
    int consumeInt();

    /**
     * Returns any long.
     *
     * @return the choice
     */
    long consumeLong();

    /**
     * Returns a boolean.
     *
     * @return the choice
     */
    boolean consumeBoolean();

    /**
     * Returns up to {@code max} bytes, fewer once the input runs out.
     *
     * @param max most bytes
     * @return the bytes
     */
    byte[] consumeBytes(int max);

    /**
     * Returns the bytes not consumed yet.
     *
     * @return 0 once the input is spent
     */
    int remainingBytes();

    /**
     * Choices from Jazzer's provider.
     *
     * @param data the provider
     * @return a view of it
     */
    static FuzzChoices of(final FuzzedDataProvider data)
    {
        return new FuzzChoices()
        {
            @Override
            public int consumeInt(final int min, final int max)
            {
                return data.consumeInt(min, max);
            }

            @Override
            public int consumeInt()
            {
                return data.consumeInt();
            }

            @Override
            public long consumeLong()
            {
                return data.consumeLong();
            }

            @Override
            public boolean consumeBoolean()
            {
                return data.consumeBoolean();
            }

            @Override
            public byte[] consumeBytes(final int max)
            {
                return data.consumeBytes(max);
            }

            @Override
            public int remainingBytes()
            {
                return data.remainingBytes();
            }
        };
    }

    /**
     * Choices read from stored bytes as Jazzer's provider reads them.
     *
     * @param input a seed or regression input
     * @return the choices it holds
     */
    static FuzzChoices replay(final byte[] input)
    {
        return new FuzzChoices()
        {
            private int start;
            private int end = input.length;
            /** The bytes of the last integer as taken, before folding into the range. */
            private long rawTaken;

            @Override
            public int consumeInt(final int min, final int max)
            {
                final long taken = inRange(((long)max - min) & 0xFFFF_FFFFL, 4);
                // Jazzer keeps bytes that already spell a value in range (so a value the fuzzer
                // copies from a comparison lands as it is); others are folded into the range.
                final int asIs = (int)rawTaken;
                return asIs >= min && asIs <= max ? asIs : (int)(min + taken);
            }

            @Override
            public int consumeInt()
            {
                // Jazzer's whole-range integers are the bytes as they come, not offset by the minimum
                return (int)inRange(0xFFFF_FFFFL, 4);
            }

            @Override
            public long consumeLong()
            {
                return inRange(-1L, 8);
            }

            @Override
            public boolean consumeBoolean()
            {
                return (inRange(0xFF, 1) & 1) == 1;
            }

            @Override
            public byte[] consumeBytes(final int max)
            {
                final int n = Math.min(Math.max(0, max), end - start);
                start += n;
                return Arrays.copyOfRange(input, start - n, start);
            }

            @Override
            public int remainingBytes()
            {
                return end - start;
            }

            /** An unsigned value in {@code [0, range]} (range unsigned) from bytes at the back. */
            private long inRange(final long range, final int maxBytes)
            {
                long result = 0;
                int taken = 0;
                while (taken < maxBytes && (range >>> (8 * taken)) != 0 && end > start)
                {
                    result = (result << 8) | (input[--end] & 0xFF);
                    taken++;
                }
                rawTaken = result;
                return range == -1L ? result : Long.remainderUnsigned(result, range + 1);
            }
        };
    }
}
