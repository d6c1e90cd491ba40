package nl.nsp.planner.api.export;

import static nl.nsp.planner.api.export.Html.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nsp.planner.scenario.ResidentList;
import nl.nsp.planner.scenario.Scenario;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The printable list "Waar is mijn noodsteunpunt?" as one self-contained HTML page (styles inline, no scripts but the
 * print button, no map tiles): per municipality a page with what an NSP is for and what to bring, in plain Dutch, a
 * small SVG overview of the municipality with the NSPs numbered as in the list, and the list by place and street.
 * Every text from users or data (names, addresses, scenario name) is escaped.
 */
final class ResidentListPage {
    /** Above this many NSPs the overview map shows dots without numbers (they would overlap on A4). */
    static final int MAX_NUMBERED_ON_MAP = 40;
    private static final double MAP_MAX_WIDTH_MM = 182;
    private static final double MAP_MAX_HEIGHT_MM = 70;
    private static final double MAP_WIDTH = 1000;
    private static final Pattern POSTCODE_PLACE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})\\s+(.+)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private ResidentListPage() {
    }

    static String render(Scenario scenario, String regionName, ResidentList list) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = list.sections().size() == 1
                ? "Waar is mijn noodsteunpunt? Gemeente " + list.sections().get(0).municipality().name()
                : "Waar is mijn noodsteunpunt? " + regionName;
        h.append("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n")
                .append("<div class=\"toolbar\"><button type=\"button\" onclick=\"window.print()\">Afdrukken</button>")
                .append("<span>Eén pagina per gemeente, A4 staand.</span></div>\n");
        String footer = "Stand van " + DATE.format(scenario.updatedAt()) + " · scenario “" + scenario.content().name()
                + "” (versie " + scenario.version() + ") · " + regionName;
        for (ResidentList.Section s : list.sections()) {
            section(h, s, footer);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, ResidentList.Section s, String footer) {
        String code = s.municipality().code();
        h.append("<section class=\"municipality\" id=\"").append(escape(code)).append("\" data-code=\"").append(escape(code))
                .append("\">\n<header><p class=\"kicker\">Noodsteunpunten in uw gemeente</p>\n<h1>Waar is mijn noodsteunpunt?</h1>\n")
                .append("<p class=\"place\">Gemeente ").append(escape(s.municipality().name())).append("</p></header>\n")
                .append(EXPLANATION);
        List<ResidentList.Entry> entries = s.entries();
        if (entries.isEmpty()) {
            h.append("<p class=\"none\">In deze gemeente zijn nog geen noodsteunpunten vastgesteld.</p>\n");
        } else {
            h.append("<h2>De noodsteunpunten in uw gemeente</h2>\n");
            map(h, s.municipality().geometry(), entries);
            h.append("<div class=\"list\">\n");
            for (ResidentList.Place p : s.places()) {
                h.append("<div class=\"place-list\"><h3>").append(escape(p.name())).append("</h3>\n<ol start=\"")
                        .append(p.entries().get(0).number()).append("\">\n");
                for (ResidentList.Entry e : p.entries()) {
                    h.append("<li><span class=\"name\">").append(escape(e.name())).append("</span>");
                    if (!e.address().isBlank()) {
                        h.append("<span class=\"address\">").append(escape(shortAddress(e.address(), p.name())))
                                .append("</span>");
                    }
                    h.append("</li>\n");
                }
                h.append("</ol></div>\n");
            }
            h.append("</div>\n");
        }
        h.append("<footer>").append(escape(footer)).append("</footer>\n</section>\n");
    }

    /**
     * The address as listed under its place heading: the postcode written {@code 3024 EL}, and the place left out when
     * it is the heading ({@code "Westzeedijk 477, 3024EL Rotterdam"} under "Rotterdam" → {@code "Westzeedijk 477, 3024 EL"}).
     * Anything else is shown as it is.
     */
    static String shortAddress(String address, String place) {
        int comma = address.lastIndexOf(',');
        if (comma < 0) {
            return address;
        }
        Matcher m = POSTCODE_PLACE.matcher(address.substring(comma + 1).strip());
        if (!m.matches()) {
            return address;
        }
        String postcode = m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
        String street = address.substring(0, comma).strip();
        return m.group(3).strip().equalsIgnoreCase(place) ? street + ", " + postcode
                : street + ", " + postcode + " " + m.group(3).strip();
    }

    /** An SVG of the outline (RD metres, y flipped) with the NSPs as numbered dots. */
    private static void map(StringBuilder h, Geometry outline, List<ResidentList.Entry> entries) {
        Envelope env = new Envelope(outline.getEnvelopeInternal());
        entries.forEach(e -> env.expandToInclude(e.x(), e.y()));
        double span = Math.max(env.getWidth(), env.getHeight());
        env.expandBy(span * 0.03);
        double scale = MAP_WIDTH / env.getWidth();
        double height = env.getHeight() * scale;
        Geometry simple = TopologyPreservingSimplifier.simplify(outline, span / 800);
        boolean numbered = entries.size() <= MAX_NUMBERED_ON_MAP;
        // the SVG is drawn at most MAP_MAX_MM wide and high on paper: size the dots in millimetres
        double mmPerUnit = Math.min(MAP_MAX_WIDTH_MM / MAP_WIDTH, MAP_MAX_HEIGHT_MM / height);
        double r = (numbered ? 2.6 : 0.9) / mmPerUnit;
        double font = 3.1 / mmPerUnit;
        h.append(String.format(Locale.ROOT, "<figure class=\"map\"><svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Kaart"
                + " van de gemeente met de noodsteunpunten\">\n<path class=\"outline\" d=\"", MAP_WIDTH, height));
        for (int i = 0; i < simple.getNumGeometries(); i++) {
            if (simple.getGeometryN(i) instanceof Polygon p) {
                ring(h, p.getExteriorRing(), env, scale);
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    ring(h, p.getInteriorRingN(k), env, scale);
                }
            }
        }
        h.append("\"/>\n");
        for (ResidentList.Entry e : entries) {
            double x = (e.x() - env.getMinX()) * scale;
            double y = (env.getMaxY() - e.y()) * scale;
            h.append(String.format(Locale.ROOT, "<g class=\"nsp\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" stroke-width=\"%.1f\"/>",
                    x, y, r, 0.3 / mmPerUnit));
            if (numbered) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\">%d</text>", x,
                        y + font * 0.36, font, e.number()));
            }
            h.append("</g>\n");
        }
        h.append("</svg>\n<figcaption>")
                .append(numbered ? "De nummers op de kaart zijn de nummers in de lijst."
                        : "Elke stip is een noodsteunpunt; zoek het adres in de lijst.")
                .append(" Noorden is boven.</figcaption></figure>\n");
    }

    private static void ring(StringBuilder h, LineString ring, Envelope env, double scale) {
        var cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            h.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", (cs[i].x - env.getMinX()) * scale,
                    (env.getMaxY() - cs[i].y) * scale));
        }
        h.append('Z');
    }

    private static final String EXPLANATION = """
            <div class="explain">
            <div class="box"><h2>Wat is een noodsteunpunt?</h2>
            <p>Valt de stroom, het internet of de telefoon lang uit? Dan kunt u misschien 112 niet bellen. Bij een
            noodsteunpunt kunt u dan toch hulp vragen bij een noodgeval, zoals brand, een ongeluk of iemand die ernstig
            ziek is. U krijgt er ook informatie over de storing en over wat u zelf kunt doen.</p>
            <p>Een noodsteunpunt is alleen open bij een grote storing die lang duurt.</p></div>
            <div class="box"><h2>Wat neemt u mee?</h2>
            <ul>
            <li>Uw adres en wat er is gebeurd, zodat de hulpdiensten u snel kunnen vinden.</li>
            <li>Een zaklamp en warme kleding als het donker of koud is.</li>
            <li>Deze lijst, of het adres van het noodsteunpunt bij u in de buurt.</li>
            </ul>
            <p>Kunt u zelf niet gaan? Vraag een buur of familielid om voor u te gaan.</p>
            <p>Luister op een radio met batterijen naar de regionale omroep voor nieuws over de storing.</p></div>
            </div>
            <p class="tip">Werkt de telefoon gewoon? Bel bij nood dan altijd <strong>112</strong>.</p>
            """;

    private static final String STYLE = """
            @page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #111;
                   margin: 0 auto; max-width: 190mm; padding: 8mm 4mm; }
            .toolbar { display: flex; gap: 1em; align-items: center; margin-bottom: 6mm; font-size: 10pt; color: #444; }
            .toolbar button { font: inherit; padding: 0.4em 1.2em; }
            section.municipality { break-after: page; page-break-after: always; }
            section.municipality:last-of-type { break-after: auto; page-break-after: auto; }
            header { border-bottom: 3px solid #c8102e; margin-bottom: 4mm; }
            .kicker { margin: 0; font-size: 10pt; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
            h1 { font-size: 22pt; margin: 1mm 0; }
            .place { font-size: 15pt; margin: 0 0 2mm 0; font-weight: bold; }
            h2 { font-size: 13pt; margin: 3mm 0 1.5mm 0; }
            h3 { font-size: 11.5pt; margin: 2mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
            .explain { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
            .box { border: 1px solid #999; border-radius: 2mm; padding: 1mm 3mm; break-inside: avoid; font-size: 10pt; }
            .box p, .box ul { margin: 1.5mm 0; } .box ul { padding-left: 5mm; }
            .tip { margin: 3mm 0; font-size: 12pt; }
            figure.map { margin: 2mm auto 3mm auto; text-align: center; break-inside: avoid; page-break-inside: avoid; }
            figure.map svg { width: 100%; max-height: 70mm; }
            figure.map .outline { fill: #f3f3f3; stroke: #333; stroke-width: 0.3mm; vector-effect: non-scaling-stroke; fill-rule: evenodd; }
            figure.map .nsp circle { fill: #c8102e; stroke: #fff; }
            figure.map .nsp text { fill: #fff; font-weight: bold; text-anchor: middle; font-family: Arial, sans-serif; }
            figcaption { font-size: 9pt; color: #444; }
            .list { columns: 2; column-gap: 8mm; }
            ol { margin: 0 0 2mm 0; padding-left: 3.2em; }
            li { margin-bottom: 1.2mm; break-inside: avoid; page-break-inside: avoid; }
            li .name { font-weight: bold; display: block; }
            li .address { display: block; }
            .none { font-size: 12pt; font-style: italic; }
            footer { margin-top: 4mm; border-top: 1px solid #999; padding-top: 1mm; font-size: 8.5pt; color: #555; }
            @media print { .toolbar { display: none; } body { padding: 0; max-width: none; } }
            @media screen { section.municipality { border-bottom: 1px dashed #bbb; padding-bottom: 8mm; margin-bottom: 10mm; } }
            """;
}
