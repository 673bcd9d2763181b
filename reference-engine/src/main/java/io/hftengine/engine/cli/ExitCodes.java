package io.hftengine.engine.cli;

/** The exit codes of every {@code hft} command, so scripts can tell failures apart. */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The run started but failed (an engine error, a check that did not hold). */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** A configuration file or value was rejected before trading started. */
    public static final int CONFIG = 3;
    /** An input file could not be read or is not what it claims to be. */
    public static final int INPUT = 4;

    private ExitCodes() {
    }
}
