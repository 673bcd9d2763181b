package io.hftengine.engine.report;

import java.util.Map;

/**
 * A small JSON writer for the run summary: objects, strings, numbers, in insertion order.
 * Slow path only; the summary is written once, after the run.
 */
final class Json {
    private final StringBuilder out = new StringBuilder(4096);
    private int depth;
    private boolean first = true;

    Json beginObject(final String name) {
        key(name);
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    Json endObject() {
        depth--;
        newline();
        out.append('}');
        first = false;
        return this;
    }

    Json field(final String name, final long value) {
        key(name);
        out.append(value);
        return this;
    }

    Json field(final String name, final double value) {
        key(name);
        out.append(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    Json field(final String name, final String value) {
        key(name);
        quote(value);
        return this;
    }

    Json field(final String name, final boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    Json counts(final String name, final Map<String, Long> counts) {
        beginObject(name);
        counts.forEach(this::field);
        return endObject();
    }

    private void key(final String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        if (name != null) {
            newline();
            quote(name);
            out.append(": ");
        }
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void quote(final String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }
}
