package io.hftengine.protocol.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.Hex;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * MoldUDP64 packets assembled by hand from the specification: session "SESSION001", sequence
 * number 42 (0x2A), then message blocks.
 */
class MoldUdp64DecoderTest
{
    private static final String SESSION = "53455353494F4E303031";
    private final Recorder recorder = new Recorder();
    private final MoldUdp64Decoder decoder = new MoldUdp64Decoder(recorder);

    @Test
    void deliversEachMessageWithItsOwnSequenceNumber()
    {
        final UnsafeBuffer packet = Hex.buffer(SESSION + " 000000000000002A 0002 0003 414243 0001 44");
        assertEquals(2, decoder.decode(packet, 0, packet.capacity()));
        assertEquals(List.of("42:ABC", "43:D"), recorder.events);
        assertEquals("SESSION001", decoder.header().appendSession(new StringBuilder()).toString());
        assertEquals(0, decoder.errorCounters().total());
    }

    @Test
    void heartbeatAndEndOfSessionCarryTheNextSequenceNumber()
    {
        final UnsafeBuffer heartbeat = Hex.buffer(SESSION + " 000000000000002A 0000");
        final UnsafeBuffer end = Hex.buffer(SESSION + " 000000000000002B FFFF");
        assertEquals(0, decoder.decode(heartbeat, 0, heartbeat.capacity()));
        assertEquals(0, decoder.decode(end, 0, end.capacity()));
        assertEquals(List.of("heartbeat:42", "end:43"), recorder.events);
        assertEquals(0, decoder.errorCounters().total());
    }

    @Test
    void countThatOverrunsTheDatagramDeliversTheCompleteMessagesAndIsCounted()
    {
        final UnsafeBuffer packet = Hex.buffer(SESSION + " 0000000000000001 0003 0001 41 0005 4242");
        assertEquals(1, decoder.decode(packet, 0, packet.capacity()));
        assertEquals(List.of("1:A"), recorder.events);
        assertEquals(1, decoder.errorCounters().count(DecodeError.COUNT_OVERRUN));
        final UnsafeBuffer noLength = Hex.buffer(SESSION + " 0000000000000001 0002 0001 41 00");
        assertEquals(1, decoder.decode(noLength, 0, noLength.capacity()));
        assertEquals(2, decoder.errorCounters().count(DecodeError.COUNT_OVERRUN));
    }

    @Test
    void datagramShorterThanTheHeaderIsDropped()
    {
        final UnsafeBuffer packet = Hex.buffer(SESSION + " 00000000000000 01");
        assertEquals(0, decoder.decode(packet, 0, packet.capacity()));
        assertEquals(0, decoder.decode(packet, 5, 30));
        assertEquals(2, decoder.errorCounters().count(DecodeError.TRUNCATED_PACKET));
        assertTrue(recorder.events.isEmpty());
    }

    @Test
    void bytesAfterTheLastCountedMessageAreCountedAsTrailing()
    {
        final UnsafeBuffer packet = Hex.buffer(SESSION + " 0000000000000007 0001 0001 41 FFFF");
        assertEquals(1, decoder.decode(packet, 0, packet.capacity()));
        assertEquals(List.of("7:A"), recorder.events);
        assertEquals(1, decoder.errorCounters().count(DecodeError.TRAILING_BYTES));
    }

    @Test
    void requestPacketIsTwentyBytes()
    {
        final UnsafeBuffer request = Hex.buffer(SESSION + " 00000000000003E8 0064 00");
        final MoldUdp64Header header = new MoldUdp64Header();
        assertFalse(decoder.decodeRequest(request, 0, 21, header));
        assertFalse(decoder.decodeRequest(request, 0, 19, header));
        assertTrue(decoder.decodeRequest(request, 0, 20, header));
        assertEquals(1000, header.sequenceNumber());
        assertEquals(100, header.messageCount());
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(1, decoder.errorCounters().count(DecodeError.TRUNCATED_PACKET));

        final UnsafeBuffer encoded = new UnsafeBuffer(new byte[20]);
        new MoldUdp64Header().wrapForEncode(encoded, 0).session("SESSION001").sequenceNumber(1000).messageCount(100);
        assertEquals(new UnsafeBuffer(Hex.bytes(SESSION + " 00000000000003E8 0064")), encoded);
        assertTrue(header.sessionEquals(encoded, 0));
    }

    static final class Recorder implements MoldUdp64Listener
    {
        final List<String> events = new ArrayList<>();

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length)
        {
            events.add(sequenceNumber + ":" + buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onHeartbeat(final long nextSequenceNumber)
        {
            events.add("heartbeat:" + nextSequenceNumber);
        }

        @Override
        public void onEndOfSession(final long nextSequenceNumber)
        {
            events.add("end:" + nextSequenceNumber);
        }
    }
}
