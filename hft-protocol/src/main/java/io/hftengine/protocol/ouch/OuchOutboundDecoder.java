package io.hftengine.protocol.ouch;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.MessageHandler;
import org.agrona.DirectBuffer;

/**
 * Decodes one OUCH 4.2 outbound message at a time and calls the matching {@link OuchOutboundListener} method.
 *
 * <p>Each message is checked before any field is read: it must lie inside the buffer, be at least
 * one byte long, carry a known type and be exactly as long as that type. A message that fails is
 * counted in {@link #errorCounters()}, reported to the {@link DecodeErrorListener} and skipped;
 * the caller's framing then goes on with the next one. Nothing on this path allocates or throws.
 *
 * <p>Not thread-safe: one decoder per thread. The flyweights handed to the listener belong to this
 * decoder and are reused for every message.
 */
public final class OuchOutboundDecoder implements MessageHandler
{
    private final OuchSystemEventMessage systemEvent = new OuchSystemEventMessage();
    private final AcceptedMessage accepted = new AcceptedMessage();
    private final ReplacedMessage replaced = new ReplacedMessage();
    private final CanceledMessage canceled = new CanceledMessage();
    private final ExecutedMessage executed = new ExecutedMessage();
    private final RejectedMessage rejected = new RejectedMessage();
    private final AiqCanceledMessage aiqCanceled = new AiqCanceledMessage();
    private final BrokenTradeMessage brokenTrade = new BrokenTradeMessage();
    private final CancelPendingMessage cancelPending = new CancelPendingMessage();
    private final CancelRejectMessage cancelReject = new CancelRejectMessage();
    private final OrderPriorityUpdateMessage priorityUpdate = new OrderPriorityUpdateMessage();
    private final OrderModifiedMessage modified = new OrderModifiedMessage();
    private final ExecutedWithReferencePriceMessage executedWithReference = new ExecutedWithReferencePriceMessage();
    private final TradeCorrectionMessage tradeCorrection = new TradeCorrectionMessage();
    private final PriceCorrectionMessage priceCorrection = new PriceCorrectionMessage();
    private final OuchOutboundListener listener;
    private final DecodeErrorListener errorListener;
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();
    private long messagesDecoded;

    /**
     * Creates a decoder that only counts errors.
     *
     * @param listener receives every valid message
     */
    public OuchOutboundDecoder(final OuchOutboundListener listener)
    {
        this(listener, DecodeErrorListener.NO_OP);
    }

    /**
     * Creates a decoder.
     *
     * @param listener receives every valid message
     * @param errorListener told about every rejected message, after it has been counted
     * @throws NullPointerException if either argument is null
     */
    public OuchOutboundDecoder(final OuchOutboundListener listener, final DecodeErrorListener errorListener)
    {
        if (null == listener || null == errorListener)
        {
            throw new NullPointerException("listener and errorListener are required");
        }
        this.listener = listener;
        this.errorListener = errorListener;
    }

    /**
     * Decodes the message at {@code [offset, offset + length)} and dispatches it.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message (its type byte) starts
     * @param length the length of the message in bytes, as given by the framing
     * @return {@code true} if the message was dispatched, {@code false} if it was rejected
     */
    public boolean decode(final DirectBuffer buffer, final int offset, final int length)
    {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset)
        {
            return reject(DecodeError.TRUNCATED_MESSAGE, buffer, offset, length);
        }
        if (0 == length)
        {
            return reject(DecodeError.EMPTY_MESSAGE, buffer, offset, length);
        }
        switch (buffer.getByte(offset))
        {
            case OuchSystemEventMessage.MESSAGE_TYPE:
                if (length != OuchSystemEventMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onSystemEvent(systemEvent.wrap(buffer, offset));
                break;
            case AcceptedMessage.MESSAGE_TYPE:
                if (length != AcceptedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onAccepted(accepted.wrap(buffer, offset));
                break;
            case ReplacedMessage.MESSAGE_TYPE:
                if (length != ReplacedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onReplaced(replaced.wrap(buffer, offset));
                break;
            case CanceledMessage.MESSAGE_TYPE:
                if (length != CanceledMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onCanceled(canceled.wrap(buffer, offset));
                break;
            case ExecutedMessage.MESSAGE_TYPE:
                if (length != ExecutedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onExecuted(executed.wrap(buffer, offset));
                break;
            case RejectedMessage.MESSAGE_TYPE:
                if (length != RejectedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onRejected(rejected.wrap(buffer, offset));
                break;
            case AiqCanceledMessage.MESSAGE_TYPE:
                if (length != AiqCanceledMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onAiqCanceled(aiqCanceled.wrap(buffer, offset));
                break;
            case BrokenTradeMessage.MESSAGE_TYPE:
                if (length != BrokenTradeMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onBrokenTrade(brokenTrade.wrap(buffer, offset));
                break;
            case CancelPendingMessage.MESSAGE_TYPE:
                if (length != CancelPendingMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onCancelPending(cancelPending.wrap(buffer, offset));
                break;
            case CancelRejectMessage.MESSAGE_TYPE:
                if (length != CancelRejectMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onCancelReject(cancelReject.wrap(buffer, offset));
                break;
            case OrderPriorityUpdateMessage.MESSAGE_TYPE:
                if (length != OrderPriorityUpdateMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderPriorityUpdate(priorityUpdate.wrap(buffer, offset));
                break;
            case OrderModifiedMessage.MESSAGE_TYPE:
                if (length != OrderModifiedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderModified(modified.wrap(buffer, offset));
                break;
            case ExecutedWithReferencePriceMessage.MESSAGE_TYPE:
                if (length != ExecutedWithReferencePriceMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onExecutedWithReferencePrice(executedWithReference.wrap(buffer, offset));
                break;
            case TradeCorrectionMessage.MESSAGE_TYPE:
                if (length != TradeCorrectionMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onTradeCorrection(tradeCorrection.wrap(buffer, offset));
                break;
            case PriceCorrectionMessage.MESSAGE_TYPE:
                if (length != PriceCorrectionMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onPriceCorrection(priceCorrection.wrap(buffer, offset));
                break;
            default:
                return reject(DecodeError.UNKNOWN_MESSAGE_TYPE, buffer, offset, length);
        }
        messagesDecoded++;
        return true;
    }

    /**
     * Same as {@link #decode(DirectBuffer, int, int)}, so that a framing reader can feed this
     * decoder directly.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts
     * @param length the length of the message in bytes
     */
    @Override
    public void onMessage(final DirectBuffer buffer, final int offset, final int length)
    {
        decode(buffer, offset, length);
    }

    /**
     * Returns the number of messages dispatched so far.
     *
     * @return messages that passed every check
     */
    public long messagesDecoded()
    {
        return messagesDecoded;
    }

    /**
     * Returns the counters of rejected messages, by error kind.
     *
     * @return this decoder's counters (live, not a copy)
     */
    public DecodeErrorCounters errorCounters()
    {
        return errorCounters;
    }

    private boolean reject(final DecodeError error, final DirectBuffer buffer, final int offset, final int length)
    {
        errorCounters.increment(error);
        errorListener.onDecodeError(error, buffer, offset, length);
        return false;
    }
}
