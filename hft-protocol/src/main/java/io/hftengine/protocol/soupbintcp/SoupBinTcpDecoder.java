package io.hftengine.protocol.soupbintcp;

import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PACKET_LENGTH_SIZE;
import static io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor.PAYLOAD_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import org.agrona.DirectBuffer;

/**
 * Cuts complete SoupBinTCP packets out of a region of a stream and dispatches them to a
 * {@link SoupBinTcpListener}. An incomplete packet at the end is left unconsumed: the caller keeps
 * those bytes and offers them again with more (or uses {@link SoupBinTcpReceiver}, which does).
 *
 * <p>Bad packets are counted, reported and skipped; the length prefix keeps the stream in frame:
 * a zero length ({@link DecodeError#EMPTY_MESSAGE}), an unknown type
 * ({@link DecodeError#UNKNOWN_MESSAGE_TYPE}), a wrong length for a fixed-size type
 * ({@link DecodeError#LENGTH_MISMATCH}), a login sequence number that is not Numeric
 * ({@link DecodeError#INVALID_FIELD}). Allocation-free; not thread-safe.
 */
public final class SoupBinTcpDecoder
{
    private final SoupBinTcpLogin login = new SoupBinTcpLogin();
    private final SoupBinTcpListener listener;
    private final DecodeErrorListener errorListener;
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();
    private long packetsDecoded;

    /**
     * Creates a decoder that only counts errors.
     *
     * @param listener receives each valid packet
     */
    public SoupBinTcpDecoder(final SoupBinTcpListener listener)
    {
        this(listener, DecodeErrorListener.NO_OP);
    }

    /**
     * Creates a decoder.
     *
     * @param listener receives each valid packet
     * @param errorListener told about each bad packet, after it has been counted
     */
    public SoupBinTcpDecoder(final SoupBinTcpListener listener, final DecodeErrorListener errorListener)
    {
        if (null == listener || null == errorListener)
        {
            throw new NullPointerException("listener and errorListener are required");
        }
        this.listener = listener;
        this.errorListener = errorListener;
    }

    /**
     * Dispatches every complete packet in {@code [offset, offset + length)}.
     *
     * @param buffer the buffer holding stream bytes
     * @param offset where the first packet's length field starts
     * @param length bytes available; must lie inside the buffer
     * @return bytes consumed, up to the end of the last complete packet
     * @throws IllegalArgumentException if the region does not lie inside the buffer
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length)
    {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset)
        {
            throw new IllegalArgumentException("region outside buffer: offset=" + offset + " length=" + length);
        }
        final int end = offset + length;
        int position = offset;
        while (end - position >= PACKET_LENGTH_SIZE)
        {
            final int packetLength = buffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            if (packetLength > end - position - PACKET_LENGTH_SIZE)
            {
                break;
            }
            if (0 == packetLength)
            {
                reject(DecodeError.EMPTY_MESSAGE, buffer, position, PACKET_LENGTH_SIZE);
            }
            else
            {
                dispatch(buffer, position, packetLength);
            }
            position += PACKET_LENGTH_SIZE + packetLength;
        }
        return position - offset;
    }

    private void dispatch(final DirectBuffer buffer, final int packet, final int packetLength)
    {
        final int payloadLength = packetLength - 1;
        switch (buffer.getByte(packet + SoupBinTcpDescriptor.PACKET_TYPE_OFFSET))
        {
            case SoupBinTcpDescriptor.SEQUENCED_DATA:
                listener.onSequencedData(buffer, packet + PAYLOAD_OFFSET, payloadLength);
                break;
            case SoupBinTcpDescriptor.UNSEQUENCED_DATA:
                listener.onUnsequencedData(buffer, packet + PAYLOAD_OFFSET, payloadLength);
                break;
            case SoupBinTcpDescriptor.SERVER_HEARTBEAT:
                if (!expectLength(buffer, packet, packetLength, 1))
                {
                    return;
                }
                listener.onServerHeartbeat();
                break;
            case SoupBinTcpDescriptor.CLIENT_HEARTBEAT:
                if (!expectLength(buffer, packet, packetLength, 1))
                {
                    return;
                }
                listener.onClientHeartbeat();
                break;
            case SoupBinTcpDescriptor.LOGIN_REQUEST:
                if (!expectLength(buffer, packet, packetLength, SoupBinTcpDescriptor.LOGIN_REQUEST_PACKET_LENGTH))
                {
                    return;
                }
                login.wrap(buffer, packet);
                if (login.requestedSequenceNumber() < 0)
                {
                    reject(DecodeError.INVALID_FIELD, buffer, packet, PACKET_LENGTH_SIZE + packetLength);
                    return;
                }
                listener.onLoginRequest(login);
                break;
            case SoupBinTcpDescriptor.LOGIN_ACCEPTED:
                if (!expectLength(buffer, packet, packetLength, SoupBinTcpDescriptor.LOGIN_ACCEPTED_PACKET_LENGTH))
                {
                    return;
                }
                login.wrap(buffer, packet);
                if (login.sequenceNumber() < 0)
                {
                    reject(DecodeError.INVALID_FIELD, buffer, packet, PACKET_LENGTH_SIZE + packetLength);
                    return;
                }
                listener.onLoginAccepted(login);
                break;
            case SoupBinTcpDescriptor.LOGIN_REJECTED:
                if (!expectLength(buffer, packet, packetLength, SoupBinTcpDescriptor.LOGIN_REJECTED_PACKET_LENGTH))
                {
                    return;
                }
                listener.onLoginRejected((char)(buffer.getByte(packet + SoupBinTcpDescriptor.REJECT_REASON_OFFSET) & 0xFF));
                break;
            case SoupBinTcpDescriptor.LOGOUT_REQUEST:
                if (!expectLength(buffer, packet, packetLength, 1))
                {
                    return;
                }
                listener.onLogoutRequest();
                break;
            case SoupBinTcpDescriptor.END_OF_SESSION:
                if (!expectLength(buffer, packet, packetLength, 1))
                {
                    return;
                }
                listener.onEndOfSession();
                break;
            case SoupBinTcpDescriptor.DEBUG:
                listener.onDebug(buffer, packet + PAYLOAD_OFFSET, payloadLength);
                break;
            default:
                reject(DecodeError.UNKNOWN_MESSAGE_TYPE, buffer, packet, PACKET_LENGTH_SIZE + packetLength);
                return;
        }
        packetsDecoded++;
    }

    private boolean expectLength(final DirectBuffer buffer, final int packet, final int packetLength, final int expected)
    {
        if (packetLength != expected)
        {
            reject(DecodeError.LENGTH_MISMATCH, buffer, packet, PACKET_LENGTH_SIZE + packetLength);
            return false;
        }
        return true;
    }

    private void reject(final DecodeError error, final DirectBuffer buffer, final int offset, final int length)
    {
        errorCounters.increment(error);
        errorListener.onDecodeError(error, buffer, offset, length);
    }

    /**
     * Returns the number of packets dispatched.
     *
     * @return valid packets seen
     */
    public long packetsDecoded()
    {
        return packetsDecoded;
    }

    /**
     * Returns the counters of bad packets.
     *
     * @return this decoder's counters (live)
     */
    public DecodeErrorCounters errorCounters()
    {
        return errorCounters;
    }
}
