package io.hftengine.engine.doctor;

import java.util.Objects;

/**
 * One line of the doctor's report.
 *
 * @param setting     what is checked, e.g. {@code "clock source"}
 * @param found       its value on this host, or {@code "unknown (...)"}
 * @param recommended what a latency-sensitive deployment wants
 * @param why         one sentence on what the recommendation buys
 * @param verdict     how found compares with recommended
 */
public record Finding(String setting, String found, String recommended, String why, Verdict verdict) {
    /**
     * Checks the parts.
     *
     * @param setting     what is checked
     * @param found       the value here
     * @param recommended the wanted value
     * @param why         the reason
     * @param verdict     the comparison
     * @throws NullPointerException if any part is null
     */
    public Finding {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Formats the finding as {@code setting | found | recommended | why}, prefixed by its verdict.
     *
     * @return one line
     */
    @Override
    public String toString() {
        return verdict + " " + setting + " | " + found + " | " + recommended + " | " + why;
    }
}
