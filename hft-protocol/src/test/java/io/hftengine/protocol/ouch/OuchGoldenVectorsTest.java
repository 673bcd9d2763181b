package io.hftengine.protocol.ouch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.Hex;
import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hand-assembled message per OUCH 4.2 type, from the specification's field tables. Order token
 * "12345" (T) and "12346" (T2), left-justified and space padded to 14 bytes; timestamp 09:30:00 =
 * 34,200,000,000,000 ns; stock "AAPL"; price 150.25 = 0x0016ED24; time in force 99998 = 0x1869E.
 */
class OuchGoldenVectorsTest
{
    private static final String T = "3132333435 202020202020202020";
    private static final String T2 = "3132333436 202020202020202020";
    private static final String TS = "00001F1ACED9F000";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onEnterOrder | 49 | 4F T 42 00000064 4141504C20202020 0016ED24 00000000 4753434F 59 50 4E 00000000 4E 52 | " +
            "O{orderToken=12345, side=B, shares=100, stock=AAPL, price=1502500, timeInForce=0, firm=GSCO, display=Y, " +
            "capacity=P, intermarketSweepEligibility=N, minimumQuantity=0, crossType=N, customerType=R}",
        "onReplaceOrder | 47 | 55 T T2 000000C8 0016ED24 0001869E 59 4E 00000000 | " +
            "U{existingOrderToken=12345, replacementOrderToken=12346, shares=200, price=1502500, timeInForce=99998, " +
            "display=Y, intermarketSweepEligibility=N, minimumQuantity=0}",
        "onCancelOrder | 19 | 58 T 00000000 | X{orderToken=12345, shares=0}",
    })
    void decodesInbound(final String method, final int length, final String hex, final String expected)
    {
        final UnsafeBuffer buffer = Hex.buffer(hex.replace("T2", T2).replace("T", T));
        assertEquals(length, buffer.capacity());
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        assertTrue(decoder.decode(buffer, 0, length));
        assertEquals(method, listener.lastMethod);
        assertEquals(expected, ((OuchMessage)listener.last).appendTo(new StringBuilder()).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onSystemEvent | 10 | 53 TS 53 | S{timestampNs=34200000000000, eventCode=S}",
        "onAccepted | 66 | 41 TS T 42 00000064 4141504C20202020 0016ED24 0001869E 4753434F 59 00000000075BCD15 50 4E 00000000 4E 4C 20 | " +
            "A{timestampNs=34200000000000, orderToken=12345, side=B, shares=100, stock=AAPL, price=1502500, " +
            "timeInForce=99998, firm=GSCO, display=Y, orderReferenceNumber=123456789, capacity=P, " +
            "intermarketSweepEligibility=N, minimumQuantity=0, crossType=N, orderState=L, bboWeightIndicator= }",
        "onReplaced | 80 | 55 TS T2 42 000000C8 4141504C20202020 0016ED24 0001869E 4753434F 59 00000000075BCD16 50 4E 00000000 4E 4C T 20 | " +
            "U{timestampNs=34200000000000, replacementOrderToken=12346, side=B, shares=200, stock=AAPL, price=1502500, " +
            "timeInForce=99998, firm=GSCO, display=Y, orderReferenceNumber=123456790, capacity=P, " +
            "intermarketSweepEligibility=N, minimumQuantity=0, crossType=N, orderState=L, previousOrderToken=12345, " +
            "bboWeightIndicator= }",
        "onCanceled | 28 | 43 TS T 00000064 55 | C{timestampNs=34200000000000, orderToken=12345, decrementShares=100, reason=U}",
        "onExecuted | 40 | 45 TS T 00000032 0016ED24 41 000000000000D431 | " +
            "E{timestampNs=34200000000000, orderToken=12345, executedShares=50, executionPrice=1502500, liquidityFlag=A, " +
            "matchNumber=54321}",
        "onRejected | 24 | 4A TS T 48 | J{timestampNs=34200000000000, orderToken=12345, reason=H}",
    })
    void decodesOutbound(final String method, final int length, final String hex, final String expected)
    {
        final UnsafeBuffer buffer = Hex.buffer(hex.replace("TS", TS).replace("T2", T2).replace("T", T));
        assertEquals(length, buffer.capacity());
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, 0, length));
        assertEquals(method, listener.lastMethod);
        assertEquals(expected, ((OuchMessage)listener.last).appendTo(new StringBuilder()).toString());
    }

    @Test
    void encodesEnterOrderToTheGoldenBytes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EnterOrderMessage.LENGTH]);
        new EnterOrderMessage().wrapForEncode(buffer, 0)
            .orderToken("12345").side('B').shares(100).stock(AsciiFields.pack8("AAPL")).price(1_502_500L)
            .timeInForce(0).firm(AsciiFields.pack4("GSCO")).display('Y').capacity('P')
            .intermarketSweepEligibility('N').minimumQuantity(0).crossType('N').customerType('R');
        assertArrayEquals(
            Hex.bytes("4F " + T + " 42 00000064 4141504C20202020 0016ED24 00000000 4753434F 59 50 4E 00000000 4E 52"),
            buffer.byteArray());
        assertEquals(12_345L, new EnterOrderMessage().wrap(buffer, 0).orderTokenNumber());
    }

    @Test
    void tokenThatIsNotANumberReadsAsMinusOneAndBadTokensAreRefused()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[CancelOrderMessage.LENGTH]);
        final CancelOrderMessage cancel = new CancelOrderMessage().wrapForEncode(buffer, 0).orderToken("AB12");
        assertEquals(-1L, cancel.orderTokenNumber());
        assertThrows(IllegalArgumentException.class, () -> cancel.orderToken("123456789012345"));
        assertThrows(IllegalArgumentException.class, () -> cancel.orderTokenNumber(100_000_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> cancel.orderTokenNumber(-1));
        assertThrows(IllegalStateException.class, () -> new CancelOrderMessage().wrap(buffer, 0).shares(1));
    }

    @Test
    void inboundDecoderCountsOutboundTypesAndWrongLengths()
    {
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[80]);
        buffer.putByte(0, (byte)'A');
        assertFalse(decoder.decode(buffer, 0, 66));
        new CancelOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(1).shares(0);
        assertFalse(decoder.decode(buffer, 0, 20));
        assertFalse(decoder.decode(buffer, 70, 19));
        assertEquals(1, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(1, decoder.errorCounters().count(DecodeError.TRUNCATED_MESSAGE));
        assertEquals(0, listener.calls);
        assertTrue(decoder.decode(buffer, 0, 19));
        assertEquals(1, listener.calls);
    }
}
