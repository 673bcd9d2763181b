package io.hftengine.engine.doctor;

import java.util.List;
import java.util.Objects;

/**
 * The doctor's findings for one host, in report order. Immutable.
 *
 * @param root     what was read, e.g. {@code "/"} or a fixture directory
 * @param findings one per setting
 */
public record DoctorReport(String root, List<Finding> findings) {
    /**
     * Copies the findings.
     *
     * @param root     what was read
     * @param findings the findings
     * @throws NullPointerException if an argument is null
     */
    public DoctorReport {
        Objects.requireNonNull(root, "root");
        findings = List.copyOf(findings);
    }

    /**
     * Counts the findings with a verdict.
     *
     * @param verdict the verdict
     * @return how many findings have it
     */
    public int count(final Verdict verdict) {
        return (int) findings.stream().filter(f -> f.verdict() == verdict).count();
    }

    /**
     * Returns the finding for a setting.
     *
     * @param setting the setting name as printed, e.g. {@code "clock source"}
     * @return the finding
     * @throws IllegalArgumentException if the report has no such setting
     */
    public Finding finding(final String setting) {
        for (final Finding f : findings) {
            if (f.setting().equals(setting)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no finding '" + setting + "'");
    }

    /**
     * Formats the report: a header, then {@code verdict  setting | found | recommended | why} per line.
     *
     * @return the text, ending in a newline
     */
    public String format() {
        int width = 0;
        for (final Finding f : findings) {
            width = Math.max(width, f.setting().length());
        }
        final StringBuilder out = new StringBuilder();
        out.append("hft doctor: host as read from ").append(root).append(" (read-only; nothing was changed)\n");
        out.append(String.format("%-7s %-" + width + "s | %s | %s | %s%n", "", "setting", "found", "recommended", "why"));
        for (final Finding f : findings) {
            out.append(String.format("%-7s %-" + width + "s | %s | %s | %s%n",
                tag(f.verdict()), f.setting(), f.found(), f.recommended(), f.why()));
        }
        out.append(count(Verdict.OK)).append(" ok, ").append(count(Verdict.CHANGE)).append(" to change, ")
            .append(count(Verdict.UNKNOWN)).append(" unknown, ").append(count(Verdict.INFO)).append(" for information\n");
        return out.toString();
    }

    private static String tag(final Verdict verdict) {
        switch (verdict) {
            case OK:
                return "ok";
            case CHANGE:
                return "CHANGE";
            case UNKNOWN:
                return "unknown";
            default:
                return "info";
        }
    }
}
