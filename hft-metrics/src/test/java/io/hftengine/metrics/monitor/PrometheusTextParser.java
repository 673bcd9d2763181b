package io.hftengine.metrics.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small strict parser of Prometheus text exposition format 0.0.4, for tests: every line must be
 * a HELP, TYPE or sample line; TYPE comes once per family, before its samples; a family's samples
 * are contiguous; sample names belong to the family (summary: base, _sum, _count); label names
 * and escapes are valid; values are Go floats. Throws {@link IllegalArgumentException} naming the
 * line on any violation.
 */
final class PrometheusTextParser {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|summary|histogram|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(Inf|NaN|[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?|[0-9]+\\.)");

    /** One parsed sample. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private PrometheusTextParser() {
    }

    static List<Sample> parse(final String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("exposition must end with a newline");
        }
        final Map<String, String> types = new HashMap<>();
        final Set<String> closedFamilies = new HashSet<>();
        final List<Sample> samples = new ArrayList<>();
        String currentFamily = null;
        int lineNo = 0;
        for (final String line : text.split("\n")) {
            lineNo++;
            final String where = "line " + lineNo + ": '" + line + "'";
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                continue;
            }
            if ((m = TYPE.matcher(line)).matches()) {
                if (types.put(m.group(1), m.group(2)) != null) {
                    throw new IllegalArgumentException("second TYPE for a family, " + where);
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (!(m = SAMPLE.matcher(line)).matches()) {
                throw new IllegalArgumentException("not a sample, " + where);
            }
            final String family = familyOf(m.group(1), types);
            if (family == null) {
                throw new IllegalArgumentException("sample before its TYPE, " + where);
            }
            if (!family.equals(currentFamily)) {
                if (!closedFamilies.add(family)) {
                    throw new IllegalArgumentException("family samples not contiguous, " + where);
                }
                currentFamily = family;
            }
            final Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null && !m.group(3).isEmpty()) {
                for (final String pair : splitLabels(m.group(3), where)) {
                    final Matcher l = LABEL.matcher(pair);
                    if (!l.matches() || labels.put(l.group(1), l.group(2)) != null) {
                        throw new IllegalArgumentException("bad or repeated label '" + pair + "', " + where);
                    }
                }
            }
            if (!FLOAT.matcher(m.group(4)).matches()) {
                throw new IllegalArgumentException("bad value, " + where);
            }
            samples.add(new Sample(m.group(1), labels, parseGoFloat(m.group(4))));
        }
        return samples;
    }

    private static String familyOf(final String sampleName, final Map<String, String> types) {
        if (types.containsKey(sampleName)) {
            return sampleName;
        }
        for (final String suffix : new String[] {"_sum", "_count", "_bucket"}) {
            if (sampleName.endsWith(suffix)) {
                final String base = sampleName.substring(0, sampleName.length() - suffix.length());
                final String type = types.get(base);
                if ("summary".equals(type) || "histogram".equals(type)) {
                    return base;
                }
            }
        }
        return null;
    }

    private static List<String> splitLabels(final String body, final String where) {
        final List<String> pairs = new ArrayList<>();
        final Matcher m = LABEL.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("bad labels, " + where);
            }
            pairs.add(m.group());
            at = m.end();
            if (at < body.length()) {
                if (body.charAt(at) != ',') {
                    throw new IllegalArgumentException("labels not comma separated, " + where);
                }
                at++;
            }
        }
        return pairs;
    }

    private static double parseGoFloat(final String value) {
        switch (value) {
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                return Double.parseDouble(value);
        }
    }
}
