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
    /**
     * The run completed but trading was halted: the kill switch tripped (a risk limit, an orphan
     * fill, a trade correction, a full ring, {@code hft monitor --kill-switch}, or the day
     * recovered from the journal), or the venue session ended or refused the login or the
     * resumed login. The summary ({@code kill_switch_tripped}, {@code venue_session_ended}) and
     * the console say why. A run that also failed exits {@link #FAILED}.
     */
    public static final int HALTED = 5;

    private ExitCodes() {
    }
}
