package io.hftengine.engine.report;

import java.util.List;
import java.util.Locale;

import org.HdrHistogram.HistogramIterationValue;

/**
 * Renders latency percentile curves as one self-contained HTML page with an inline SVG: the
 * classic HdrHistogram plot, percentile on a "number of nines" axis, latency on a log axis, one
 * curve per stage. No script, no external resource: it opens anywhere, offline.
 */
public final class PercentilePlot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 180;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final double MAX_NINES = 5; // 99.999%
    private static final String[] COLOURS = {"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private PercentilePlot() {
    }

    /**
     * Renders the page.
     *
     * @param title the page title (command, layout, load)
     * @param stages the curves, tick-to-order first
     * @return the HTML text
     */
    public static String render(final String title, final List<StageLatency> stages) {
        long maxValue = 1;
        long minValue = Long.MAX_VALUE;
        for (final StageLatency s : stages) {
            if (s.count() > 0) {
                maxValue = Math.max(maxValue, s.max());
                minValue = Math.min(minValue, Math.max(1, s.histogram().getMinNonZeroValue()));
            }
        }
        if (minValue == Long.MAX_VALUE) {
            minValue = 1;
        }
        final double logMin = Math.floor(Math.log10(minValue));
        final double logMax = Math.max(logMin + 1, Math.ceil(Math.log10(maxValue)));
        final StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='12'>%n", WIDTH, HEIGHT));
        axes(svg, logMin, logMax);
        for (int i = 0; i < stages.size(); i++) {
            curve(svg, stages.get(i), COLOURS[i % COLOURS.length], logMin, logMax, i);
        }
        svg.append("</svg>\n");
        return "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>" + escape(title) + "</title></head>\n"
                + "<body style='font-family:sans-serif'>\n<h2>" + escape(title) + "</h2>\n" + svg
                + "<p>Latency by percentile, nanoseconds (log scale). The x axis counts nines: 90%, 99%, 99.9%...;"
                + " the right end of each curve is its maximum.</p>\n</body></html>\n";
    }

    private static void axes(final StringBuilder svg, final double logMin, final double logMax) {
        final int plotW = WIDTH - LEFT - RIGHT;
        final int plotH = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#444'/>%n",
                LEFT, TOP, plotW, plotH));
        final String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
        for (int n = 0; n <= MAX_NINES; n++) {
            final double x = LEFT + plotW * n / MAX_NINES;
            svg.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#ddd'/>"
                    + "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>%n", x, TOP, x, TOP + plotH, x,
                    TOP + plotH + 18, labels[n]));
        }
        for (int e = (int) logMin; e <= logMax; e++) {
            final double y = y(Math.pow(10, e), logMin, logMax);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>"
                    + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n", LEFT, y, LEFT + plotW, y, LEFT - 6, y + 4,
                    nanos((long) Math.pow(10, e))));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>percentile</text>%n",
                LEFT + plotW / 2, HEIGHT - 15));
    }

    private static void curve(final StringBuilder svg, final StageLatency stage, final String colour,
            final double logMin, final double logMax, final int index) {
        if (stage.count() == 0) {
            return;
        }
        final StringBuilder points = new StringBuilder();
        for (final HistogramIterationValue v : stage.histogram().percentiles(5)) {
            final double p = Math.min(v.getPercentileLevelIteratedTo() / 100.0, 1 - Math.pow(10, -MAX_NINES));
            final double nines = -Math.log10(1 - p);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(nines), y(Math.max(1, v.getValueIteratedTo()),
                    logMin, logMax)));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>%n",
                colour, points.toString().trim()));
        final int legendY = TOP + 10 + index * 20;
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='14' height='4' fill='%s'/>"
                + "<text x='%d' y='%d'>%s (p99 %s)</text>%n", WIDTH - RIGHT + 12, legendY - 4, colour,
                WIDTH - RIGHT + 32, legendY, escape(stage.name()), nanos(stage.at(99))));
    }

    private static double x(final double nines) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.min(nines, MAX_NINES) / MAX_NINES;
    }

    private static double y(final double value, final double logMin, final double logMax) {
        final double f = (Math.log10(value) - logMin) / (logMax - logMin);
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.max(0, Math.min(1, f)));
    }

    private static String nanos(final long ns) {
        if (ns >= 1_000_000_000L) {
            return (ns / 1_000_000_000L) + " s";
        }
        if (ns >= 1_000_000L) {
            return (ns / 1_000_000L) + " ms";
        }
        if (ns >= 1_000L) {
            return (ns / 1_000L) + " us";
        }
        return ns + " ns";
    }

    private static String escape(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
