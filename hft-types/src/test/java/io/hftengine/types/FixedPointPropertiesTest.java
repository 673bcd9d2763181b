package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Parse, format and arithmetic against BigDecimal, over the whole range and its edges. */
class FixedPointPropertiesTest {

    @Provide
    Arbitrary<Long> raws() {
        // Whole range, small values, values near the limits, and whole/4-decimal prices.
        return Arbitraries.oneOf(
            Arbitraries.longs().filter(v -> v != Price.NULL),
            Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
            Arbitraries.longs().between(Price.MAX - 1_000_000, Price.MAX),
            Arbitraries.longs().between(Price.MIN, Price.MIN + 1_000_000),
            Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L).map(v -> v * 10_000L));
    }

    @Provide
    Arbitrary<String> decimalTexts() {
        final Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        // Up to 13 digits covers the range; up to 21 probes the accumulator's overflow guard.
        final Arbitrary<String> integer = Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(13),
            Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(21),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(d -> "0000000000" + d));
        final Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10)
            .map(f -> f.isEmpty() ? "" : "." + f);
        return Combinators.combine(sign, integer, fraction).as((s, i, f) -> s + i + f);
    }

    @Property(tries = 5000)
    void parseAgreesWithBigDecimal(@ForAll("decimalTexts") final String text) {
        // The documented grammar rejects a ninth decimal even when it is zero (BigDecimal would not).
        final int dot = text.indexOf('.');
        final boolean tooManyDecimals = dot >= 0 && text.length() - dot - 1 > Price.SCALE_DIGITS;
        final Long expected = tooManyDecimals ? null : FixedPointOracle.raw(new BigDecimal(text));
        final long expectedRaw = expected == null ? Price.NULL : expected;
        assertEquals(expectedRaw, Price.tryParse(text), text);
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(expectedRaw, Price.tryParse(bytes, 0, bytes.length), text);
        assertEquals(expectedRaw, Price.tryParse(ByteBuffer.wrap(bytes), 0, bytes.length), text);
        assertEquals(expectedRaw, Quantity.tryParse(text), text);
        if (expected == null) {
            assertThrows(IllegalArgumentException.class, () -> Price.parse(text));
        } else {
            assertEquals(expectedRaw, Price.parse(text));
        }
    }

    @Property(tries = 5000)
    void formatAgreesWithBigDecimalAndRoundTrips(@ForAll("raws") final long raw) {
        final String expected = FixedPointOracle.text(raw);
        assertEquals(expected, Price.toString(raw));
        assertEquals(expected, Quantity.toString(raw));
        assertEquals(expected.length(), Price.textLength(raw));
        final byte[] dst = new byte[Price.MAX_TEXT_LENGTH + 3];
        final int written = Price.format(raw, dst, 3);
        assertEquals(expected, new String(dst, 3, written, StandardCharsets.US_ASCII));
        final ByteBuffer buffer = ByteBuffer.allocate(Price.MAX_TEXT_LENGTH);
        assertEquals(written, Price.format(raw, buffer, 0));
        assertEquals(raw, Price.tryParse(buffer, 0, written));
        assertEquals(raw, Price.tryParse(expected));
    }

    @Property(tries = 3000)
    void minDecimalsPadsWithoutLosingPrecision(@ForAll("raws") final long raw,
                                               @ForAll @IntRange(min = 0, max = 8) final int minDecimals) {
        final String text = Price.appendTo(raw, minDecimals, new StringBuilder()).toString();
        final BigDecimal d = FixedPointOracle.decimal(raw).stripTrailingZeros();
        final int expectedScale = Math.max(Math.max(d.scale(), 0), minDecimals);
        assertEquals(FixedPointOracle.decimal(raw).setScale(expectedScale).toPlainString(), text);
        final byte[] dst = new byte[Price.MAX_TEXT_LENGTH];
        final int written = Price.format(raw, minDecimals, dst, 0);
        assertEquals(text, new String(dst, 0, written, StandardCharsets.US_ASCII));
        assertEquals(raw, Price.parse(text));
    }

    @Property(tries = 5000)
    void addAndSubtractAgreeWithBigInteger(@ForAll("raws") final long a, @ForAll("raws") final long b) {
        final BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (FixedPointOracle.fits(sum)) {
            assertEquals(sum.longValueExact(), Price.add(a, b));
            assertEquals(sum.longValueExact(), Quantity.add(a, b));
        } else {
            assertThrows(ArithmeticException.class, () -> Price.add(a, b));
        }
        final BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        if (FixedPointOracle.fits(difference)) {
            assertEquals(difference.longValueExact(), Price.subtract(a, b));
            assertEquals(difference.longValueExact(), Quantity.subtract(a, b));
        } else {
            assertThrows(ArithmeticException.class, () -> Price.subtract(a, b));
        }
    }

    @Provide
    Arbitrary<Long> factors() {
        // Magnitudes spread over every bit length so both the 64-bit and 128-bit paths are hit.
        final Arbitrary<Long> bitLengthSpread = Combinators.combine(
                Arbitraries.integers().between(0, 63), Arbitraries.longs(), Arbitraries.of(1L, -1L))
            .as((bits, v, sign) -> bits == 0 ? 0L : sign * ((v >>> 1) >>> (63 - bits)));
        return Arbitraries.oneOf(bitLengthSpread, raws(), Arbitraries.just(Price.NULL));
    }

    @Property(tries = 10000)
    void notionalAgreesWithBigInteger(@ForAll("factors") final long price, @ForAll("factors") final long qty) {
        final Long expected = FixedPointOracle.notional(price, qty);
        final BigInteger exact = BigInteger.valueOf(price).multiply(BigInteger.valueOf(qty))
            .divide(BigInteger.valueOf(Price.ONE));
        if (expected == null) {
            assertEquals(exact.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE, Price.notionalSaturating(price, qty));
        } else {
            assertEquals(expected.longValue(), Price.notionalSaturating(price, qty));
        }
        if (price == Price.NULL || qty == Quantity.NULL) {
            assertThrows(IllegalArgumentException.class, () -> Price.notional(price, qty));
        } else if (expected == null) {
            assertThrows(ArithmeticException.class, () -> Price.notional(price, qty));
        } else {
            assertEquals(expected.longValue(), Price.notional(price, qty));
        }
    }

    @Provide
    Arbitrary<Long> ticks() {
        return Arbitraries.oneOf(
            Arbitraries.of(1L, 100L, 10_000L, 1_000_000L, 5_000_000L, Price.ONE, 25_000_000L),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.longs().between(1, 1_000_000_000L));
    }

    @Property(tries = 5000)
    void roundToTickAgreesWithBigDecimal(@ForAll("raws") final long price, @ForAll("ticks") final long tick,
                                         @ForAll final TickRounding mode) {
        final Long expected = FixedPointOracle.roundToTick(price, tick, mode);
        if (expected == null) {
            assertThrows(ArithmeticException.class, () -> Price.roundToTick(price, tick, mode));
        } else {
            assertEquals(expected.longValue(), Price.roundToTick(price, tick, mode));
        }
    }

    @Property(tries = 3000)
    void halvesRoundAsDocumented(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) final int multiple,
                                 @ForAll("evenTicks") final long tick) {
        final long half = multiple * tick + (multiple < 0 ? -tick / 2 : tick / 2);
        final Long expectedNearest = FixedPointOracle.roundToTick(half, tick, TickRounding.NEAREST);
        final Long expectedEven = FixedPointOracle.roundToTick(half, tick, TickRounding.NEAREST_EVEN);
        assertEquals(expectedNearest.longValue(), Price.roundToTick(half, tick, TickRounding.NEAREST));
        assertEquals(expectedEven.longValue(), Price.roundToTick(half, tick, TickRounding.NEAREST_EVEN));
    }

    @Provide
    Arbitrary<Long> evenTicks() {
        return Arbitraries.longs().between(1, 1_000_000L).map(t -> t * 2);
    }

    @Property(tries = 3000)
    void wire4RoundTripsAndRoundsLikeTheTickOracle(@ForAll("raws") final long price, @ForAll final TickRounding mode) {
        final Long rounded = FixedPointOracle.roundToTick(price, Price.WIRE4_FACTOR, mode);
        if (rounded == null) {
            assertThrows(ArithmeticException.class, () -> Price.toWire4(price, mode));
            return;
        }
        final long wire = Price.toWire4(price, mode);
        assertEquals(rounded / Price.WIRE4_FACTOR, wire);
        assertEquals(rounded.longValue(), Price.fromWire4(wire));
        if (price % Price.WIRE4_FACTOR == 0) {
            assertEquals(price / Price.WIRE4_FACTOR, Price.toWire4(price));
        } else {
            assertThrows(ArithmeticException.class, () -> Price.toWire4(price));
        }
    }
}
