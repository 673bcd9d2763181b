package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Edge cases of {@link Symbol} found in review, each pinned by the test that first failed. */
class SymbolEdgeCaseTest {
    @Test
    void appendToShowsNonPrintableBytesOfAnInvalidSymbolAsHexEscapes() {
        // A corrupt Stock field must print visibly in a log line: raw NULs are invisible and a
        // raw 0x0A would split the line.
        assertEquals("MSFT\\x00\\x00\\x00\\x00", Symbol.toString(Symbol.pack("MSFT") & ~0xFFFF_FFFFL));
        assertEquals("A\\x0AB", Symbol.toString(0x410A_4220_2020_2020L));
        assertEquals("\\xE9\\x7F", Symbol.toString(0xE97F_2020_2020_2020L));
        assertEquals("\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00", Symbol.toString(Symbol.NONE));
    }

    @Test
    void appendToKeepsEveryPrintableByteOfAValidSymbolVerbatim() {
        assertEquals("A\\B ~", Symbol.toString(Symbol.pack("A\\B ~")));
        assertEquals("BRK A", Symbol.appendTo(Symbol.pack("BRK A"), new StringBuilder()).toString());
    }
}
