package io.hftengine.protocol.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encode with the fluent setters, decode through the decoder, read back the same fields: one
 * property per message type. The message is written at an odd offset, and the bytes around it
 * must stay untouched.
 */
class OuchOutboundRoundTripTest
{
    private static final int OFFSET = 3;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    @Property(tries = 200)
    void systemEventRoundTrips(
        @ForAll long timestampNs,
        @ForAll @CharRange(from = ' ', to = '~') char eventCode)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OuchSystemEventMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .eventCode(eventCode);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OuchSystemEventMessage.LENGTH));
        assertEquals("onSystemEvent", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OuchSystemEventMessage decoded = (OuchSystemEventMessage)listener.last;
        assertEquals('S', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(eventCode, decoded.eventCode(), "eventCode");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OuchSystemEventMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void acceptedRoundTrips(
        @ForAll long timestampNs,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long timeInForce,
        @ForAll int firm,
        @ForAll @CharRange(from = ' ', to = '~') char display,
        @ForAll long orderReferenceNumber,
        @ForAll @CharRange(from = ' ', to = '~') char capacity,
        @ForAll @CharRange(from = ' ', to = '~') char intermarketSweepEligibility,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long minimumQuantity,
        @ForAll @CharRange(from = ' ', to = '~') char crossType,
        @ForAll @CharRange(from = ' ', to = '~') char orderState,
        @ForAll @CharRange(from = ' ', to = '~') char bboWeightIndicator)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new AcceptedMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .orderTokenNumber(orderToken)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price)
            .timeInForce(timeInForce)
            .firm(firm)
            .display(display)
            .orderReferenceNumber(orderReferenceNumber)
            .capacity(capacity)
            .intermarketSweepEligibility(intermarketSweepEligibility)
            .minimumQuantity(minimumQuantity)
            .crossType(crossType)
            .orderState(orderState)
            .bboWeightIndicator(bboWeightIndicator);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, AcceptedMessage.LENGTH));
        assertEquals("onAccepted", listener.lastMethod);
        assertEquals(1, listener.calls);
        final AcceptedMessage decoded = (AcceptedMessage)listener.last;
        assertEquals('A', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals(timeInForce, decoded.timeInForce(), "timeInForce");
        assertEquals(firm, decoded.firm(), "firm");
        assertEquals(display, decoded.display(), "display");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(capacity, decoded.capacity(), "capacity");
        assertEquals(intermarketSweepEligibility, decoded.intermarketSweepEligibility(), "intermarketSweepEligibility");
        assertEquals(minimumQuantity, decoded.minimumQuantity(), "minimumQuantity");
        assertEquals(crossType, decoded.crossType(), "crossType");
        assertEquals(orderState, decoded.orderState(), "orderState");
        assertEquals(bboWeightIndicator, decoded.bboWeightIndicator(), "bboWeightIndicator");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + AcceptedMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void replacedRoundTrips(
        @ForAll long timestampNs,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long replacementOrderToken,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long timeInForce,
        @ForAll int firm,
        @ForAll @CharRange(from = ' ', to = '~') char display,
        @ForAll long orderReferenceNumber,
        @ForAll @CharRange(from = ' ', to = '~') char capacity,
        @ForAll @CharRange(from = ' ', to = '~') char intermarketSweepEligibility,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long minimumQuantity,
        @ForAll @CharRange(from = ' ', to = '~') char crossType,
        @ForAll @CharRange(from = ' ', to = '~') char orderState,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long previousOrderToken,
        @ForAll @CharRange(from = ' ', to = '~') char bboWeightIndicator)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new ReplacedMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .replacementOrderTokenNumber(replacementOrderToken)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price)
            .timeInForce(timeInForce)
            .firm(firm)
            .display(display)
            .orderReferenceNumber(orderReferenceNumber)
            .capacity(capacity)
            .intermarketSweepEligibility(intermarketSweepEligibility)
            .minimumQuantity(minimumQuantity)
            .crossType(crossType)
            .orderState(orderState)
            .previousOrderTokenNumber(previousOrderToken)
            .bboWeightIndicator(bboWeightIndicator);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, ReplacedMessage.LENGTH));
        assertEquals("onReplaced", listener.lastMethod);
        assertEquals(1, listener.calls);
        final ReplacedMessage decoded = (ReplacedMessage)listener.last;
        assertEquals('U', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(replacementOrderToken, decoded.replacementOrderTokenNumber(), "replacementOrderToken");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals(timeInForce, decoded.timeInForce(), "timeInForce");
        assertEquals(firm, decoded.firm(), "firm");
        assertEquals(display, decoded.display(), "display");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(capacity, decoded.capacity(), "capacity");
        assertEquals(intermarketSweepEligibility, decoded.intermarketSweepEligibility(), "intermarketSweepEligibility");
        assertEquals(minimumQuantity, decoded.minimumQuantity(), "minimumQuantity");
        assertEquals(crossType, decoded.crossType(), "crossType");
        assertEquals(orderState, decoded.orderState(), "orderState");
        assertEquals(previousOrderToken, decoded.previousOrderTokenNumber(), "previousOrderToken");
        assertEquals(bboWeightIndicator, decoded.bboWeightIndicator(), "bboWeightIndicator");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + ReplacedMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void canceledRoundTrips(
        @ForAll long timestampNs,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long decrementShares,
        @ForAll @CharRange(from = ' ', to = '~') char reason)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new CanceledMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .orderTokenNumber(orderToken)
            .decrementShares(decrementShares)
            .reason(reason);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, CanceledMessage.LENGTH));
        assertEquals("onCanceled", listener.lastMethod);
        assertEquals(1, listener.calls);
        final CanceledMessage decoded = (CanceledMessage)listener.last;
        assertEquals('C', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(decrementShares, decoded.decrementShares(), "decrementShares");
        assertEquals(reason, decoded.reason(), "reason");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + CanceledMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void executedRoundTrips(
        @ForAll long timestampNs,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long executedShares,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long executionPrice,
        @ForAll @CharRange(from = ' ', to = '~') char liquidityFlag,
        @ForAll long matchNumber)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new ExecutedMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .orderTokenNumber(orderToken)
            .executedShares(executedShares)
            .executionPrice(executionPrice)
            .liquidityFlag(liquidityFlag)
            .matchNumber(matchNumber);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, ExecutedMessage.LENGTH));
        assertEquals("onExecuted", listener.lastMethod);
        assertEquals(1, listener.calls);
        final ExecutedMessage decoded = (ExecutedMessage)listener.last;
        assertEquals('E', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(executedShares, decoded.executedShares(), "executedShares");
        assertEquals(executionPrice, decoded.executionPrice(), "executionPrice");
        assertEquals(liquidityFlag, decoded.liquidityFlag(), "liquidityFlag");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + ExecutedMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void rejectedRoundTrips(
        @ForAll long timestampNs,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @CharRange(from = ' ', to = '~') char reason)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new RejectedMessage().wrapForEncode(buffer, OFFSET)
            .timestampNs(timestampNs)
            .orderTokenNumber(orderToken)
            .reason(reason);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, RejectedMessage.LENGTH));
        assertEquals("onRejected", listener.lastMethod);
        assertEquals(1, listener.calls);
        final RejectedMessage decoded = (RejectedMessage)listener.last;
        assertEquals('J', decoded.messageType());
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(reason, decoded.reason(), "reason");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + RejectedMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }
}
