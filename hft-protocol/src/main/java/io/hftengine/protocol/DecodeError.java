package io.hftengine.protocol;

/**
 * The kinds of bad input the decoders of this module detect, one constant per kind.
 *
 * <p>Every decoder counts each rejected message or packet in a {@link DecodeErrorCounters} and
 * reports it to a {@link DecodeErrorListener}; none of them throws on bad input or reads outside
 * the bytes it was given.
 */
public enum DecodeError
{
    /** The type byte names no message of the protocol; the message is skipped. */
    UNKNOWN_MESSAGE_TYPE,
    /** The framing's length disagrees with the fixed length of the message's type; skipped. */
    LENGTH_MISMATCH,
    /** A frame of length zero (no type byte); the framing goes on with the next frame. */
    EMPTY_MESSAGE,
    /** A message whose declared length runs past the end of the buffer, file or packet. */
    TRUNCATED_MESSAGE,
    /** A packet shorter than its protocol header; the whole packet is dropped. */
    TRUNCATED_PACKET,
    /** A MoldUDP64 count that promises more messages than the datagram holds; the complete
     *  messages before the overrun are delivered, the rest of the datagram is dropped. */
    COUNT_OVERRUN,
    /** Bytes left in a MoldUDP64 datagram after its {@code count} messages; they are ignored. */
    TRAILING_BYTES,
    /** A field that must be ASCII digits or a known code is not (SoupBinTCP login fields). */
    INVALID_FIELD;

    private static final DecodeError[] VALUES = values();

    /**
     * Returns the constant with the given ordinal, without the copy {@link #values()} makes.
     *
     * @param ordinal a value from 0 to {@link #count()} - 1
     * @return the constant
     * @throws ArrayIndexOutOfBoundsException if {@code ordinal} is out of range
     */
    public static DecodeError fromOrdinal(final int ordinal)
    {
        return VALUES[ordinal];
    }

    /**
     * Returns how many kinds there are.
     *
     * @return the number of constants
     */
    public static int count()
    {
        return VALUES.length;
    }
}
