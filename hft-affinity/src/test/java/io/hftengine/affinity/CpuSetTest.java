package io.hftengine.affinity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuSetTest
{
    @Test
    void parsesKernelCpuListSyntax()
    {
        assertArrayEquals(new int[] {0, 1, 2, 3, 8, 10, 11}, CpuSet.parse("0-3,8,10-11").toArray());
        assertArrayEquals(new int[] {5}, CpuSet.parse("5").toArray());
        assertArrayEquals(new int[] {0, 1, 16, 17}, CpuSet.parse("0-1,16-17\n").toArray());
        assertArrayEquals(new int[] {7}, CpuSet.parse("7-7").toArray());
    }

    @Test
    void blankInputIsTheEmptySetLikeAnEmptyIsolatedFile()
    {
        assertTrue(CpuSet.parse("\n").isEmpty());
        assertTrue(CpuSet.parse("").isEmpty());
        assertTrue(CpuSet.parse("  \t ").isEmpty());
        assertEquals("", CpuSet.parse("\n").format());
        assertEquals(-1, CpuSet.empty().first());
    }

    @Test
    void overlappingAndUnorderedElementsAreMergedAndFormattedCanonically()
    {
        final CpuSet set = CpuSet.parse("8, 0-3 ,2,1-2,9");
        assertEquals("0-3,8-9", set.format());
        assertEquals(6, set.size());
        assertEquals(CpuSet.of(9, 8, 3, 2, 1, 0), set);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-1", "1,,2", ",1", "1,", "a", "-1", "1-", "-", "0-7:2/4", "1.5", "0x3", "99999", "8192",
        "0-8192", "1 2"})
    void rejectsMalformedListsWithTheInputInTheMessage(final String text)
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> CpuSet.parse(text));
        assertTrue(ex.getMessage().contains(text.strip()), ex.getMessage());
    }

    @Test
    void reversedRangeMessageSaysWhy()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("0,5-2"));
        assertTrue(ex.getMessage().contains("'5-2'") && ex.getMessage().contains("below its start"), ex.getMessage());
    }

    @Test
    void acceptsTheLargestKernelCpuId()
    {
        assertTrue(CpuSet.parse("8191").contains(CpuSet.MAX_CPU_ID));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.of(-1));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.range(-1));
    }

    @Test
    void setAlgebra()
    {
        final CpuSet a = CpuSet.parse("0-7");
        final CpuSet b = CpuSet.parse("4-11");
        assertEquals("0-11", a.union(b).format());
        assertEquals("4-7", a.intersect(b).format());
        assertEquals("0-3", a.minus(b).format());
        assertEquals(CpuSet.range(8), a);
        assertFalse(a.contains(8));
        assertEquals(4, a.intersect(b).first());
    }

    @Property
    void formatThenParseIsIdentity(@ForAll @Size(max = 40) final List<@IntRange(max = 300) Integer> ids)
    {
        final CpuSet set = CpuSet.of(ids.stream().mapToInt(Integer::intValue).toArray());
        assertEquals(set, CpuSet.parse(set.format()));
        final BitSet expected = new BitSet();
        ids.forEach(expected::set);
        assertArrayEquals(expected.stream().toArray(), set.toArray());
    }
}
