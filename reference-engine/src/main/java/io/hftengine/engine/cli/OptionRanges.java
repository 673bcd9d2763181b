package io.hftengine.engine.cli;

/**
 * Range checks of numeric options, done before a command opens anything: a value that would make
 * the run measure nothing, or loop on nothing, is a usage error that names the option, never a
 * quiet empty report with exit code 0.
 */
final class OptionRanges {
    /** The most seconds an option takes: a century, far below where nanoseconds overflow a long. */
    static final long MAX_SECONDS = 3_153_600_000L;

    private OptionRanges() {
    }

    /**
     * Checks a duration that must be positive.
     *
     * @param option the option's name, for the message
     * @param seconds the value given
     * @return {@code seconds}
     * @throws IllegalArgumentException unless it is above 0 and at most {@link #MAX_SECONDS}
     */
    static double positiveSeconds(final String option, final double seconds) {
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException(option + " must be above 0 and at most " + MAX_SECONDS
                    + " seconds, was " + seconds);
        }
        return seconds;
    }

    /**
     * Checks a duration that may be zero (a warm-up, say).
     *
     * @param option the option's name, for the message
     * @param seconds the value given
     * @return {@code seconds}
     * @throws IllegalArgumentException unless it is 0 to {@link #MAX_SECONDS}
     */
    static double seconds(final String option, final double seconds) {
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException(option + " must be 0 to " + MAX_SECONDS + " seconds, was " + seconds);
        }
        return seconds;
    }

    /**
     * Checks a count that must be at least 1 (a rate, a number of messages).
     *
     * @param option the option's name, for the message
     * @param value the value given
     * @return {@code value}
     * @throws IllegalArgumentException when it is below 1
     */
    static long positive(final String option, final long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
        return value;
    }

    /**
     * Checks a UDP or TCP port number, where 0 means "any" (an ephemeral port, or every port).
     *
     * @param option the option's name, for the message
     * @param port the value given
     * @return {@code port}
     * @throws IllegalArgumentException unless it is 0 to 65,535
     */
    static int port(final String option, final int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(option + " must be a port, 0 to 65535, was " + port);
        }
        return port;
    }

    /**
     * Checks a number of feed symbols: ITCH stock locates are 1 to 65,535.
     *
     * @param symbols the value given
     * @return {@code symbols}
     * @throws IllegalArgumentException when out of range
     */
    static int symbols(final int symbols) {
        if (symbols < 1 || symbols > 65_535) {
            throw new IllegalArgumentException("--symbols must be 1 to 65535, was " + symbols);
        }
        return symbols;
    }
}
