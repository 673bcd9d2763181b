package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SideTest {
    @Test
    void wireCodesSignsAndOpposites() {
        for (final Side side : Side.values()) {
            assertEquals(side, Side.fromCode(side.code()));
            assertEquals(side, side.opposite().opposite());
            assertEquals(-side.sign(), side.opposite().sign());
        }
        assertEquals(Side.BUY, Side.fromCode((byte) 'B'));
        assertEquals(1, Side.BUY.sign());
        assertNull(Side.fromCode((byte) 'X'));
    }

    @Test
    void charCodesAsTheFlyweightsReturnThem() {
        assertEquals(Side.BUY, Side.fromCode('B'));
        assertEquals(Side.SELL, Side.fromCode('S'));
        assertNull(Side.fromCode('b'));
        // A char whose low byte is 'B' is not 'B': a plain cast to byte would have said BUY.
        assertNull(Side.fromCode((char) 0x142));
    }
}
