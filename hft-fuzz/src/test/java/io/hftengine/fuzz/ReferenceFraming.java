package io.hftengine.fuzz;

import java.util.Arrays;

/**
 * An independent, deliberately naive walk of 2-byte big-endian length-prefixed frames (BinaryFILE,
 * and the message blocks of MoldUDP64), written from the specification and used as the oracle
 * the real decoders are compared with. Zero lengths are counted as empties and skipped; a frame
 * that runs past the end stops the walk.
 */
final class ReferenceFraming
{
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int frames;
    private int empties;
    private int consumed;

    private ReferenceFraming()
    {
    }

    /**
     * Walks {@code bytes[start, end)}.
     *
     * @param bytes the stream
     * @param start where the first length prefix starts
     * @param end one past the last byte
     * @return the frames found
     */
    static ReferenceFraming of(final byte[] bytes, final int start, final int end)
    {
        final ReferenceFraming framing = new ReferenceFraming();
        int position = start;
        while (position + 2 <= end)
        {
            final int length = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
            if (length == 0)
            {
                framing.empties++;
                position += 2;
                continue;
            }
            if (position + 2 + length > end)
            {
                break;
            }
            framing.add(position + 2, length);
            position += 2 + length;
        }
        framing.consumed = position - start;
        return framing;
    }

    private void add(final int offset, final int length)
    {
        if (frames == offsets.length)
        {
            offsets = Arrays.copyOf(offsets, frames * 2);
            lengths = Arrays.copyOf(lengths, frames * 2);
        }
        offsets[frames] = offset;
        lengths[frames] = length;
        frames++;
    }

    int frames()
    {
        return frames;
    }

    int offset(final int index)
    {
        return offsets[index];
    }

    int length(final int index)
    {
        return lengths[index];
    }

    int empties()
    {
        return empties;
    }

    int consumed()
    {
        return consumed;
    }
}
