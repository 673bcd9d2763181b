package io.hftengine.protocol.itch;

import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import org.agrona.DirectBuffer;

/**
 * Feeds the messages of MoldUDP64 packets to an {@link ItchDecoder}, in sequence: the market data
 * chain {@code MoldUdp64Decoder -> ItchMoldUdp64Listener -> ItchDecoder -> ItchListener}.
 *
 * <p>Sequence tracking: a message below the next expected sequence number is a duplicate (a
 * retransmission or the other line of an A/B feed) and is skipped; a jump forward is a gap, counted
 * with the number of messages missed, and the message is delivered (recovery is the caller's
 * business). The first message, heartbeat or end of session seen sets the expectation unless
 * {@link #expectSequenceNumber(long)} was called. Allocation-free; not thread-safe.
 */
public final class ItchMoldUdp64Listener implements MoldUdp64Listener
{
    private final ItchDecoder decoder;
    private long nextSequenceNumber = -1;
    private long duplicates;
    private long gaps;
    private long messagesMissed;
    private boolean endOfSession;

    /**
     * Creates the bridge.
     *
     * @param decoder the ITCH decoder that receives each new message
     */
    public ItchMoldUdp64Listener(final ItchDecoder decoder)
    {
        this.decoder = decoder;
    }

    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length)
    {
        if (nextSequenceNumber >= 0)
        {
            if (sequenceNumber < nextSequenceNumber)
            {
                duplicates++;
                return;
            }
            if (sequenceNumber > nextSequenceNumber)
            {
                gaps++;
                messagesMissed += sequenceNumber - nextSequenceNumber;
            }
        }
        nextSequenceNumber = sequenceNumber + 1;
        decoder.decode(buffer, offset, length);
    }

    @Override
    public void onHeartbeat(final long nextSequenceNumber)
    {
        if (this.nextSequenceNumber < 0)
        {
            // A late joiner's first packet on a quiet feed: the server's next number is the
            // start, so messages lost after it are a gap rather than silently the new start.
            this.nextSequenceNumber = nextSequenceNumber;
        }
        else if (nextSequenceNumber > this.nextSequenceNumber)
        {
            gaps++;
            messagesMissed += nextSequenceNumber - this.nextSequenceNumber;
            this.nextSequenceNumber = nextSequenceNumber;
        }
    }

    @Override
    public void onEndOfSession(final long nextSequenceNumber)
    {
        onHeartbeat(nextSequenceNumber);
        endOfSession = true;
    }

    /**
     * Sets the sequence number of the next message to deliver (e.g. 1 at the start of a session).
     *
     * @param sequenceNumber the next expected sequence number
     */
    public void expectSequenceNumber(final long sequenceNumber)
    {
        nextSequenceNumber = sequenceNumber;
    }

    /**
     * Returns the sequence number of the next message expected.
     *
     * @return the next expected sequence number, or -1 before the first packet
     */
    public long nextSequenceNumber()
    {
        return nextSequenceNumber;
    }

    /**
     * Returns the number of messages skipped as already delivered.
     *
     * @return duplicates skipped
     */
    public long duplicates()
    {
        return duplicates;
    }

    /**
     * Returns the number of forward jumps in the sequence.
     *
     * @return gaps seen
     */
    public long gaps()
    {
        return gaps;
    }

    /**
     * Returns the total number of messages the gaps skipped over.
     *
     * @return messages missed
     */
    public long messagesMissed()
    {
        return messagesMissed;
    }

    /**
     * Tells whether an end-of-session packet has been seen.
     *
     * @return {@code true} after end of session
     */
    public boolean isEndOfSession()
    {
        return endOfSession;
    }
}
