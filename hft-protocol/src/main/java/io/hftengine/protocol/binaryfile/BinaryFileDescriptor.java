package io.hftengine.protocol.binaryfile;

/**
 * Layout of NASDAQ's BinaryFILE framing, the format of the daily {@code *.NASDAQ_ITCH50} files.
 *
 * <pre>
 * offset size  field
 *    0     2  length   u16 big-endian, bytes of message that follow (0 is invalid)
 *    2     n  message  one protocol message, type byte first
 *  2+n        next frame ...
 * </pre>
 */
public final class BinaryFileDescriptor
{
    /** Offset of the length prefix within a frame. */
    public static final int LENGTH_OFFSET = 0;
    /** Size of the length prefix. */
    public static final int LENGTH_PREFIX_SIZE = 2;
    /** Largest message a frame can carry. */
    public static final int MAX_MESSAGE_LENGTH = 0xFFFF;
    /** Largest frame: prefix plus largest message. */
    public static final int MAX_FRAME_LENGTH = LENGTH_PREFIX_SIZE + MAX_MESSAGE_LENGTH;

    private BinaryFileDescriptor()
    {
    }
}
