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
}
