package io.hftengine.fuzz;

import io.hftengine.protocol.soupbintcp.SoupBinTcpListener;
import io.hftengine.protocol.soupbintcp.SoupBinTcpLogin;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;

/**
 * Writes down every SoupBinTCP callback as text, payload bytes included, so that two decodings of
 * the same stream (whole, or cut into pieces) can be compared. Payload regions are checked against
 * the buffer's capacity before they are copied; login fields are all read.
 */
final class RecordingSoupBinTcpListener implements SoupBinTcpListener
{
    private final List<String> events = new ArrayList<>();

    List<String> events()
    {
        return events;
    }

    @Override
    public void onLoginRequest(final SoupBinTcpLogin login)
    {
        final StringBuilder sb = new StringBuilder("L ");
        login.appendUsername(sb).append('|');
        login.appendPassword(sb).append('|');
        login.appendRequestedSession(sb).append('|').append(login.requestedSequenceNumber());
        events.add(sb.toString());
    }

    @Override
    public void onLoginAccepted(final SoupBinTcpLogin login)
    {
        final StringBuilder sb = new StringBuilder("A ");
        login.appendSession(sb).append('|').append(login.sequenceNumber());
        events.add(sb.toString());
    }

    @Override
    public void onLoginRejected(final char reasonCode)
    {
        events.add("J " + (int)reasonCode);
    }

    @Override
    public void onSequencedData(final DirectBuffer buffer, final int offset, final int length)
    {
        events.add("S " + payload(buffer, offset, length));
    }

    @Override
    public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int length)
    {
        events.add("U " + payload(buffer, offset, length));
    }

    @Override
    public void onDebug(final DirectBuffer buffer, final int offset, final int length)
    {
        events.add("+ " + payload(buffer, offset, length));
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

    private static String payload(final DirectBuffer buffer, final int offset, final int length)
    {
        InRange.check("SoupBinTCP payload", offset, length, 0, buffer.capacity());
        final StringBuilder sb = new StringBuilder(length * 2 + 8).append(length).append(':');
        for (int i = 0; i < length; i++)
        {
            sb.append(Character.forDigit((buffer.getByte(offset + i) >> 4) & 0xF, 16))
                .append(Character.forDigit(buffer.getByte(offset + i) & 0xF, 16));
        }
        return sb.toString();
    }
}
