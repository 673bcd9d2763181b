package io.hftengine.protocol.soupbintcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.Hex;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * SoupBinTCP packets against bytes assembled from the specification, and bad packets.
 */
class SoupBinTcpTest
{
    private final Recorder recorder = new Recorder();
    private final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(recorder);

    @Test
    void loginRequestMatchesTheSpecificationLayout()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[49]);
        assertEquals(49, SoupBinTcpEncoder.loginRequest(buffer, 0, "ALICE", "SECRET", "", 1234));
        // length 47, 'L', "ALICE ", "SECRET    ", 10 spaces, 16 spaces + "1234"
        final String expected = "002F 4C 414C49434520 53454352455420202020 20202020202020202020 " +
            "20202020202020202020202020202020 31323334";
        assertEquals(new UnsafeBuffer(Hex.bytes(expected)), buffer);
        assertEquals(49, decoder.decode(buffer, 0, 49));
        assertEquals(List.of("login:ALICE/SECRET/[]/1234"), recorder.events);
    }

    @Test
    void everyServerPacketTypeDecodes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        int p = 0;
        p += SoupBinTcpEncoder.loginAccepted(buffer, p, "SESSION001", 1);
        p += SoupBinTcpEncoder.loginRejected(buffer, p, 'S');
        final int header = p;
        p += SoupBinTcpEncoder.sequencedDataHeader(buffer, p, 3);
        buffer.putStringWithoutLengthAscii(header + SoupBinTcpDescriptor.PAYLOAD_OFFSET, "XYZ");
        final int unsequenced = p;
        p += SoupBinTcpEncoder.unsequencedDataHeader(buffer, p, 2);
        buffer.putStringWithoutLengthAscii(unsequenced + SoupBinTcpDescriptor.PAYLOAD_OFFSET, "UV");
        p += SoupBinTcpEncoder.emptyPacket(buffer, p, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
        p += SoupBinTcpEncoder.emptyPacket(buffer, p, SoupBinTcpDescriptor.CLIENT_HEARTBEAT);
        p += SoupBinTcpEncoder.emptyPacket(buffer, p, SoupBinTcpDescriptor.LOGOUT_REQUEST);
        p += SoupBinTcpEncoder.emptyPacket(buffer, p, SoupBinTcpDescriptor.END_OF_SESSION);
        assertEquals(p, decoder.decode(buffer, 0, p));
        assertEquals(
            List.of("accepted:SESSION001/1", "rejected:S", "S:XYZ", "U:UV", "H", "R", "O", "Z"), recorder.events);
        assertEquals(8, decoder.packetsDecoded());
        assertEquals(0, decoder.errorCounters().total());
    }

    @Test
    void badPacketsAreCountedAndTheStreamStaysInFrame()
    {
        final String stream =
            "0000" +              // empty packet
            "0003 51 4142" +      // unknown type 'Q'
            "0002 48 00" +        // heartbeat with a payload
            "002F 4C " + "20".repeat(36) + "31324134" + "20".repeat(6) + // login, sequence "12A4"
            "0002 53 41" +        // good sequenced data "A"
            "0005 53 41";         // incomplete: 1 of 4 payload bytes
        final UnsafeBuffer buffer = Hex.buffer(stream);
        final int consumed = decoder.decode(buffer, 0, buffer.capacity());
        assertEquals(buffer.capacity() - 4, consumed);
        assertEquals(List.of("S:A"), recorder.events);
        assertEquals(1, decoder.errorCounters().count(DecodeError.EMPTY_MESSAGE));
        assertEquals(1, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(1, decoder.errorCounters().count(DecodeError.INVALID_FIELD));
    }

    static final class Recorder implements SoupBinTcpListener
    {
        final List<String> events = new ArrayList<>();

        @Override
        public void onLoginRequest(final SoupBinTcpLogin login)
        {
            final StringBuilder sb = new StringBuilder("login:");
            login.appendUsername(sb).append('/');
            login.appendPassword(sb).append("/[");
            login.appendRequestedSession(sb).append("]/").append(login.requestedSequenceNumber());
            events.add(sb.toString());
        }

        @Override
        public void onLoginAccepted(final SoupBinTcpLogin login)
        {
            events.add(login.appendSession(new StringBuilder("accepted:")).append('/').append(login.sequenceNumber()).toString());
        }

        @Override
        public void onLoginRejected(final char reasonCode)
        {
            events.add("rejected:" + reasonCode);
        }

        @Override
        public void onSequencedData(final DirectBuffer buffer, final int offset, final int length)
        {
            events.add("S:" + buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length)
        {
            events.add("U:" + buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onServerHeartbeat()
        {
            events.add("H");
        }

        @Override
        public void onClientHeartbeat()
        {
            events.add("R");
        }

        @Override
        public void onLogoutRequest()
        {
            events.add("O");
        }

        @Override
        public void onEndOfSession()
        {
            events.add("Z");
        }
    }
}
