package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.binaryfile.BinaryFileDescriptor;
import org.agrona.DirectBuffer;

/**
 * Decodes one ITCH 5.0 message at a time and calls the matching {@link ItchListener} method.
 *
 * <p>Each message is checked before any field is read: it must lie inside the buffer, be at least
 * one byte long, carry a known type and be exactly as long as that type. A message that fails is
 * counted in {@link #errorCounters()}, reported to the {@link DecodeErrorListener} and skipped;
 * the caller's framing then goes on with the next one. Nothing on this path allocates or throws.
 *
 * <p>Two entry points: {@link #decode} (or {@link #onMessage}) for one message cut out by any
 * framing, and {@link #decodeBinaryFile} for a region of BinaryFILE frames, framed and dispatched
 * in one loop, the fastest way through a file or a capture held in memory.
 *
 * <p>Not thread-safe: one decoder per thread. The flyweights handed to the listener belong to this
 * decoder and are reused for every message.
 */
public final class ItchDecoder implements MessageHandler
{
    /**
     * The fixed length of every known message type, indexed by the unsigned type byte; 0 for
     * an unknown type. A static final array, so the JIT treats the reference as a constant and
     * proves {@code type & 0xFF} in range: the lookup is one load.
     */
    private static final byte[] LENGTHS = new byte[256];

