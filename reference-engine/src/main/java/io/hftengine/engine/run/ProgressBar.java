package io.hftengine.engine.run;

/** The replay's progress line on a terminal: rewritten in place with a carriage return. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    /**
     * Formats one progress line.
     *
     * @param what    the command, first on the line
     * @param packets packets taken in so far
     * @param done    fraction of the input read, 0 to 1, or NaN when unknown (no bar then)
     * @return the line, starting with a carriage return and without a newline
     */
    static String line(final String what, final long packets, final double done) {
        if (Double.isNaN(done)) {
            return String.format("\r%s: %,d packets...", what, packets);
        }
        final double clamped = Math.max(0, Math.min(1, done));
        final int filled = (int) Math.round(clamped * WIDTH);
        return String.format("\r%s [%s%s] %3d%%  %,d packets", what, "#".repeat(filled), ".".repeat(WIDTH - filled),
                (int) Math.floor(clamped * 100), packets);
    }
}
