package io.hftengine.protocol.ouch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.Hex;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three OUCH 4.2 outbound messages about an execution that the decoder used to count as unknown
 * types: Trade Correction ({@code 'F'}, 41 bytes), Executed with Reference Price ({@code 'G'}, 45
 * bytes) and Price Correction ({@code 'K'}, 36 bytes). Bytes assembled by hand from the
 * specification's field tables (offsets confirmed against the Wireshark OUCH 4.x dissector):
 * timestamp 09:30:00 = 34,200,000,000,000 ns, order token "12345" left-justified and space padded,
 * executed shares 50, price 150.25 = 0x0016ED24, reference / corrected price 150.2510 = 0x0016ED2E,
 * match number 54,321 = 0xD431.
 */
class OuchCorrectionMessagesSpecTest
{
    private static final String TS = "00001F1ACED9F000";
    private static final String T = "3132333435 202020202020202020";
    /** type, timestamp, token, executed shares, execution price, liquidity flag, match number, reason. */
    private static final String TRADE_CORRECTION = "46 TS T 00000032 0016ED24 41 000000000000D431 4E";
    /** type, timestamp, token, shares, price, liquidity flag, match number, reference price, its type. */
    private static final String EXECUTED_WITH_REFERENCE_PRICE = "47 TS T 00000032 0016ED24 52 000000000000D431 0016ED2E 49";
    /** type, timestamp, token, match number, new execution price, reason. */
    private static final String PRICE_CORRECTION = "4B TS T 000000000000D431 0016ED2E 45";

    private static UnsafeBuffer spec(final String hex)
    {
        return Hex.buffer(hex.replace("TS", TS).replace("T", T));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onTradeCorrection | 41 | " + TRADE_CORRECTION + " | F{timestampNs=34200000000000, orderToken=12345, " +
            "executedShares=50, executionPrice=1502500, liquidityFlag=A, matchNumber=54321, reason=N}",
        "onExecutedWithReferencePrice | 45 | " + EXECUTED_WITH_REFERENCE_PRICE + " | G{timestampNs=34200000000000, " +
            "orderToken=12345, executedShares=50, executionPrice=1502500, liquidityFlag=R, matchNumber=54321, " +
            "referencePrice=1502510, referencePriceType=I}",
        "onPriceCorrection | 36 | " + PRICE_CORRECTION + " | K{timestampNs=34200000000000, orderToken=12345, " +
            "matchNumber=54321, newExecutionPrice=1502510, reason=E}",
    })
    void outboundDecoderDispatchesTheSpecMessageWithEveryField(
        final String method, final int length, final String hex, final String expected)
    {
        final UnsafeBuffer buffer = spec(hex);
        assertEquals(length, buffer.capacity(), "spec length");
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertTrue(decoder.decode(buffer, 0, length));
        assertEquals(0, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(1, decoder.messagesDecoded());
        assertEquals(method, listener.lastMethod);
        assertEquals(expected, ((OuchMessage)listener.last).appendTo(new StringBuilder()).toString());
        assertEquals(length, ((OuchMessage)listener.last).messageLength());
    }

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"46, 40", "46, 42", "47, 44", "47, 46", "4B, 35", "4B, 37"})
    void aWrongLengthIsCountedNotDispatched(final String typeHex, final int length)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        buffer.putByte(0, (byte)Integer.parseInt(typeHex, 16));
        final CapturingOuchListener listener = new CapturingOuchListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        assertFalse(decoder.decode(buffer, 0, length));
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(0, listener.calls);
    }

    @Test
    void settersWriteTheSpecBytes()
    {
        final UnsafeBuffer f = new UnsafeBuffer(new byte[TradeCorrectionMessage.LENGTH]);
        new TradeCorrectionMessage().wrapForEncode(f, 0).timestampNs(34_200_000_000_000L).orderTokenNumber(12_345)
            .executedShares(50).executionPrice(1_502_500).liquidityFlag('A').matchNumber(54_321).reason('N');
        assertArrayEquals(spec(TRADE_CORRECTION).byteArray(), f.byteArray(), "Trade Correction");

        final UnsafeBuffer g = new UnsafeBuffer(new byte[ExecutedWithReferencePriceMessage.LENGTH]);
        new ExecutedWithReferencePriceMessage().wrapForEncode(g, 0).timestampNs(34_200_000_000_000L)
            .orderTokenNumber(12_345).executedShares(50).executionPrice(1_502_500).liquidityFlag('R')
            .matchNumber(54_321).referencePrice(1_502_510).referencePriceType('I');
        assertArrayEquals(spec(EXECUTED_WITH_REFERENCE_PRICE).byteArray(), g.byteArray(), "Executed with Reference Price");

        final UnsafeBuffer k = new UnsafeBuffer(new byte[PriceCorrectionMessage.LENGTH]);
        new PriceCorrectionMessage().wrapForEncode(k, 0).timestampNs(34_200_000_000_000L).orderTokenNumber(12_345)
            .matchNumber(54_321).newExecutionPrice(1_502_510).reason('E');
        assertArrayEquals(spec(PRICE_CORRECTION).byteArray(), k.byteArray(), "Price Correction");
    }
}