    static
    {
        register(SystemEventMessage.MESSAGE_TYPE, SystemEventMessage.LENGTH);
        register(StockDirectoryMessage.MESSAGE_TYPE, StockDirectoryMessage.LENGTH);
        register(StockTradingActionMessage.MESSAGE_TYPE, StockTradingActionMessage.LENGTH);
        register(RegShoRestrictionMessage.MESSAGE_TYPE, RegShoRestrictionMessage.LENGTH);
        register(MarketParticipantPositionMessage.MESSAGE_TYPE, MarketParticipantPositionMessage.LENGTH);
        register(MwcbDeclineLevelMessage.MESSAGE_TYPE, MwcbDeclineLevelMessage.LENGTH);
        register(MwcbStatusMessage.MESSAGE_TYPE, MwcbStatusMessage.LENGTH);
        register(IpoQuotingPeriodUpdateMessage.MESSAGE_TYPE, IpoQuotingPeriodUpdateMessage.LENGTH);
        register(LuldAuctionCollarMessage.MESSAGE_TYPE, LuldAuctionCollarMessage.LENGTH);
        register(OperationalHaltMessage.MESSAGE_TYPE, OperationalHaltMessage.LENGTH);
        register(AddOrderMessage.MESSAGE_TYPE, AddOrderMessage.LENGTH);
        register(AddOrderMpidMessage.MESSAGE_TYPE, AddOrderMpidMessage.LENGTH);
        register(OrderExecutedMessage.MESSAGE_TYPE, OrderExecutedMessage.LENGTH);
        register(OrderExecutedWithPriceMessage.MESSAGE_TYPE, OrderExecutedWithPriceMessage.LENGTH);
        register(OrderCancelMessage.MESSAGE_TYPE, OrderCancelMessage.LENGTH);
        register(OrderDeleteMessage.MESSAGE_TYPE, OrderDeleteMessage.LENGTH);
        register(OrderReplaceMessage.MESSAGE_TYPE, OrderReplaceMessage.LENGTH);
        register(TradeMessage.MESSAGE_TYPE, TradeMessage.LENGTH);
        register(CrossTradeMessage.MESSAGE_TYPE, CrossTradeMessage.LENGTH);
        register(BrokenTradeMessage.MESSAGE_TYPE, BrokenTradeMessage.LENGTH);
        register(NoiiMessage.MESSAGE_TYPE, NoiiMessage.LENGTH);
        register(RetailInterestMessage.MESSAGE_TYPE, RetailInterestMessage.LENGTH);
        register(DirectListingPriceDiscoveryMessage.MESSAGE_TYPE, DirectListingPriceDiscoveryMessage.LENGTH);
    }

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
        // One bounds check per message: after it, every byte of [offset, offset + length) is
        // inside the buffer, and the length check below makes that the type's whole layout.
        if (offset < 0 || length <= 0 || length > buffer.capacity() - offset)
        {
            return rejectFrame(buffer, offset, length);
        }
        final byte type = buffer.getByte(offset);
        // One load and one compare validate both the type and its length: unknown types have
        // length 0 in the table, and a frame is never 0 bytes long here.
        if (length != LENGTHS[type & 0xFF])
        {
            return rejectType(type, buffer, offset, length);
        }
        if (!dispatchOrderFlow(type, buffer, offset))
        {
            // Unreachable while LENGTHS and the two switches below list the same types.
            return reject(DecodeError.UNKNOWN_MESSAGE_TYPE, buffer, offset, length);
        }
        messagesDecoded++;
        return true;
    }

    /**
     * The order-flow types (add, execute, cancel, delete, replace, trade) and NOII: over 98% of a
     * NASDAQ day. Kept apart from the rest, and {@link #decode} kept small, so that each method
     * stays under C2's inlining limit for hot methods (FreqInlineSize, 325 bytecodes): the
     * framing loop then inlines decode and this switch, and a message costs no call. With all 23
     * types in one switch, decode was 742 bytecodes, never inlined, one call per message.
     */
    private boolean dispatchOrderFlow(final byte type, final DirectBuffer buffer, final int offset)
    {
        final ItchListener listener = this.listener;
        switch (type)
        {
            case AddOrderMessage.MESSAGE_TYPE:
                listener.onAddOrder(addOrder.wrap(buffer, offset));
                return true;
            case AddOrderMpidMessage.MESSAGE_TYPE:
                listener.onAddOrderMpid(addOrderMpid.wrap(buffer, offset));
                return true;
            case OrderExecutedMessage.MESSAGE_TYPE:
                listener.onOrderExecuted(orderExecuted.wrap(buffer, offset));
                return true;
            case OrderExecutedWithPriceMessage.MESSAGE_TYPE:
                listener.onOrderExecutedWithPrice(orderExecutedWithPrice.wrap(buffer, offset));
                return true;
            case OrderCancelMessage.MESSAGE_TYPE:
                listener.onOrderCancel(orderCancel.wrap(buffer, offset));
                return true;
            case OrderDeleteMessage.MESSAGE_TYPE:
                listener.onOrderDelete(orderDelete.wrap(buffer, offset));
                return true;
            case OrderReplaceMessage.MESSAGE_TYPE:
                listener.onOrderReplace(orderReplace.wrap(buffer, offset));
                return true;
            case TradeMessage.MESSAGE_TYPE:
                listener.onTrade(trade.wrap(buffer, offset));
                return true;
            case NoiiMessage.MESSAGE_TYPE:
                listener.onNoii(noii.wrap(buffer, offset));
                return true;
            default:
                return dispatchOther(type, buffer, offset);
        }
    }

    /**
     * The administrative, directory and auction types: rare (a few per symbol per day), so a
     * call is cheap here.
     */
    private boolean dispatchOther(final byte type, final DirectBuffer buffer, final int offset)
    {
        final ItchListener listener = this.listener;
        switch (type)
        {
            case SystemEventMessage.MESSAGE_TYPE:
                listener.onSystemEvent(systemEvent.wrap(buffer, offset));
                return true;
            case StockDirectoryMessage.MESSAGE_TYPE:
                listener.onStockDirectory(stockDirectory.wrap(buffer, offset));
                return true;
            case StockTradingActionMessage.MESSAGE_TYPE:
                listener.onStockTradingAction(stockTradingAction.wrap(buffer, offset));
                return true;
            case RegShoRestrictionMessage.MESSAGE_TYPE:
                listener.onRegShoRestriction(regShoRestriction.wrap(buffer, offset));
                return true;
            case MarketParticipantPositionMessage.MESSAGE_TYPE:
                listener.onMarketParticipantPosition(marketParticipantPosition.wrap(buffer, offset));
                return true;
            case MwcbDeclineLevelMessage.MESSAGE_TYPE:
                listener.onMwcbDeclineLevel(mwcbDeclineLevel.wrap(buffer, offset));
                return true;
            case MwcbStatusMessage.MESSAGE_TYPE:
                listener.onMwcbStatus(mwcbStatus.wrap(buffer, offset));
                return true;
            case IpoQuotingPeriodUpdateMessage.MESSAGE_TYPE:
                listener.onIpoQuotingPeriodUpdate(ipoQuotingPeriodUpdate.wrap(buffer, offset));
                return true;
            case LuldAuctionCollarMessage.MESSAGE_TYPE:
                listener.onLuldAuctionCollar(luldAuctionCollar.wrap(buffer, offset));
                return true;
            case OperationalHaltMessage.MESSAGE_TYPE:
                listener.onOperationalHalt(operationalHalt.wrap(buffer, offset));
                return true;
            case CrossTradeMessage.MESSAGE_TYPE:
                listener.onCrossTrade(crossTrade.wrap(buffer, offset));
                return true;
            case BrokenTradeMessage.MESSAGE_TYPE:
                listener.onBrokenTrade(brokenTrade.wrap(buffer, offset));
                return true;
            case RetailInterestMessage.MESSAGE_TYPE:
                listener.onRetailInterest(retailInterest.wrap(buffer, offset));
                return true;
            case DirectListingPriceDiscoveryMessage.MESSAGE_TYPE:
                listener.onDirectListingPriceDiscovery(directListingPriceDiscovery.wrap(buffer, offset));
                return true;
            default:
                return false;
        }
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
     * Decodes every complete BinaryFILE frame (2-byte big-endian length, then one message) in
     * {@code [offset, offset + length)} and dispatches each message exactly as
     * {@link #decode(DirectBuffer, int, int)} would: the same checks, counters and listener calls.
     * Equivalent to a {@code BinaryFileFrameDecoder} feeding this decoder, except that an empty
     * frame is counted here ({@link DecodeError#EMPTY_MESSAGE}) rather than by the framing.
     *
     * <p>Why it exists: framing and dispatch in one loop body, with no method between them whose
     * separate compilation could stop the JIT from inlining it. Through the generic
     * {@code MessageHandler} path the JIT inlines {@code decode} into the framing loop in most
     * runs, but not when it has already compiled {@code decode} on its own into a large method;
     * then every message pays a call (measured: 8 vs 11-12 ns/message in different JVM runs).
     *
     * @param buffer the buffer holding the frames
     * @param offset where the first frame's length prefix starts
     * @param length how many bytes to look at; must lie inside the buffer
     * @return the number of bytes consumed: the end of the last complete frame (a frame cut off
     *         by the end of the region is left for the caller, as more bytes may follow)
     * @throws IllegalArgumentException if the region does not lie inside the buffer (a caller bug,
     *         not bad input: bad frames and messages are counted, never thrown)
     */
    public int decodeBinaryFile(final DirectBuffer buffer, final int offset, final int length)
    {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset)
        {
            throw new IllegalArgumentException("region outside buffer: offset=" + offset + " length=" + length);
        }
        final ItchListener listener = this.listener;
        final int end = offset + length;
        int position = offset;
        while (end - position >= BinaryFileDescriptor.LENGTH_PREFIX_SIZE)
        {
            final int messageLength = buffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            final int at = position + BinaryFileDescriptor.LENGTH_PREFIX_SIZE;
            if (messageLength > end - at)
            {
                break;
            }
            position = at + messageLength;
            // The frame lies inside the region, so inside the buffer: the one bounds check.
            if (0 == messageLength)
            {
                reject(DecodeError.EMPTY_MESSAGE, buffer, at, 0);
                continue;
            }
            final byte type = buffer.getByte(at);
            if (messageLength != LENGTHS[type & 0xFF])
            {
                rejectType(type, buffer, at, messageLength);
                continue;
            }
            // The order-flow switch of dispatchOrderFlow, repeated here on purpose (see above);
            // ItchDecoderDispatchTableTest checks both paths against the length table.
            switch (type)
            {
                case AddOrderMessage.MESSAGE_TYPE:
                    listener.onAddOrder(addOrder.wrap(buffer, at));
                    break;
                case AddOrderMpidMessage.MESSAGE_TYPE:
                    listener.onAddOrderMpid(addOrderMpid.wrap(buffer, at));
                    break;
                case OrderExecutedMessage.MESSAGE_TYPE:
                    listener.onOrderExecuted(orderExecuted.wrap(buffer, at));
                    break;
                case OrderExecutedWithPriceMessage.MESSAGE_TYPE:
                    listener.onOrderExecutedWithPrice(orderExecutedWithPrice.wrap(buffer, at));
                    break;
                case OrderCancelMessage.MESSAGE_TYPE:
                    listener.onOrderCancel(orderCancel.wrap(buffer, at));
                    break;
                case OrderDeleteMessage.MESSAGE_TYPE:
                    listener.onOrderDelete(orderDelete.wrap(buffer, at));
                    break;
                case OrderReplaceMessage.MESSAGE_TYPE:
                    listener.onOrderReplace(orderReplace.wrap(buffer, at));
                    break;
                case TradeMessage.MESSAGE_TYPE:
                    listener.onTrade(trade.wrap(buffer, at));
                    break;
                case NoiiMessage.MESSAGE_TYPE:
                    listener.onNoii(noii.wrap(buffer, at));
                    break;
                default:
                    if (!dispatchOther(type, buffer, at))
                    {
                        reject(DecodeError.UNKNOWN_MESSAGE_TYPE, buffer, at, messageLength);
                        continue;
                    }
            }
            messagesDecoded++;
        }
        return position - offset;
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

    private static void register(final byte type, final int length)
    {
        // Every ITCH 5.0 length fits a byte (the longest, NOII, is 50); a future longer type
        // must widen the table rather than wrap silently.
        if (length <= 0 || length > Byte.MAX_VALUE || 0 != LENGTHS[type & 0xFF])
        {
            throw new ExceptionInInitializerError("bad ITCH length table entry for type " + (char)type);
        }
        LENGTHS[type & 0xFF] = (byte)length;
    }

    /**
     * Returns the fixed length of an ITCH 5.0 message type.
     *
     * @param messageType the type byte
     * @return the length in bytes, type byte included, or 0 if the type is unknown
     */
    public static int messageLength(final byte messageType)
    {
        return LENGTHS[messageType & 0xFF];
    }

    private boolean rejectFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        final boolean inside = offset >= 0 && length >= 0 && length <= buffer.capacity() - offset;
        return reject(inside ? DecodeError.EMPTY_MESSAGE : DecodeError.TRUNCATED_MESSAGE, buffer, offset, length);
    }

    private boolean rejectType(final byte type, final DirectBuffer buffer, final int offset, final int length)
    {
        final DecodeError error = 0 == LENGTHS[type & 0xFF] ? DecodeError.UNKNOWN_MESSAGE_TYPE : DecodeError.LENGTH_MISMATCH;
        return reject(error, buffer, offset, length);
    }

    private boolean reject(final DecodeError error, final DirectBuffer buffer, final int offset, final int length)
    {
        errorCounters.increment(error);
        errorListener.onDecodeError(error, buffer, offset, length);
        return false;
    }
}
