package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {
    @Test
    void scaleConstants() {
        assertEquals(8, Price.SCALE_DIGITS);
        assertEquals(100_000_000L, Price.ONE);
        assertEquals(Long.MIN_VALUE, Price.NULL);
        assertEquals(-Price.MAX, Price.MIN);
        assertEquals(Price.MAX_TEXT_LENGTH, Price.textLength(Price.MIN));
    }

    @Test
    void parsesTypicalForms() {
        assertEquals(1_234_560_000L, Price.parse("12.3456"));
        assertEquals(0L, Price.parse("0"));
        assertEquals(0L, Price.parse("-0.00000000"));
        assertEquals(-50_000_000L, Price.parse("-0.5"));
        assertEquals(700_000_000L, Price.parse("+007"));
        assertEquals(1L, Price.parse("0.00000001"));
        assertEquals(Price.MAX, Price.parse("92233720368.54775807"));
        assertEquals(Price.MIN, Price.parse("-92233720368.54775807"));
        assertEquals(Price.MAX, Price.parse("0000000000092233720368.54775807"));
        assertEquals(1L, Price.parse("0000000000000000000000000.00000001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".5", "1.", "1.123456789", "1.000000000", "1e5", " 1", "1 ",
        "1,5", "--1", "+-1", "1.2.3", "92233720368.54775808", "-92233720368.54775808",
        "92233720369", "99999999999999999999999", "0x10", "NULL", "١",
        // Accumulator edges: 19-20 digit integers around Long.MAX_VALUE must not wrap.
        "9223372036854775807", "9223372036854775808", "9223372036854775809", "18446744073709551616",
        "92233720368547758.08", "922337203685477580.8", "-9223372036854775808"})
    void rejectsMalformedText(final String text) {
        assertEquals(Price.NULL, Price.tryParse(text));
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(Price.NULL, Price.tryParse(bytes, 0, bytes.length));
        assertEquals(Price.NULL, Price.tryParse(ByteBuffer.wrap(bytes), 0, bytes.length));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Price.parse(text));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Price.parse(bytes, 0, bytes.length));
    }

    @Test
    void errorMessagesNameReasonAndIndex() {
        assertMessage("12.3x4", "unexpected 'x' at index 4");
        assertMessage("1.123456789", "more than 8 decimals at index 10");
        assertMessage("1.", "no digits after '.' at index 2");
        assertMessage("-", "no digits after the sign at index 1");
        assertMessage("", "empty text");
        assertMessage("92233720369", "out of range");
        assertMessage("1\t", "unexpected 0x09 at index 1");
    }

    private static void assertMessage(final String text, final String expected) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Price.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void parsesSubRangesAndRejectsBadBoundsWithoutThrowing() {
        final byte[] msg = "xx101.25yy".getBytes(StandardCharsets.US_ASCII);
        assertEquals(10_125_000_000L, Price.tryParse(msg, 2, 6));
        assertEquals(10_125_000_000L, Price.tryParse(ByteBuffer.wrap(msg), 2, 6));
        assertEquals(10_125_000_000L, Price.tryParse("xx101.25yy", 2, 6));
        assertEquals(Price.NULL, Price.tryParse(msg, 8, 5));
        assertEquals(Price.NULL, Price.tryParse(msg, -1, 3));
        assertEquals(Price.NULL, Price.tryParse(msg, 0, 0));
        assertEquals(Price.NULL, Price.tryParse(ByteBuffer.wrap(msg).limit(5), 2, 6));
        assertThrows(IndexOutOfBoundsException.class, () -> Price.parse(msg, 8, 5));
    }

    @Test
    void formatsShortestExactForm() {
        assertEquals("12.3456", Price.toString(1_234_560_000L));
        assertEquals("100", Price.toString(Price.ofUnits(100)));
        assertEquals("0", Price.toString(0));
        assertEquals("-0.00000001", Price.toString(-1));
        assertEquals("92233720368.54775807", Price.toString(Price.MAX));
        assertEquals("-92233720368.54775807", Price.toString(Price.MIN));
        assertEquals("NULL", Price.toString(Price.NULL));
        assertEquals("12.5000", Price.appendTo(1_250_000_000L, 4, new StringBuilder()).toString());
        assertEquals("0.12345", Price.appendTo(12_345_000L, 4, new StringBuilder()).toString());
        assertEquals("7.00000000", Price.appendTo(Price.ofUnits(7), 8, new StringBuilder()).toString());
        assertThrows(IllegalArgumentException.class, () -> Price.appendTo(1, 9, new StringBuilder()));
    }

    @Test
    void formatsIntoBuffersAndReportsLackOfSpace() {
        final byte[] dst = new byte[8];
        assertEquals(5, Price.format(-1_250_000_000L, dst, 1));
        assertEquals("-12.5", new String(dst, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(-1, Price.format(Price.MAX, dst, 0));
        assertEquals(-1, Price.format(1, dst, 7));
        assertEquals(-1, Price.format(1, dst, -1));
        final ByteBuffer buffer = ByteBuffer.allocate(32);
        assertEquals(-1, Price.format(10_125_000_000L, 4, new byte[7], 0));
        final byte[] eight = new byte[8];
        assertEquals(8, Price.format(10_125_000_000L, 4, eight, 0));
        assertEquals("101.2500", new String(eight, StandardCharsets.US_ASCII));
        assertEquals(6, Price.format(10_125_000_000L, buffer, 3));
        assertEquals(0, buffer.position());
        assertEquals(10_125_000_000L, Price.tryParse(buffer, 3, 6));
        assertEquals(4, Price.format(Price.NULL, buffer, 0));
        assertEquals(8, Price.format(10_125_000_000L, 4, buffer, 10));
        assertEquals(-1, Price.format(10_125_000_000L, 4, buffer, 25));
    }

    @Test
    void addAndSubtractDetectOverflowAndNull() {
        assertEquals(Price.MAX, Price.add(Price.MAX - 1, 1));
        assertEquals(Price.MIN, Price.subtract(Price.MIN + 1, 1));
        assertThrows(ArithmeticException.class, () -> Price.add(Price.MAX, 1));
        assertThrows(ArithmeticException.class, () -> Price.add(Price.MIN, -1));
        assertThrows(ArithmeticException.class, () -> Price.subtract(Price.MIN, 1));
        assertThrows(ArithmeticException.class, () -> Price.subtract(Price.MAX, -1));
        assertThrows(ArithmeticException.class, () -> Price.subtract(-1, Price.MAX)); // would be NULL
        assertThrows(ArithmeticException.class, () -> Price.add(-1, Price.MIN)); // would be NULL
        assertEquals(Price.MAX, Price.subtract(0, Price.MIN));
        assertThrows(IllegalArgumentException.class, () -> Price.add(Price.NULL, 0));
        assertThrows(IllegalArgumentException.class, () -> Price.subtract(0, Price.NULL));
        assertEquals(0, Price.add(Price.MAX, Price.MIN));
    }

    @Test
    void wire4ConversionsAreExactOrLoud() {
        assertEquals(1_234_560_000L, Price.fromWire4(123_456));
        assertEquals(0xFFFF_FFFFL * 10_000, Price.fromWire4(0xFFFF_FFFFL));
        assertEquals(123_456, Price.toWire4(1_234_560_000L));
        assertThrows(ArithmeticException.class, () -> Price.toWire4(1_234_560_001L));
        assertEquals(123_456, Price.toWire4(1_234_560_001L, TickRounding.DOWN));
        assertEquals(123_457, Price.toWire4(1_234_560_001L, TickRounding.UP));
        assertEquals(-123_457, Price.toWire4(-1_234_565_000L, TickRounding.NEAREST));
        assertEquals(-123_456, Price.toWire4(-1_234_565_000L, TickRounding.NEAREST_EVEN));
        assertThrows(IllegalArgumentException.class, () -> Price.toWire4(Price.NULL));
        assertThrows(ArithmeticException.class, () -> Price.fromWire4(Long.MAX_VALUE / 10_000 + 1));
    }

    @Test
    void fromWireHandlesEveryDecimalCount() {
        assertEquals(Price.ONE, Price.fromWire(1, 0));
        assertEquals(Price.ONE, Price.fromWire(10_000, 4));
        assertEquals(123_456_789L, Price.fromWire(123_456_789L, 8));
        assertThrows(IllegalArgumentException.class, () -> Price.fromWire(1, 9));
        assertThrows(IllegalArgumentException.class, () -> Price.fromWire(1, -1));
        assertThrows(ArithmeticException.class, () -> Price.fromWire(Long.MAX_VALUE, 7));
        assertThrows(ArithmeticException.class, () -> Price.fromWire(Long.MIN_VALUE, 8));
    }

    @Test
    void notionalTruncatesTowardZeroAndDetectsOverflow() {
        assertEquals(Price.ofUnits(1_050), Price.notional(Price.parse("10.5"), Quantity.ofUnits(100)));
        assertEquals(0, Price.notional(1, 1)); // 1e-16 truncates to 0
        assertEquals(0, Price.notional(-1, 1));
        assertEquals(-1, Price.notional(-Price.ONE, 1));
        assertEquals(Price.MAX, Price.notional(Price.MAX, Quantity.ONE));
        assertEquals(Price.MIN, Price.notional(Price.MAX, -Quantity.ONE));
        // 128-bit path with an exact result: 1e10 x 1e10 / 1e8 = 1e12 (product 1e20 > 2^63).
        assertEquals(1_000_000_000_000L, Price.notional(10_000_000_000L, 10_000_000_000L));
        assertEquals(-1_000_000_000_000L, Price.notional(-10_000_000_000L, 10_000_000_000L));
        assertThrows(ArithmeticException.class, () -> Price.notional(Price.MAX, Quantity.ONE + 1));
        assertThrows(ArithmeticException.class, () -> Price.notional(Price.MIN, Quantity.ONE + 1));
        assertThrows(ArithmeticException.class, () -> Price.notional(Price.MAX, Price.MAX));
        assertThrows(IllegalArgumentException.class, () -> Price.notional(Price.NULL, 1));
        assertThrows(IllegalArgumentException.class, () -> Price.notional(1, Quantity.NULL));
    }

    @Test
    void notionalSaturatingClampsInsteadOfThrowing() {
        assertEquals(Long.MAX_VALUE, Price.notionalSaturating(Price.MAX, Price.MAX));
        assertEquals(Long.MAX_VALUE, Price.notionalSaturating(Price.MIN, Price.MIN));
        assertEquals(Long.MIN_VALUE, Price.notionalSaturating(Price.MIN, Price.MAX));
        assertEquals(Long.MIN_VALUE, Price.notionalSaturating(Price.MAX, -Quantity.ONE - 1));
        assertEquals(Price.ofUnits(1_050), Price.notionalSaturating(Price.parse("10.5"), Quantity.ofUnits(100)));
        assertEquals(1_000_000_000_000L, Price.notionalSaturating(10_000_000_000L, 10_000_000_000L));
    }

    @Test
    void roundToTickAllModes() {
        final long tick = Price.parse("0.05");
        final long p = Price.parse("10.03");
        assertEquals(Price.parse("10.00"), Price.roundToTick(p, tick, TickRounding.DOWN));
        assertEquals(Price.parse("10.05"), Price.roundToTick(p, tick, TickRounding.UP));
        assertEquals(Price.parse("10.00"), Price.roundToTick(p, tick, TickRounding.TOWARD_ZERO));
        assertEquals(Price.parse("10.05"), Price.roundToTick(p, tick, TickRounding.NEAREST));
        final long n = Price.parse("-10.03");
        assertEquals(Price.parse("-10.05"), Price.roundToTick(n, tick, TickRounding.DOWN));
        assertEquals(Price.parse("-10.00"), Price.roundToTick(n, tick, TickRounding.UP));
        assertEquals(Price.parse("-10.00"), Price.roundToTick(n, tick, TickRounding.TOWARD_ZERO));
        assertEquals(Price.parse("-10.05"), Price.roundToTick(n, tick, TickRounding.NEAREST));
        // Halves: away from zero for NEAREST, to the even multiple for NEAREST_EVEN.
        assertEquals(Price.parse("10.10"), Price.roundToTick(Price.parse("10.075"), tick, TickRounding.NEAREST));
        assertEquals(Price.parse("10.10"), Price.roundToTick(Price.parse("10.075"), tick, TickRounding.NEAREST_EVEN));
        assertEquals(Price.parse("10.05"), Price.roundToTick(Price.parse("10.025"), tick, TickRounding.NEAREST));
        assertEquals(Price.parse("10.00"), Price.roundToTick(Price.parse("10.025"), tick, TickRounding.NEAREST_EVEN));
        assertEquals(Price.parse("-10.05"), Price.roundToTick(Price.parse("-10.025"), tick, TickRounding.NEAREST));
        assertEquals(Price.parse("-10.00"), Price.roundToTick(Price.parse("-10.025"), tick, TickRounding.NEAREST_EVEN));
        assertEquals(p, Price.roundToTick(p, 1, TickRounding.UP));
        assertTrue(Price.isOnTick(Price.parse("10.05"), tick));
        assertFalse(Price.isOnTick(p, tick));
    }

    @Test
    void roundToTickOverflowAndBadArguments() {
        assertThrows(ArithmeticException.class, () -> Price.roundToTick(Price.MAX, Price.ONE, TickRounding.UP));
        assertThrows(ArithmeticException.class, () -> Price.roundToTick(Price.MIN, Price.ONE, TickRounding.DOWN));
        assertEquals(Price.MAX - Price.MAX % Price.ONE, Price.roundToTick(Price.MAX, Price.ONE, TickRounding.DOWN));
        assertEquals(Price.MAX, Price.roundToTick(Price.MAX, Price.MAX, TickRounding.UP));
        assertThrows(IllegalArgumentException.class, () -> Price.roundToTick(1, 0, TickRounding.UP));
        assertThrows(IllegalArgumentException.class, () -> Price.roundToTick(1, -5, TickRounding.UP));
        assertThrows(IllegalArgumentException.class, () -> Price.roundToTick(Price.NULL, 5, TickRounding.UP));
        assertThrows(IllegalArgumentException.class, () -> Price.isOnTick(1, 0));
    }

    @Test
    void compareAndNullAndDouble() {
        assertTrue(Price.compare(Price.MIN, Price.MAX) < 0);
        assertEquals(0, Price.compare(5, 5));
        assertTrue(Price.isNull(Price.NULL));
        assertFalse(Price.isNull(Price.MIN));
        assertEquals(12.3456, Price.toApproximateDouble(1_234_560_000L), 1e-12);
        assertThrows(ArithmeticException.class, () -> Price.ofUnits(92_233_720_369L));
    }
}
