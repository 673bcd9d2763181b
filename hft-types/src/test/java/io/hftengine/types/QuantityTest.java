package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void unitsAndShares() {
        assertEquals(100 * Quantity.ONE, Quantity.ofUnits(100));
        assertEquals(-3 * Quantity.ONE, Quantity.ofUnits(-3));
        assertEquals(Quantity.MAX_UNITS * Quantity.ONE, Quantity.ofUnits(Quantity.MAX_UNITS));
        assertThrows(ArithmeticException.class, () -> Quantity.ofUnits(Quantity.MAX_UNITS + 1));
        assertThrows(ArithmeticException.class, () -> Quantity.ofUnits(-Quantity.MAX_UNITS - 1));
        assertEquals(0xFFFF_FFFFL * Quantity.ONE, Quantity.fromShares(0xFFFF_FFFFL));
        assertEquals(0, Quantity.fromShares(0));
        assertThrows(IllegalArgumentException.class, () -> Quantity.fromShares(-1));
        assertThrows(IllegalArgumentException.class, () -> Quantity.fromShares(1L << 32));
        assertEquals(250, Quantity.toUnits(Quantity.fromShares(250)));
        assertEquals(-7, Quantity.toUnits(Quantity.ofUnits(-7)));
        final ArithmeticException e = assertThrows(ArithmeticException.class, () -> Quantity.toUnits(Quantity.ONE + 1));
        assertTrue(e.getMessage().contains("1.00000001"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantity.toUnits(Quantity.NULL));
    }

    @Test
    void textAndArithmetic() {
        assertEquals(150_000_000L, Quantity.parse("1.5"));
        assertEquals("1.5", Quantity.toString(150_000_000L));
        assertEquals("NULL", Quantity.toString(Quantity.NULL));
        final byte[] bytes = "0.25".getBytes(StandardCharsets.US_ASCII);
        assertEquals(25_000_000L, Quantity.tryParse(bytes, 0, bytes.length));
        assertEquals(25_000_000L, Quantity.tryParse(ByteBuffer.wrap(bytes), 0, bytes.length));
        assertEquals(Quantity.NULL, Quantity.tryParse("1.5 shares"));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1.5 shares"));
        assertTrue(e.getMessage().startsWith("Invalid quantity \"1.5 shares\""), e.getMessage());
        final byte[] dst = new byte[4];
        assertEquals(3, Quantity.format(Quantity.ofUnits(100), dst, 0));
        assertEquals(-1, Quantity.format(Quantity.ofUnits(10_000), dst, 0));
        final ByteBuffer buffer = ByteBuffer.allocate(8);
        assertEquals(4, Quantity.format(-Quantity.ONE / 2, buffer, 4));
        assertEquals(-Quantity.ONE / 2, Quantity.tryParse(buffer, 4, 4));
        assertEquals(-1, Quantity.format(-Quantity.ONE / 2, buffer, 5));
        assertEquals(Quantity.ofUnits(42), Quantity.tryParse("qty=42;", 4, 2));
        assertEquals(Quantity.ofUnits(5), Quantity.add(Quantity.ofUnits(2), Quantity.ofUnits(3)));
        assertEquals(Quantity.ofUnits(-1), Quantity.subtract(Quantity.ofUnits(2), Quantity.ofUnits(3)));
        assertThrows(ArithmeticException.class, () -> Quantity.add(Quantity.MAX, 1));
        assertThrows(IllegalArgumentException.class, () -> Quantity.subtract(Quantity.NULL, 1));
        assertTrue(Quantity.compare(1, 2) < 0);
        assertTrue(Quantity.isNull(Quantity.NULL));
    }
}
