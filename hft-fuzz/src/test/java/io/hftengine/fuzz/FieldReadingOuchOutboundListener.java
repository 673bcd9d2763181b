package io.hftengine.fuzz;

import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.OuchMessage;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.OuchSystemEventMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.ReplacedMessage;

/**
 * An OUCH outbound listener that reads every field of every message it is given (through {@code appendTo}) and
 * checks that the message lies inside the frame the decoder was handed. A field read past the
 * buffer throws from Agrona's bounds check; a message outside the frame is an
 * {@link AssertionError}. Both are findings.
 */
final class FieldReadingOuchOutboundListener implements OuchOutboundListener
{
    private final StringBuilder text = new StringBuilder(256);
    private int frameStart;
    private int frameEnd;
    private long delivered;

    /**
     * Sets the frame the next decode call is given.
     *
     * @param start the frame's first byte
     * @param end one past its last byte
     */
    void frame(final int start, final int end)
    {
        frameStart = start;
        frameEnd = end;
    }

    /**
     * Returns how many messages were delivered.
     *
     * @return callbacks received
     */
    long delivered()
    {
        return delivered;
    }

    private void read(final OuchMessage message)
    {
        InRange.check("ouch " + message.messageType(), message.offset(), message.messageLength(), frameStart, frameEnd);
        text.setLength(0);
        message.appendTo(text);
        if (text.length() == 0)
        {
            throw new AssertionError("appendTo wrote nothing for " + message.messageType());
        }
        delivered++;
    }

    @Override
    public void onSystemEvent(final OuchSystemEventMessage message)
    {
        read(message);
    }

    @Override
    public void onAccepted(final AcceptedMessage message)
    {
        read(message);
    }

    @Override
    public void onReplaced(final ReplacedMessage message)
    {
        read(message);
    }

    @Override
    public void onCanceled(final CanceledMessage message)
    {
        read(message);
    }

    @Override
    public void onExecuted(final ExecutedMessage message)
    {
        read(message);
    }

    @Override
    public void onRejected(final RejectedMessage message)
    {
        read(message);
    }
}
