package io.hftengine.engine.config;

/**
 * A configuration value that cannot be used, found before trading starts.
 *
 * <p>The message always names the file, the line (when the value came from a file) and the
 * dotted key, so an operator can fix the file without reading code: for example
 * {@code risk_limits.toml:12: limits.max_order_qty: must be between 1 and 1000000, was 0}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Line number used when a value did not come from a file (embedded defaults). */
    public static final int NO_LINE = 0;

    private final String file;
    private final int line;
    private final String key;

    /**
     * Creates an exception for one bad value.
     *
     * @param file the file name the value came from, or {@code "<defaults>"}
     * @param line the 1-based line of the key, or {@link #NO_LINE}
     * @param key the dotted key, or an empty string for a whole-file problem
     * @param problem what is wrong, in words, including the value found where it helps
     */
    public ConfigException(final String file, final int line, final String key, final String problem) {
        super(format(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    private static String format(final String file, final int line, final String key, final String problem) {
        final StringBuilder sb = new StringBuilder(file);
        if (line > NO_LINE) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!key.isEmpty()) {
            sb.append(key).append(": ");
        }
        return sb.append(problem).toString();
    }

    /**
     * Returns the file the bad value came from.
     *
     * @return a file name, or {@code "<defaults>"}
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line of the bad key.
     *
     * @return a 1-based line number, or {@link #NO_LINE}
     */
    public int line() {
        return line;
    }

    /**
     * Returns the dotted key of the bad value.
     *
     * @return the key, or an empty string when the whole file is at fault
     */
    public String key() {
        return key;
    }
}
