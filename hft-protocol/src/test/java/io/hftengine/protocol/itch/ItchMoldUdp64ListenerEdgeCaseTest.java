package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Sequence tracking when the first packet a late joiner sees carries no message: on a quiet feed
 * that is a heartbeat, and its sequence number is the server's word on what comes next
 * (MoldUDP64 1.00: a heartbeat carries the sequence number of the next message), so messages
 * lost after it are a gap to recover, not silently the new start.
 */
class ItchMoldUdp64ListenerEdgeCaseTest
{
    private final CapturingItchListener itch = new CapturingItchListener();
    private final ItchMoldUdp64Listener bridge = new ItchMoldUdp64Listener(new ItchDecoder(itch));
    private final MoldUdp64Decoder mold = new MoldUdp64Decoder(bridge);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();

    @Test
    void messagesLostAfterAHeartbeatThatCameBeforeAnyMessageAreCountedAsAGap()
    {
        encoder.wrap(buffer, 0, buffer.capacity(), "S1", 100);
        mold.decode(buffer, 0, encoder.length());
        assertEquals(100, bridge.nextSequenceNumber());

        onePacket(105);
        assertEquals(1, itch.calls);
        assertEquals(1, bridge.gaps());
        assertEquals(5, bridge.messagesMissed());
        assertEquals(106, bridge.nextSequenceNumber());
    }

    @Test
    void anEndOfSessionBeforeAnyMessageSetsTheExpectationToo()
    {
        encoder.wrap(buffer, 0, buffer.capacity(), "S1", 42).endOfSession();
        mold.decode(buffer, 0, encoder.length());
        assertEquals(42, bridge.nextSequenceNumber());
        assertEquals(0, bridge.gaps());
        assertEquals(true, bridge.isEndOfSession());
    }

    @Test
    void aMessageAtTheHeartbeatsSequenceNumberIsNoGap()
    {
        encoder.wrap(buffer, 0, buffer.capacity(), "S1", 7);
        mold.decode(buffer, 0, encoder.length());
        onePacket(7);
        assertEquals(1, itch.calls);
        assertEquals(0, bridge.gaps());
        assertEquals(8, bridge.nextSequenceNumber());
    }

    private void onePacket(final long sequenceNumber)
    {
        encoder.wrap(buffer, 0, buffer.capacity(), "S1", sequenceNumber);
        new OrderDeleteMessage().wrapForEncode(buffer, encoder.claim(OrderDeleteMessage.LENGTH)).orderReferenceNumber(sequenceNumber);
        mold.decode(buffer, 0, encoder.length());
    }
}
