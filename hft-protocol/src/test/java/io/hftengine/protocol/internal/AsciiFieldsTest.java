package io.hftengine.protocol.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
