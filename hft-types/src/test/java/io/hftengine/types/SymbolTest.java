package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {
    @Test
    void packsLikeTheWireBytes() {
        final byte[] wire = "AAPL    ".getBytes(StandardCharsets.US_ASCII);
        final long fromBuffer = ByteBuffer.wrap(wire).order(ByteOrder.BIG_ENDIAN).getLong(0);
        assertEquals(fromBuffer, Symbol.pack("AAPL"));
        assertEquals(fromBuffer, Symbol.pack("AAPL    "));
        assertEquals(fromBuffer, Symbol.read(wire, 0));
        assertEquals(fromBuffer, Symbol.read(ByteBuffer.wrap(wire).order(ByteOrder.LITTLE_ENDIAN), 0));
        final byte[] out = new byte[9];
        Symbol.write(fromBuffer, out, 1);
        assertEquals("AAPL    ", new String(out, 1, 8, StandardCharsets.US_ASCII));
    }

    @Test
    void unpacksWithoutPadding() {
        assertEquals("AAPL", Symbol.toString(Symbol.pack("AAPL")));
        assertEquals("ABCDEFGH", Symbol.toString(Symbol.pack("ABCDEFGH")));
        assertEquals("BRK A", Symbol.toString(Symbol.pack("BRK A")));
        assertEquals("Z", Symbol.appendTo(Symbol.pack("Z"), new StringBuilder()).toString());
        assertEquals(4, Symbol.length(Symbol.pack("AAPL")));
        assertEquals(8, Symbol.length(Symbol.pack("ABCDEFGH")));
        assertEquals(0, Symbol.length(0x2020_2020_2020_2020L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCDEFGHI", " AAPL", "AA\u00e9L", "A\tB", "A\u007f"})
    void rejectsInvalidText(final String text) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Symbol.pack(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void validation() {
        assertTrue(Symbol.isValid(Symbol.pack("MSFT")));
        assertTrue(Symbol.isValid(Symbol.pack("~!")));
        assertFalse(Symbol.isValid(Symbol.NONE));
        assertFalse(Symbol.isValid(0x2020_2020_2020_2020L));
        assertFalse(Symbol.isValid(Symbol.pack("MSFT") & ~0xFFL)); // trailing NUL
        assertFalse(Symbol.isValid(Symbol.pack("MSFT") | 0x80L << 40));
        assertThrows(IndexOutOfBoundsException.class, () -> Symbol.read(new byte[7], 0));
    }
}
