package nl.nsp.planner.national.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the report (no script, no external file, printable): a line chart with reference lines and a
 * band, and a grouped bar chart. Coordinates are written with one decimal.
 */
final class SvgChart {
    static final String[] COLOURS = {"#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#7f8c8d"};

    private SvgChart() {
    }

    /** One line. */
    record Series(String label, double[] x, double[] y, String colour, boolean dashed) {
    }

    /** A vertical line at {@code x} with a label. */
    record Marker(double x, String label, String colour) {
    }

    private static String f(double v) {
        StringBuilder sb = new StringBuilder(12);
        appendOneDecimal(sb, v);
        return sb.toString();
    }

    /** Appends v with one decimal (half away from zero), as {@code String.format("%.1f")} in the root locale. */
    static void appendOneDecimal(StringBuilder sb, double v) {
        long tenths = Math.round(Math.abs(v) * 10);
        if (v < 0 && tenths != 0) {
            sb.append('-');
        }
        sb.append(tenths / 10).append('.').append(tenths % 10);
    }

    /**
     * A line chart.
     *
     * @param yIsShare   y values are shares 0..1, the axis is labelled in percent
     * @param band       {@code {from, to, label}} shaded vertical band, or null
     */
    static String lines(String id, String title, String xLabel, String yLabel, List<Series> series, List<Marker> markers,
            double[] band, String bandLabel, double xMax, double yMax, boolean yIsShare) {
        int w = 860;
        int h = 380;
        int left = 64;
        int right = 20;
        int top = 36;
        int bottom = 50;
        double pw = w - left - right;
        double ph = h - top - bottom;
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"chart\"><svg id=\"").append(Html.esc(id)).append("\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.append("<text x=\"").append(left).append("\" y=\"20\" class=\"title\">").append(Html.esc(title)).append("</text>");
        // axes and grid
        double yStep = niceStep(yMax, 5);
        for (double v = 0; v <= yMax + 1e-9; v += yStep) {
            double y = top + ph - v / yMax * ph;
            sb.append("<line x1=\"").append(left).append("\" x2=\"").append(f(left + pw)).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            sb.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4)).append("\" class=\"ylab\">")
                    .append(yIsShare ? Nl.d(100 * v, 0) + " %" : Nl.n(v)).append("</text>");
        }
        double xStep = niceStep(xMax, 8);
        for (double v = 0; v <= xMax + 1e-9; v += xStep) {
            double x = left + v / xMax * pw;
            sb.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(top + ph)
                    .append("\" y2=\"").append(f(top + ph + 4)).append("\" class=\"axis\"/>");
            sb.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(top + ph + 18)).append("\" class=\"xlab\">")
                    .append(Nl.n(v)).append("</text>");
        }
        sb.append("<line x1=\"").append(left).append("\" x2=\"").append(f(left + pw)).append("\" y1=\"").append(f(top + ph))
                .append("\" y2=\"").append(f(top + ph)).append("\" class=\"axis\"/>");
        sb.append("<text x=\"").append(f(left + pw / 2)).append("\" y=\"").append(h - 8).append("\" class=\"xlab\">")
                .append(Html.esc(xLabel)).append("</text>");
        sb.append("<text transform=\"translate(14 ").append(f(top + ph / 2)).append(") rotate(-90)\" class=\"xlab\">")
                .append(Html.esc(yLabel)).append("</text>");
        if (band != null) {
            double x0 = left + Math.min(band[0], xMax) / xMax * pw;
            double x1 = left + Math.min(band[1], xMax) / xMax * pw;
            sb.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(top).append("\" width=\"").append(f(x1 - x0))
                    .append("\" height=\"").append(f(ph)).append("\" class=\"band\"><title>").append(Html.esc(bandLabel))
                    .append("</title></rect>");
            sb.append("<text x=\"").append(f((x0 + x1) / 2)).append("\" y=\"").append(top + 12).append("\" class=\"bandlab\">")
                    .append(Html.esc(bandLabel)).append("</text>");
        }
        int mi = 0;
        for (Marker m : markers) {
            if (m.x() > xMax) {
                continue;
            }
            double labelY = top + ph - 6 - 14 * (mi++ % 3);
            double x = left + m.x() / xMax * pw;
            sb.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(f(top + ph)).append("\" stroke=\"").append(m.colour())
                    .append("\" class=\"marker\"/>");
            sb.append("<text x=\"").append(f(x + 4)).append("\" y=\"").append(f(labelY)).append("\" class=\"mlab\" fill=\"")
                    .append(m.colour()).append("\">").append(Html.esc(m.label())).append("</text>");
        }
        for (Series s : series) {
            StringBuilder d = new StringBuilder();
            int step = Math.max(1, s.x().length / 600); // at most ~600 vertices per line
            for (int i = 0; i < s.x().length; i += step) {
                appendPoint(d, left + Math.min(s.x()[i], xMax) / xMax * pw, top + ph - Math.min(s.y()[i], yMax) / yMax * ph, d.length() == 0);
            }
            int last = s.x().length - 1;
            if (last >= 0 && last % step != 0) {
                appendPoint(d, left + Math.min(s.x()[last], xMax) / xMax * pw, top + ph - Math.min(s.y()[last], yMax) / yMax * ph, false);
            }
            sb.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\"")
                    .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("><title>").append(Html.esc(s.label()))
                    .append("</title></path>");
        }
        // legend
        double lx = left + 10;
        double ly = top + 28;
        for (Series s : series) {
            sb.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 22)).append("\" y1=\"").append(f(ly - 4))
                    .append("\" y2=\"").append(f(ly - 4)).append("\" stroke=\"").append(s.colour()).append("\" stroke-width=\"3\"")
                    .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
            sb.append("<text x=\"").append(f(lx + 28)).append("\" y=\"").append(f(ly)).append("\" class=\"legend\">")
                    .append(Html.esc(s.label())).append("</text>");
            ly += 16;
        }
        sb.append("</svg></figure>\n");
        return sb.toString();
    }

    private static void appendPoint(StringBuilder d, double x, double y, boolean first) {
        d.append(first ? "M" : "L").append(f(x)).append(' ').append(f(y));
    }

    /** One group of bars. */
    record Group(String label, double[] values) {
    }

    /**
     * A grouped bar chart.
     *
     * @param seriesLabels one label per bar within a group
     * @param euros        values are euros (axis in millions)
     */
    static String bars(String id, String title, List<Group> groups, List<String> seriesLabels, boolean euros) {
        int w = 860;
        int h = 340;
        int left = 70;
        int right = 20;
        int top = 36;
        int bottom = 56;
        double pw = w - left - right;
        double ph = h - top - bottom;
        double max = 0;
        for (Group g : groups) {
            for (double v : g.values()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = max <= 0 ? 1 : max * 1.08;
        double yStep = niceStep(max, 5);
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"chart\"><svg id=\"").append(Html.esc(id)).append("\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.append("<text x=\"").append(left).append("\" y=\"20\" class=\"title\">").append(Html.esc(title)).append("</text>");
        for (double v = 0; v <= max + 1e-9; v += yStep) {
            double y = top + ph - v / max * ph;
            sb.append("<line x1=\"").append(left).append("\" x2=\"").append(f(left + pw)).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            sb.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4)).append("\" class=\"ylab\">")
                    .append(euros ? Nl.d(v / 1e6, v / 1e6 < 10 && yStep < 1e6 ? 1 : 0) + " mln" : Nl.n(v)).append("</text>");
        }
        int k = seriesLabels.size();
        double gw = pw / Math.max(1, groups.size());
        double bw = gw * 0.8 / k;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            double gx = left + gi * gw + gw * 0.1;
            for (int si = 0; si < k && si < g.values().length; si++) {
                double v = g.values()[si];
                if (!Double.isFinite(v)) {
                    continue;
                }
                double bh = v / max * ph;
                sb.append("<rect x=\"").append(f(gx + si * bw)).append("\" y=\"").append(f(top + ph - bh)).append("\" width=\"")
                        .append(f(bw * 0.92)).append("\" height=\"").append(f(bh)).append("\" fill=\"")
                        .append(COLOURS[si % COLOURS.length]).append("\"><title>").append(Html.esc(g.label() + " — "
                                + seriesLabels.get(si) + ": " + (euros ? Nl.eur(v) : Nl.n(v)))).append("</title></rect>");
            }
            sb.append("<text x=\"").append(f(gx + gw * 0.4)).append("\" y=\"").append(f(top + ph + 16)).append("\" class=\"xlab\">")
                    .append(Html.esc(g.label())).append("</text>");
        }
        double lx = left;
        for (int si = 0; si < k; si++) {
            sb.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(h - 22).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[si % COLOURS.length]).append("\"/>");
            sb.append("<text x=\"").append(f(lx + 16)).append("\" y=\"").append(h - 12).append("\" class=\"legend\">")
                    .append(Html.esc(seriesLabels.get(si))).append("</text>");
            lx += 24 + 7.2 * seriesLabels.get(si).length();
        }
        sb.append("</svg></figure>\n");
        return sb.toString();
    }

    /** A round step so that {@code max} spans about {@code ticks} steps (1, 2, 2.5 or 5 times a power of ten). */
    static double niceStep(double max, int ticks) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    /** Convenience for a list of series. */
    static List<Series> list(Series... s) {
        return new ArrayList<>(List.of(s));
    }
}
