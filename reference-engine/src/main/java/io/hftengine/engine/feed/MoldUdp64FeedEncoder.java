package io.hftengine.engine.feed;

import java.nio.ByteBuffer;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.protocol.itch.SystemEventMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes the feed's events as ITCH 5.0 messages and packs them into MoldUDP64 packets.
 *
 * <p>A packet is handed to the {@link PacketSink} when the next message would not fit, when it
 * holds {@code maxMessagesPerPacket} messages, or on {@link #flush()}. Sequence numbers start at
 * 1 and count messages, as MoldUDP64 does. Allocation-free after construction; one thread.
 */
public final class MoldUdp64FeedEncoder implements ItchEventSink {
    private final String session;
    private final int maxPacketBytes;
    private final int maxMessagesPerPacket;
    private final PacketSink sink;
    private final UnsafeBuffer buffer;
    private final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder();

    private final SystemEventMessage systemEvent = new SystemEventMessage();
    private final StockDirectoryMessage stockDirectory = new StockDirectoryMessage();
    private final StockTradingActionMessage tradingAction = new StockTradingActionMessage();
    private final AddOrderMessage addOrder = new AddOrderMessage();
    private final AddOrderMpidMessage addOrderMpid = new AddOrderMpidMessage();
    private final OrderExecutedMessage executed = new OrderExecutedMessage();
    private final OrderExecutedWithPriceMessage executedWithPrice = new OrderExecutedWithPriceMessage();
    private final OrderCancelMessage cancel = new OrderCancelMessage();
    private final OrderDeleteMessage delete = new OrderDeleteMessage();
    private final OrderReplaceMessage replace = new OrderReplaceMessage();
    private final TradeMessage trade = new TradeMessage();
    private final NoiiMessage noii = new NoiiMessage();

    private long nextSequence = 1;
    private long packetFirstSequence = 1;
    private long packets;

    /**
     * Creates an encoder.
     *
     * @param session the MoldUDP64 session name, at most 10 ASCII characters
     * @param maxPacketBytes the largest datagram to build, header included (at most 65,507)
     * @param maxMessagesPerPacket the most messages per packet, at least 1
     * @param sink where finished packets go
     * @throws IllegalArgumentException when a bound is out of range
     */
    public MoldUdp64FeedEncoder(final String session, final int maxPacketBytes, final int maxMessagesPerPacket,
            final PacketSink sink) {
        if (maxPacketBytes < 128 || maxPacketBytes > 65_507) {
            throw new IllegalArgumentException("maxPacketBytes must be 128..65507, was " + maxPacketBytes);
        }
        if (maxMessagesPerPacket < 1) {
            throw new IllegalArgumentException("maxMessagesPerPacket must be at least 1, was " + maxMessagesPerPacket);
        }
        this.session = session;
        this.maxPacketBytes = maxPacketBytes;
        this.maxMessagesPerPacket = maxMessagesPerPacket;
        this.sink = sink;
        this.buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(maxPacketBytes));
        startPacket();
    }

    /** Hands the packet being built to the sink, if it holds any message. */
    public void flush() {
        final int count = packet.messageCount();
        if (count > 0) {
            packets++;
            sink.onPacket(buffer, 0, packet.length(), packetFirstSequence, count);
            startPacket();
        }
    }

    /**
     * Returns the sequence number the next message will get.
     *
     * @return the next MoldUDP64 sequence number
     */
    public long nextSequence() {
        return nextSequence;
    }

    /**
     * Returns how many packets have been handed to the sink.
     *
     * @return the packet count
     */
    public long packets() {
        return packets;
    }

    /**
     * Returns the session name.
     *
     * @return the MoldUDP64 session
     */
    public String session() {
        return session;
    }

    /**
     * Appends one ITCH message as it is (a recorded one, republished), in the next sequence slot.
     *
     * @param source the message's bytes
     * @param offset where the message starts in {@code source}
     * @param length its length, 1 to the packet's room
     * @throws IllegalArgumentException when the message cannot fit an empty packet
     */
    public void appendMessage(final DirectBuffer source, final int offset, final int length) {
        if (length < 1 || length > maxPacketBytes - MoldUdp64Descriptor.HEADER_LENGTH - MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE) {
            throw new IllegalArgumentException("a " + length + "-byte message does not fit a " + maxPacketBytes
                    + "-byte packet");
        }
        buffer.putBytes(claim(length), source, offset, length);
    }

    private void startPacket() {
        packetFirstSequence = nextSequence;
        packet.wrap(buffer, 0, maxPacketBytes, session, nextSequence);
    }

    private int claim(final int length) {
        if (packet.messageCount() >= maxMessagesPerPacket) {
            flush();
        }
        int offset = packet.claim(length);
        if (offset < 0) {
            flush();
            offset = packet.claim(length);
        }
        nextSequence++;
        return offset;
    }

    @Override
    public void systemEvent(final long timestampNs, final byte eventCode) {
        systemEvent.wrapForEncode(buffer, claim(SystemEventMessage.LENGTH))
            .stockLocate(0).trackingNumber(0).timestampNs(timestampNs).eventCode((char) eventCode);
    }

    @Override
    public void stockDirectory(final long timestampNs, final int locate, final long packedSymbol,
            final int roundLotSize) {
        stockDirectory.wrapForEncode(buffer, claim(StockDirectoryMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).stock(packedSymbol)
            .marketCategory('Q').financialStatusIndicator('N').roundLotSize(roundLotSize).roundLotsOnly('N')
            .issueClassification('C').issueSubType(('Z' << 8) | ' ').authenticity('P')
            .shortSaleThresholdIndicator('N').ipoFlag(' ').luldReferencePriceTier('1').etpFlag('N')
            .etpLeverageFactor(0).inverseIndicator('N');
    }

    @Override
    public void tradingAction(final long timestampNs, final int locate, final long packedSymbol) {
        tradingAction.wrapForEncode(buffer, claim(StockTradingActionMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).stock(packedSymbol)
            .tradingState('T').reserved(' ').reason(0x20202020);
    }

    @Override
    public void addOrder(final long timestampNs, final int locate, final long orderRef, final byte side,
            final int shares, final long packedSymbol, final long price4, final int mpid) {
        if (mpid == 0) {
            addOrder.wrapForEncode(buffer, claim(AddOrderMessage.LENGTH))
                .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef)
                .side((char) side).shares(shares).stock(packedSymbol).price(price4);
        } else {
            addOrderMpid.wrapForEncode(buffer, claim(AddOrderMpidMessage.LENGTH))
                .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef)
                .side((char) side).shares(shares).stock(packedSymbol).price(price4).attribution(mpid);
        }
    }

    @Override
    public void orderExecuted(final long timestampNs, final int locate, final long orderRef, final int shares,
            final long matchNumber) {
        executed.wrapForEncode(buffer, claim(OrderExecutedMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef)
            .executedShares(shares).matchNumber(matchNumber);
    }

    @Override
    public void orderExecutedWithPrice(final long timestampNs, final int locate, final long orderRef,
            final int shares, final long matchNumber, final long price4) {
        executedWithPrice.wrapForEncode(buffer, claim(OrderExecutedWithPriceMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef)
            .executedShares(shares).matchNumber(matchNumber).printable('Y').executionPrice(price4);
    }

    @Override
    public void orderCancel(final long timestampNs, final int locate, final long orderRef, final int shares) {
        cancel.wrapForEncode(buffer, claim(OrderCancelMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef)
            .canceledShares(shares);
    }

    @Override
    public void orderDelete(final long timestampNs, final int locate, final long orderRef) {
        delete.wrapForEncode(buffer, claim(OrderDeleteMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(orderRef);
    }

    @Override
    public void orderReplace(final long timestampNs, final int locate, final long oldOrderRef,
            final long newOrderRef, final int shares, final long price4) {
        replace.wrapForEncode(buffer, claim(OrderReplaceMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs)
            .originalOrderReferenceNumber(oldOrderRef).newOrderReferenceNumber(newOrderRef)
            .shares(shares).price(price4);
    }

    @Override
    public void trade(final long timestampNs, final int locate, final byte side, final int shares,
            final long packedSymbol, final long price4, final long matchNumber) {
        trade.wrapForEncode(buffer, claim(TradeMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).orderReferenceNumber(0)
            .side((char) side).shares(shares).stock(packedSymbol).price(price4).matchNumber(matchNumber);
    }

    @Override
    public void imbalance(final long timestampNs, final int locate, final long packedSymbol,
            final long pairedShares, final long imbalanceShares, final byte direction,
            final long referencePrice4) {
        noii.wrapForEncode(buffer, claim(NoiiMessage.LENGTH))
            .stockLocate(locate).trackingNumber(0).timestampNs(timestampNs).pairedShares(pairedShares)
            .imbalanceShares(imbalanceShares).imbalanceDirection((char) direction).stock(packedSymbol)
            .farPrice(referencePrice4).nearPrice(referencePrice4).currentReferencePrice(referencePrice4)
            .crossType('O').priceVariationIndicator('L');
    }
}
