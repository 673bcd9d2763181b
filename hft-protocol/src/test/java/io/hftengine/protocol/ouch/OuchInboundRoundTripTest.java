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
class OuchInboundRoundTripTest
{
    private static final int OFFSET = 3;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    @Property(tries = 200)
    void enterOrderRoundTrips(
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long timeInForce,
        @ForAll int firm,
        @ForAll @CharRange(from = ' ', to = '~') char display,
        @ForAll @CharRange(from = ' ', to = '~') char capacity,
        @ForAll @CharRange(from = ' ', to = '~') char intermarketSweepEligibility,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long minimumQuantity,
        @ForAll @CharRange(from = ' ', to = '~') char crossType,
        @ForAll @CharRange(from = ' ', to = '~') char customerType)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new EnterOrderMessage().wrapForEncode(buffer, OFFSET)
            .orderTokenNumber(orderToken)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price)
            .timeInForce(timeInForce)
            .firm(firm)
            .display(display)
            .capacity(capacity)
            .intermarketSweepEligibility(intermarketSweepEligibility)
            .minimumQuantity(minimumQuantity)
            .crossType(crossType)
            .customerType(customerType);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, EnterOrderMessage.LENGTH));
        assertEquals("onEnterOrder", listener.lastMethod);
        assertEquals(1, listener.calls);
        final EnterOrderMessage decoded = (EnterOrderMessage)listener.last;
        assertEquals('O', decoded.messageType());
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals(timeInForce, decoded.timeInForce(), "timeInForce");
        assertEquals(firm, decoded.firm(), "firm");
        assertEquals(display, decoded.display(), "display");
        assertEquals(capacity, decoded.capacity(), "capacity");
        assertEquals(intermarketSweepEligibility, decoded.intermarketSweepEligibility(), "intermarketSweepEligibility");
        assertEquals(minimumQuantity, decoded.minimumQuantity(), "minimumQuantity");
        assertEquals(crossType, decoded.crossType(), "crossType");
        assertEquals(customerType, decoded.customerType(), "customerType");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + EnterOrderMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void replaceOrderRoundTrips(
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long existingOrderToken,
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long replacementOrderToken,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long timeInForce,
        @ForAll @CharRange(from = ' ', to = '~') char display,
        @ForAll @CharRange(from = ' ', to = '~') char intermarketSweepEligibility,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long minimumQuantity)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new ReplaceOrderMessage().wrapForEncode(buffer, OFFSET)
            .existingOrderTokenNumber(existingOrderToken)
            .replacementOrderTokenNumber(replacementOrderToken)
            .shares(shares)
            .price(price)
            .timeInForce(timeInForce)
            .display(display)
            .intermarketSweepEligibility(intermarketSweepEligibility)
            .minimumQuantity(minimumQuantity);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, ReplaceOrderMessage.LENGTH));
        assertEquals("onReplaceOrder", listener.lastMethod);
        assertEquals(1, listener.calls);
        final ReplaceOrderMessage decoded = (ReplaceOrderMessage)listener.last;
        assertEquals('U', decoded.messageType());
        assertEquals(existingOrderToken, decoded.existingOrderTokenNumber(), "existingOrderToken");
        assertEquals(replacementOrderToken, decoded.replacementOrderTokenNumber(), "replacementOrderToken");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(price, decoded.price(), "price");
        assertEquals(timeInForce, decoded.timeInForce(), "timeInForce");
        assertEquals(display, decoded.display(), "display");
        assertEquals(intermarketSweepEligibility, decoded.intermarketSweepEligibility(), "intermarketSweepEligibility");
        assertEquals(minimumQuantity, decoded.minimumQuantity(), "minimumQuantity");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + ReplaceOrderMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void cancelOrderRoundTrips(
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) long orderToken,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new CancelOrderMessage().wrapForEncode(buffer, OFFSET)
            .orderTokenNumber(orderToken)
            .shares(shares);
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, CancelOrderMessage.LENGTH));
        assertEquals("onCancelOrder", listener.lastMethod);
        assertEquals(1, listener.calls);
        final CancelOrderMessage decoded = (CancelOrderMessage)listener.last;
        assertEquals('X', decoded.messageType());
        assertEquals(orderToken, decoded.orderTokenNumber(), "orderToken");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + CancelOrderMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }
}
