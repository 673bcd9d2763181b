package io.hftengine.affinity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageGroupingTest
{
    @Test
    void fourStagesOnOneTwoThreeFourThreads()
    {
        assertArrayEquals(new int[][] {{0, 1, 2, 3}}, StageGrouping.split(4, 1));
        assertArrayEquals(new int[][] {{0}, {1, 2, 3}}, StageGrouping.split(4, 2));
        assertArrayEquals(new int[][] {{0}, {1, 2}, {3}}, StageGrouping.split(4, 3));
        assertArrayEquals(new int[][] {{0}, {1}, {2}, {3}}, StageGrouping.split(4, 4));
        assertArrayEquals(new int[][] {{0}, {1, 2}, {3}, {4}}, StageGrouping.split(5, 4));
    }

    @Property
    void everyStageExactlyOnceInOrderAndNoGroupEmpty(
        @ForAll @IntRange(min = 1, max = 40) final int n, @ForAll @IntRange(min = 1, max = 40) final int t)
    {
        if (t > n)
        {
            return;
        }
        final int[][] groups = StageGrouping.split(n, t);
        assertEquals(t, groups.length);
        int expected = 0;
        int largest = 0;
        int smallest = Integer.MAX_VALUE;
        for (final int[] group : groups)
        {
            assertTrue(group.length > 0);
            largest = Math.max(largest, group.length);
            smallest = Math.min(smallest, group.length);
            for (final int stage : group)
            {
                assertEquals(expected++, stage);
            }
        }
        assertEquals(n, expected);
        if (t >= 2)
        {
            assertEquals(1, groups[0].length, "market data alone from 2 threads");
        }
        if (t >= 3)
        {
            assertEquals(1, groups[t - 1].length, "gateway alone from 3 threads");
        }
    }
}
