package nl.nsp.planner.national.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * An inline SVG map in RD New: areas filled by a value (five classes), their outlines, and optional points. Works
 * offline and in print; the SVG unit is one kilometre (RD metres / 1000, y flipped).
 */
final class SvgMap {
    static final String[] CLASS_COLOURS = {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"};
    private final Envelope extent;
    private final double toleranceMetres;

    /** An area with a code (for data attributes), a label (tooltip) and its geometry in RD metres. */
    record Area(String code, String label, Geometry geometry) {
    }

    /** A point with a tooltip. */
    record Dot(double x, double y, String label) {
    }

    SvgMap(Envelope extent, double toleranceMetres) {
        this.extent = extent;
        this.toleranceMetres = toleranceMetres;
    }

    private double sx(double x) {
        return (x - extent.getMinX()) / 1000;
    }

    private double sy(double y) {
        return (extent.getMaxY() - y) / 1000;
    }

    private final java.util.IdentityHashMap<Geometry, String> paths = new java.util.IdentityHashMap<>();

    private String path(Geometry g) {
        return paths.computeIfAbsent(g, this::computePath);
    }

    private String computePath(Geometry g) {
        Geometry s = toleranceMetres > 0 ? TopologyPreservingSimplifier.simplify(g, toleranceMetres) : g;
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < s.getNumGeometries(); i++) {
            if (s.getGeometryN(i) instanceof Polygon p) {
                ring(d, p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(d, p.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return d.toString();
    }

    private void ring(StringBuilder d, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            d.append(i == 0 ? 'M' : 'L');
            SvgChart.appendOneDecimal(d, sx(cs[i].x));
            d.append(' ');
            SvgChart.appendOneDecimal(d, sy(cs[i].y));
        }
        d.append('Z');
    }

    /**
     * The map.
     *
     * @param fills       areas and their value (NaN = no data, grey)
     * @param breaks      four class limits (ascending); class i holds values below breaks[i]
     * @param outlines    heavier outlines drawn on top (e.g. safety regions)
     * @param legendTitle what the colours mean
     * @param legendLabels five labels
     */
    String render(String id, String title, List<Area> areas, Map<String, Double> fills, double[] breaks,
            List<Area> outlines, List<Dot> dots, String legendTitle, String[] legendLabels) {
        double w = extent.getWidth() / 1000;
        double h = extent.getHeight() / 1000;
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"map\"><svg id=\"").append(Html.esc(id)).append("\" viewBox=\"0 0 ")
                .append(String.format(Locale.ROOT, "%.0f %.0f", w + 90, h)).append("\" role=\"img\" aria-label=\"")
                .append(Html.esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (Area a : areas) {
            Double v = fills.get(a.code());
            String colour = v == null || v.isNaN() ? "#dddddd" : CLASS_COLOURS[classOf(v, breaks)];
            sb.append("<path d=\"").append(path(a.geometry())).append("\" fill=\"").append(colour)
                    .append("\" class=\"area\" data-code=\"").append(Html.esc(a.code())).append("\"><title>")
                    .append(Html.esc(a.label())).append("</title></path>");
        }
        for (Area a : outlines) {
            sb.append("<path d=\"").append(path(a.geometry())).append("\" class=\"outline\"><title>").append(Html.esc(a.label()))
                    .append("</title></path>");
        }
        for (Dot p : dots) {
            sb.append("<circle cx=\"").append(String.format(Locale.ROOT, "%.1f", sx(p.x()))).append("\" cy=\"")
                    .append(String.format(Locale.ROOT, "%.1f", sy(p.y()))).append("\" r=\"0.9\" class=\"dot\"><title>")
                    .append(Html.esc(p.label())).append("</title></circle>");
        }
        double lx = w + 4;
        sb.append("<text x=\"").append(f(lx)).append("\" y=\"14\" class=\"legend\">").append(Html.esc(legendTitle)).append("</text>");
        for (int i = 0; i < CLASS_COLOURS.length; i++) {
            double y = 24 + i * 16;
            sb.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(f(y)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(CLASS_COLOURS[i]).append("\" stroke=\"#555\" stroke-width=\"0.3\"/>");
            sb.append("<text x=\"").append(f(lx + 14)).append("\" y=\"").append(f(y + 9)).append("\" class=\"legend\">")
                    .append(Html.esc(legendLabels[i])).append("</text>");
        }
        if (!dots.isEmpty()) {
            double y = 24 + CLASS_COLOURS.length * 16 + 8;
            sb.append("<circle cx=\"").append(f(lx + 5)).append("\" cy=\"").append(f(y)).append("\" r=\"1.6\" class=\"dot\"/>");
            sb.append("<text x=\"").append(f(lx + 14)).append("\" y=\"").append(f(y + 3)).append("\" class=\"legend\">NSP</text>");
        }
        sb.append("</svg><figcaption>").append(Html.esc(title)).append("</figcaption></figure>\n");
        return sb.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static int classOf(double v, double[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (v < breaks[i]) {
                return i;
            }
        }
        return breaks.length;
    }

    /** Four class limits at the 20/40/60/80 % quantiles of the values (NaN ignored). */
    static double[] quantileBreaks(java.util.Collection<Double> values) {
        double[] v = values.stream().filter(x -> !x.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = v.length == 0 ? i : v[Math.min(v.length - 1, (int) Math.floor((i + 1) * v.length / 5.0))];
        }
        return b;
    }
}
