package io.hftengine.fuzz;

/**
 * The one assertion every fuzz target makes about regions handed to listeners: they lie inside
 * the region that was decoded. Throws {@link AssertionError}, which Jazzer reports as a finding.
 */
final class InRange
{
    private InRange()
    {
    }

    /**
     * Checks that {@code [offset, offset + length)} lies inside {@code [start, end)}.
     *
     * @param what names the region in the failure message
     * @param offset start of the region handed out
     * @param length its length
     * @param start first byte the decoder was given
     * @param end one past the last byte the decoder was given
     */
    static void check(final String what, final int offset, final int length, final int start, final int end)
    {
        if (length < 0 || offset < start || offset > end || length > end - offset)
        {
            throw new AssertionError(what + " [" + offset + ", +" + length + ") outside [" + start + ", " + end + ")");
        }
    }
}
