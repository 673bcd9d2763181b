package io.hftengine.protocol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Alpha and Numeric fields: round trips, padding, and what counts as invalid.
 */
class AsciiFieldsTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[32]);

    @Property
    void rightJustifiedNumbersRoundTrip(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long value)
    {
        AsciiFields.putRightJustifiedNumber(buffer, 1, 20, value);
        assertEquals(value, AsciiFields.parseNumeric(buffer, 1, 20));
        assertEquals(' ', (char)buffer.getByte(1), "left padded with spaces");
    }

    @Property
    void leftJustifiedNumbersRoundTrip(@ForAll @LongRange(min = 0, max = 99_999_999_999_999L) final long value)
    {
        AsciiFields.putLeftJustifiedNumber(buffer, 3, 14, value);
        assertEquals(value, AsciiFields.parseLeftJustifiedNumber(buffer, 3, 14));
        assertEquals(Long.toString(value).charAt(0), (char)buffer.getByte(3), "left-justified");
    }

    @Property
    void leftJustifiedNumbersOfEveryWidthMatchTheDecimalString(
        @ForAll @LongRange(min = 0, max = 99_999_999_999_999L) final long value,
        @ForAll @IntRange(min = 1, max = 14) final int width)
    {
        final String digits = Long.toString(value);
        buffer.setMemory(0, 32, (byte)'#');
        if (digits.length() > width)
        {
            assertThrows(IllegalArgumentException.class, () -> AsciiFields.putLeftJustifiedNumber(buffer, 2, width, value));
            return;
        }
        AsciiFields.putLeftJustifiedNumber(buffer, 2, width, value);
        final String expected = digits + " ".repeat(width - digits.length());
        assertEquals("##" + expected + "#", buffer.getStringWithoutLengthAscii(0, width + 3), "written in place, nothing around");
        assertEquals(value, AsciiFields.parseLeftJustifiedNumber(buffer, 2, width));
    }

    @Test
    void leftJustifiedNumbersRejectAnythingButDigitsThenSpaces()
    {
        for (final String field : new String[] {" 12345678     ", "123 45        ", "12345678901234", "1234567890123X",
            "              ", "12345678\0     ", "-1            ", "1234567890 12 "})
        {
            buffer.putStringWithoutLengthAscii(0, field);
            final long expected = field.matches("[0-9]+ *") ? Long.parseLong(field.trim()) : -1;
            assertEquals(expected, AsciiFields.parseLeftJustifiedNumber(buffer, 0, 14), "'" + field + "'");
        }
        buffer.putStringWithoutLengthAscii(0, "7 ");
        assertEquals(7, AsciiFields.parseLeftJustifiedNumber(buffer, 0, 2));
        assertEquals(7, AsciiFields.parseLeftJustifiedNumber(buffer, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> AsciiFields.putLeftJustifiedNumber(buffer, 0, 14, -1));
        assertThrows(IllegalArgumentException.class,
            () -> AsciiFields.putLeftJustifiedNumber(buffer, 0, 14, 100_000_000_000_000L));
    }

    @Test
    void numericFieldsRejectLettersAndOverflow()
    {
        buffer.putStringWithoutLengthAscii(0, "   12 4");
        assertEquals(-1, AsciiFields.parseNumeric(buffer, 0, 7));
        buffer.putStringWithoutLengthAscii(0, "99999999999999999999");
        assertEquals(-1, AsciiFields.parseNumeric(buffer, 0, 20));
        buffer.putStringWithoutLengthAscii(0, "       ");
        assertEquals(0, AsciiFields.parseNumeric(buffer, 0, 7));
        assertEquals(-1, AsciiFields.parseLeftJustifiedNumber(buffer, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> AsciiFields.putRightJustifiedNumber(buffer, 0, 3, 1000));
    }

    @Test
    void alphaFieldsArePaddedAndPackedBigEndian()
    {
        AsciiFields.putAlpha(buffer, 0, 8, "AAPL");
        assertEquals(0x4141504C20202020L, buffer.getLong(0, java.nio.ByteOrder.BIG_ENDIAN));
        assertEquals(0x4141504C20202020L, AsciiFields.pack8("AAPL"));
        assertEquals(0x4753434F, AsciiFields.pack4("GSCO"));
        final StringBuilder sb = new StringBuilder();
        AsciiFields.appendPacked(sb, AsciiFields.pack8("AB C"), 8);
        assertEquals("AB C", sb.toString());
        assertThrows(IllegalArgumentException.class, () -> AsciiFields.pack8("TOOLONGSYM"));
        assertThrows(IllegalArgumentException.class, () -> AsciiFields.pack4("\u00e9"));
    }
}
