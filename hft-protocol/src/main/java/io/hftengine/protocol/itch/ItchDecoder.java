package io.hftengine.protocol.itch;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.MessageHandler;
import org.agrona.DirectBuffer;

/**
 * Decodes one ITCH 5.0 message at a time and calls the matching {@link ItchListener} method.
 *
 * <p>Each message is checked before any field is read: it must lie inside the buffer, be at least
 * one byte long, carry a known type and be exactly as long as that type. A message that fails is
 * counted in {@link #errorCounters()}, reported to the {@link DecodeErrorListener} and skipped;
 * the caller's framing then goes on with the next one. Nothing on this path allocates or throws.
 *
 * <p>Not thread-safe: one decoder per thread. The flyweights handed to the listener belong to this
 * decoder and are reused for every message.
 */
public final class ItchDecoder implements MessageHandler
{
    private final SystemEventMessage systemEvent = new SystemEventMessage();
    private final StockDirectoryMessage stockDirectory = new StockDirectoryMessage();
    private final StockTradingActionMessage stockTradingAction = new StockTradingActionMessage();
    private final RegShoRestrictionMessage regShoRestriction = new RegShoRestrictionMessage();
    private final MarketParticipantPositionMessage marketParticipantPosition = new MarketParticipantPositionMessage();
    private final MwcbDeclineLevelMessage mwcbDeclineLevel = new MwcbDeclineLevelMessage();
    private final MwcbStatusMessage mwcbStatus = new MwcbStatusMessage();
    private final IpoQuotingPeriodUpdateMessage ipoQuotingPeriodUpdate = new IpoQuotingPeriodUpdateMessage();
    private final LuldAuctionCollarMessage luldAuctionCollar = new LuldAuctionCollarMessage();
    private final OperationalHaltMessage operationalHalt = new OperationalHaltMessage();
    private final AddOrderMessage addOrder = new AddOrderMessage();
    private final AddOrderMpidMessage addOrderMpid = new AddOrderMpidMessage();
    private final OrderExecutedMessage orderExecuted = new OrderExecutedMessage();
    private final OrderExecutedWithPriceMessage orderExecutedWithPrice = new OrderExecutedWithPriceMessage();
    private final OrderCancelMessage orderCancel = new OrderCancelMessage();
    private final OrderDeleteMessage orderDelete = new OrderDeleteMessage();
    private final OrderReplaceMessage orderReplace = new OrderReplaceMessage();
    private final TradeMessage trade = new TradeMessage();
    private final CrossTradeMessage crossTrade = new CrossTradeMessage();
    private final BrokenTradeMessage brokenTrade = new BrokenTradeMessage();
    private final NoiiMessage noii = new NoiiMessage();
    private final RetailInterestMessage retailInterest = new RetailInterestMessage();
    private final DirectListingPriceDiscoveryMessage directListingPriceDiscovery = new DirectListingPriceDiscoveryMessage();
    private final ItchListener listener;
    private final DecodeErrorListener errorListener;
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();
    private long messagesDecoded;

    /**
     * Creates a decoder that only counts errors.
     *
     * @param listener receives every valid message
     */
    public ItchDecoder(final ItchListener listener)
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
    public ItchDecoder(final ItchListener listener, final DecodeErrorListener errorListener)
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
            case SystemEventMessage.MESSAGE_TYPE:
                if (length != SystemEventMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onSystemEvent(systemEvent.wrap(buffer, offset));
                break;
            case StockDirectoryMessage.MESSAGE_TYPE:
                if (length != StockDirectoryMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onStockDirectory(stockDirectory.wrap(buffer, offset));
                break;
            case StockTradingActionMessage.MESSAGE_TYPE:
                if (length != StockTradingActionMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onStockTradingAction(stockTradingAction.wrap(buffer, offset));
                break;
            case RegShoRestrictionMessage.MESSAGE_TYPE:
                if (length != RegShoRestrictionMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onRegShoRestriction(regShoRestriction.wrap(buffer, offset));
                break;
            case MarketParticipantPositionMessage.MESSAGE_TYPE:
                if (length != MarketParticipantPositionMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onMarketParticipantPosition(marketParticipantPosition.wrap(buffer, offset));
                break;
            case MwcbDeclineLevelMessage.MESSAGE_TYPE:
                if (length != MwcbDeclineLevelMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onMwcbDeclineLevel(mwcbDeclineLevel.wrap(buffer, offset));
                break;
            case MwcbStatusMessage.MESSAGE_TYPE:
                if (length != MwcbStatusMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onMwcbStatus(mwcbStatus.wrap(buffer, offset));
                break;
            case IpoQuotingPeriodUpdateMessage.MESSAGE_TYPE:
                if (length != IpoQuotingPeriodUpdateMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onIpoQuotingPeriodUpdate(ipoQuotingPeriodUpdate.wrap(buffer, offset));
                break;
            case LuldAuctionCollarMessage.MESSAGE_TYPE:
                if (length != LuldAuctionCollarMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onLuldAuctionCollar(luldAuctionCollar.wrap(buffer, offset));
                break;
            case OperationalHaltMessage.MESSAGE_TYPE:
                if (length != OperationalHaltMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOperationalHalt(operationalHalt.wrap(buffer, offset));
                break;
            case AddOrderMessage.MESSAGE_TYPE:
                if (length != AddOrderMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onAddOrder(addOrder.wrap(buffer, offset));
                break;
            case AddOrderMpidMessage.MESSAGE_TYPE:
                if (length != AddOrderMpidMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onAddOrderMpid(addOrderMpid.wrap(buffer, offset));
                break;
            case OrderExecutedMessage.MESSAGE_TYPE:
                if (length != OrderExecutedMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderExecuted(orderExecuted.wrap(buffer, offset));
                break;
            case OrderExecutedWithPriceMessage.MESSAGE_TYPE:
                if (length != OrderExecutedWithPriceMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderExecutedWithPrice(orderExecutedWithPrice.wrap(buffer, offset));
                break;
            case OrderCancelMessage.MESSAGE_TYPE:
                if (length != OrderCancelMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderCancel(orderCancel.wrap(buffer, offset));
                break;
            case OrderDeleteMessage.MESSAGE_TYPE:
                if (length != OrderDeleteMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderDelete(orderDelete.wrap(buffer, offset));
                break;
            case OrderReplaceMessage.MESSAGE_TYPE:
                if (length != OrderReplaceMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onOrderReplace(orderReplace.wrap(buffer, offset));
                break;
            case TradeMessage.MESSAGE_TYPE:
                if (length != TradeMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onTrade(trade.wrap(buffer, offset));
                break;
            case CrossTradeMessage.MESSAGE_TYPE:
                if (length != CrossTradeMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onCrossTrade(crossTrade.wrap(buffer, offset));
                break;
            case BrokenTradeMessage.MESSAGE_TYPE:
                if (length != BrokenTradeMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onBrokenTrade(brokenTrade.wrap(buffer, offset));
                break;
            case NoiiMessage.MESSAGE_TYPE:
                if (length != NoiiMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onNoii(noii.wrap(buffer, offset));
                break;
            case RetailInterestMessage.MESSAGE_TYPE:
                if (length != RetailInterestMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onRetailInterest(retailInterest.wrap(buffer, offset));
                break;
            case DirectListingPriceDiscoveryMessage.MESSAGE_TYPE:
                if (length != DirectListingPriceDiscoveryMessage.LENGTH)
                {
                    return reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
                }
                listener.onDirectListingPriceDiscovery(directListingPriceDiscovery.wrap(buffer, offset));
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
