package nl.nsp.planner.national.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.CostItem;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.national.AccountabilitySheet;
import nl.nsp.planner.national.CostModel;
import nl.nsp.planner.national.DistributionKey;
import nl.nsp.planner.national.LayerCheck;
import nl.nsp.planner.national.NationalOptions;
import nl.nsp.planner.national.NationalResult;
import nl.nsp.planner.national.Norm;
import nl.nsp.planner.national.NormResult;
import nl.nsp.planner.national.OutageResult;
import nl.nsp.planner.national.RegionResult;
import nl.nsp.planner.national.TargetCount;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Writes the national report: {@code rapport.html} (Dutch, self-contained) and the CSV tables beside it.
 *
 * <p>Every number in the HTML comes from the {@link NationalReport} passed in; nothing is recomputed here except
 * sums, ratios and the national trade-off curves ({@link NationalResult#nationalCurve}).
 */
public final class ReportWriter {
    /** The HTML file name. */
    public static final String HTML = "rapport.html";
    /** The field's expectation of the number of NSPs nationally (press reports, see the data sources). */
    static final int FIELD_LOW = 4000;
    static final int FIELD_HIGH = 4500;

    private static final String[] URBANITY = {"onbekend", "zeer sterk stedelijk", "sterk stedelijk", "matig stedelijk",
        "weinig stedelijk", "niet stedelijk"};

    private final NationalReport r;
    private final NationalResult nr;
    private final NationalOptions o;
    private final Norm headline;
    private final double target;

    private ReportWriter(NationalReport report) {
        this.r = report;
        this.nr = report.national();
        this.o = nr.options();
        this.headline = o.headline();
        this.target = o.headlineTarget();
    }

    /** Every file of the report by name, the HTML first. */
    public static Map<String, byte[]> render(NationalReport report) {
        return new ReportWriter(report).files();
    }

    /**
     * Writes the files into {@code dir} (created when missing), replacing files of the same name.
     *
     * @return the paths written, the HTML first
     */
    public static List<Path> write(NationalReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : render(report).entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.write(p, e.getValue());
                out.add(p);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }

    private Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(HTML, html().getBytes(StandardCharsets.UTF_8));
        out.put("aantallen_per_regio.csv", countsCsv().bytes());
        out.put("aantallen_per_stedelijkheid.csv", urbanityCsv().bytes());
        out.put("uitruilcurven.csv", curvesCsv().bytes());
        out.put("vraag_per_regio.csv", demandCsv().bytes());
        out.put("nsp_locaties.csv", locationsCsv().bytes());
        out.put("kostentabel.csv", costTableCsv().bytes());
        out.put("kosten_per_regio.csv", regionCostCsv().bytes());
        out.put("kosten_en_budget_per_jaar.csv", yearCsv().bytes());
        out.put("verantwoording.csv", accountabilityCsv().bytes());
        if (r.outage() != null) {
            out.put("uitval.csv", outageCsv().bytes());
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static String count(TargetCount c) {
        return c.reachable() ? Nl.n(c.sites()) : "n.h.";
    }

    /** Count with its bound as markup: "127 ≥117" (the bound muted), or "127 ✓" when proven. */
    private static String countCell(TargetCount c) {
        if (!c.reachable()) {
            return "<span class=\"nh\" title=\"niet haalbaar met de kandidaatlocaties\">n.h.</span>";
        }
        String v = Html.esc(Nl.n(c.sites()));
        return c.optimal() ? v + " <span class=\"lb ok\" title=\"bewezen minimaal\">✓</span>"
                : v + " <span class=\"lb\" title=\"bewezen ondergrens\">≥" + Html.esc(Nl.n(c.lowerBound())) + "</span>";
    }

    private static String totalCell(NationalResult.Total t) {
        String v = Html.esc(Nl.n(t.sites()));
        String lb = t.sites() == t.lowerBound() ? " <span class=\"lb ok\" title=\"bewezen minimaal\">✓</span>"
                : " <span class=\"lb\" title=\"som van de bewezen ondergrenzen\">≥" + Html.esc(Nl.n(t.lowerBound())) + "</span>";
        String missing = t.complete() ? "" : " <span class=\"nh\" title=\"in " + t.unreachable()
                + " regio's niet haalbaar\">(+" + t.unreachable() + " n.h.)</span>";
        return v + lb + missing;
    }

    private String targetLabel(double share) {
        if (share >= 1) {
            return "100 %";
        }
        return Nl.target(share);
    }

    private String basisText() {
        return o.targetBasis() == NationalOptions.TargetBasis.REACHABLE
                ? "van de inwoners die binnen de straal van een kandidaatlocatie wonen"
                : "van alle inwoners";
    }

    private static String urbanityLabel(int c) {
        return c >= 0 && c < URBANITY.length ? c + " " + URBANITY[c] : Integer.toString(c);
    }

    private double inhabitantsPer(long inhabitants, int nsps) {
        return nsps > 0 ? inhabitants / (double) nsps : Double.NaN;
    }

    private String layerSummary(RegionResult rr) {
        StringBuilder sb = new StringBuilder();
        rr.demand().layerCounts().forEach((layer, k) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(layerLabel(layer)).append(" (").append(k).append(k == 1 ? " gemeente)" : " gem.)");
        });
        return sb.toString();
    }

    private static String layerLabel(String layer) {
        return switch (layer) {
            case "cbs100" -> "CBS 100 m-raster";
            case "cbs500" -> "CBS 500 m-raster";
            case "pc4" -> "PC4 gespreid";
            case "wijk" -> "wijken gespreid";
            default -> layer;
        };
    }

    // ---------------------------------------------------------------- HTML

    private String html() {
        Html h = new Html();
        NationalResult.Total head = nr.total(headline, target);
        h.raw("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"nsp-planner " + Html.esc(r.version()) + "\">\n")
                .raw("<title>Noodsteunpunten — landelijk beeld</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<header><h1>Noodsteunpunten: aantallen, spreiding en kosten</h1>")
                .raw("<p class=\"sub\">Landelijk beeld per veiligheidsregio en naar stedelijkheid, tegen de budgetten van de "
                        + "bestuurlijke afspraken. Gemaakt op " + Html.esc(r.generatedAt()) + " met nsp-planner "
                        + Html.esc(r.version()) + (nr.allRegions() ? "" : " — <strong>deelrun: " + nr.regions().size()
                                + " van de " + r.facts().count() + " regio's</strong>") + ".</p></header>\n");
        h.raw("<nav><ol>");
        String[][] toc = {{"kern", "Kernpunten"}, {"methode", "Methode en normen"}, {"bronnen", "Gegevensbronnen"},
            {"landelijk", "Landelijk: aantallen en uitruilcurve"}, {"kaart", "Kaarten"}, {"regios", "Per veiligheidsregio"},
            {"stedelijkheid", "Stedelijk en landelijk"}, {"samenwerking", "Samenwerking over gemeentegrenzen"},
            {"kosten", "Kosten en budget"}, {"uitval", "Uitvalscenario"}, {"verantwoording", "Verantwoording per regio"},
            {"beperkingen", "Beperkingen"}, {"bestanden", "Tabellen (CSV)"}};
        for (String[] t : toc) {
            if (t[0].equals("uitval") && r.outage() == null) {
                continue;
            }
            h.raw("<li><a href=\"#" + t[0] + "\">").text(t[1]).raw("</a></li>");
        }
        h.raw("</ol></nav>\n<main>\n");
        summary(h, head);
        method(h);
        sources(h);
        national(h);
        maps(h);
        regions(h);
        urbanity(h);
        cooperation(h);
        costs(h);
        if (r.outage() != null) {
            outage(h);
        }
        accountability(h);
        limitations(h);
        fileList(h);
        h.raw("</main>\n<footer><p>nsp-planner " + Html.esc(r.version()) + " — rekentijd landelijke analyse "
                + Html.esc(Nl.d(nr.seconds(), 1)) + " s" + (Double.isNaN(r.importSeconds()) ? ""
                        : ", inlezen gegevens " + Html.esc(Nl.d(r.importSeconds(), 1)) + " s") + ".</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void summary(Html h, NationalResult.Total head) {
        int rule = nr.ruleOfThumb();
        long inh = nr.inhabitants();
        double reach = head.totalWeight() > 0 ? head.reachableWeight() / head.totalWeight() : Double.NaN;
        CostModel.CostResult c = r.costs();
        h.h2("kern", "Kernpunten");
        h.raw("<div class=\"kpis\">");
        kpi(h, "headline-nsps", head.sites(), Nl.n(head.sites()), "NSP's bij de kopnorm",
                headline.dutchLabel() + ", " + targetLabel(target) + " " + basisText() + "; bewezen ondergrens "
                        + Nl.n(head.lowerBound()));
        kpi(h, "rule-of-thumb", rule, Nl.n(rule), "vuistregel 1 per " + Nl.n(o.inhabitantsPerNsp()),
                Nl.n(inh) + " inwoners, per regio naar boven afgerond");
        if (nr.allRegions()) {
            h.raw("<div class=\"kpi\" id=\"field\" data-low=\"" + FIELD_LOW + "\" data-high=\"" + FIELD_HIGH + "\"><div class=\"v\">"
                    + Nl.n(FIELD_LOW) + "–" + Nl.n(FIELD_HIGH) + "</div><div class=\"l\">verwachting uit het veld</div>"
                    + "<div class=\"s\">landelijk, volgens berichtgeving rond de pilot</div></div>");
        }
        kpi(h, "cp-total", nr.cpTotal(), Nl.n(nr.cpTotal()), "coördinatiepunten",
                "max. " + o.maxNspPerCp() + " NSP's per CP binnen " + Nl.n(o.linkRangeMetres()) + " m");
        kpi(h, "one-off-total", c.oneOffTotal(), Nl.eur(c.oneOffTotal()), "eenmalige kosten",
                c.assumptionsOnly() ? "alle kostenposten zijn aannames" : "zie kostentabel");
        kpi(h, "yearly-total", c.yearlyTotal(), Nl.eur(c.yearlyTotal()), "jaarlijkse kosten",
                "structureel budget " + Nl.eur(c.budgets().national(c.options().lastYear())) + " vanaf " + c.options().lastYear());
        h.raw("</div>\n");
        List<String> points = new ArrayList<>();
        points.add("Bij de kopnorm (" + headline.dutchLabel() + " hemelsbreed, " + targetLabel(target) + " " + basisText()
                + ") zijn " + (nr.allRegions() ? "landelijk " : "in de doorgerekende regio's ") + Nl.n(head.sites())
                + " noodsteunpunten nodig; minder dan " + Nl.n(head.lowerBound()) + " kan bewezen niet. Dat is "
                + Nl.pct(rule > 0 ? head.sites() / (double) rule : Double.NaN) + " van de vuistregel (" + Nl.n(rule) + ")"
                + (nr.allRegions() ? " en " + (head.sites() < FIELD_LOW ? "onder" : head.sites() > FIELD_HIGH ? "boven" : "binnen")
                        + " de verwachting uit het veld (" + Nl.n(FIELD_LOW) + "–" + Nl.n(FIELD_HIGH) + ")" : "") + ".");
        points.add("Met de kandidaatlocaties (stemlokalen) als enige mogelijke plekken woont " + Nl.pct(reach)
                + " van de inwoners binnen " + Nl.n(headline.radiusMetres()) + " m van een kandidaatlocatie. De rest is met "
                + "deze locaties niet binnen de norm te bedienen; daar zijn andere locaties nodig.");
        for (RegionResult rr : nr.regions()) {
            LayerCheck lc = rr.layerCheck();
            if (lc != null) {
                NormResult f = find(lc.fine(), headline);
                NormResult b = find(lc.base(), headline);
                points.add("De keuze van de bevolkingslaag telt zwaar: in " + rr.name() + " (" + lc.municipalities()
                        + " gemeenten met het CBS 100 m-raster) woont volgens het raster " + Nl.pct(f.reachableShare())
                        + " binnen " + Nl.n(headline.radiusMetres()) + " m van een kandidaatlocatie, volgens de gespreide PC4-cijfers "
                        + Nl.pct(b.reachableShare()) + "; voor " + targetLabel(target) + " zijn met het raster "
                        + count(f.count(target)) + " en met PC4 " + count(b.count(target)) + " NSP's nodig. "
                        + "Buiten Rijnmond is alleen PC4 beschikbaar, dus daar zijn de aantallen waarschijnlijk te hoog "
                        + "en de bereikbaarheid te laag.");
            }
        }
        if (o.cooperation()) {
            int free = 0;
            int own = 0;
            int without = 0;
            for (RegionResult rr : nr.regions()) {
                TargetCount f = rr.free(headline).count(target);
                TargetCount w = rr.ownMunicipality(headline).count(target);
                if (f.reachable() && w.reachable()) {
                    free += f.sites();
                    own += w.sites();
                } else {
                    without++;
                }
            }
            points.add("Zonder samenwerking over gemeentegrenzen (elke gemeente alleen eigen locaties voor eigen inwoners) zijn "
                    + Nl.n(own) + " NSP's nodig waar het met vrije samenwerking " + Nl.n(free) + " zijn: " + signed(own - free)
                    + " (" + Nl.eur((own - free) * c.nspOneOffEur()) + " eenmalig, " + Nl.eur((own - free) * c.nspYearlyEur())
                    + " per jaar)" + (without == 0 ? "." : "; in " + without + (without == 1 ? " regio" : " regio's")
                            + " is het doel zonder samenwerking niet haalbaar, omdat inwoners dan alleen over de gemeentegrens een "
                            + "locatie binnen bereik hebben."));
        }
        points.add("Eenmalig kost het kopplan " + Nl.eur(c.oneOffTotal()) + " en daarna " + Nl.eur(c.yearlyTotal())
                + " per jaar, tegen " + Nl.eur(c.budgets().national(2025) + c.budgets().national(2026))
                + " incidenteel in 2025–2026 en structureel " + Nl.eur(c.budgets().national(2027)) + " (2027) tot "
                + Nl.eur(c.budgets().national(c.options().lastYear())) + " (vanaf " + c.options().lastYear() + ")."
                + (c.assumptionsOnly() ? " Alle kostenbedragen zijn aannames die met cijfers uit de pilot vervangen moeten worden." : ""));
        h.ul(points);
    }

    private static void kpi(Html h, String id, double value, String shown, String label, String sub) {
        h.raw("<div class=\"kpi\" id=\"" + id + "\" data-value=\"" + (Double.isFinite(value) ? Math.round(value) : "")
                + "\"><div class=\"v\">").text(shown).raw("</div><div class=\"l\">").text(label).raw("</div><div class=\"s\">")
                .text(sub).raw("</div></div>");
    }

    private static NormResult find(List<NormResult> list, Norm n) {
        return list.stream().filter(x -> x.norm().equals(n)).findFirst().orElseThrow();
    }

    private void method(Html h) {
        h.h2("methode", "Methode en normen");
        h.p("Vraag: per gemeente de fijnste bevolkingslaag die de gemeente dekt — het CBS-vierkant van 100 m waar dat er is "
                + "(Rijnmond), anders de inwoners per viercijferig postcodegebied (PC4) gelijkmatig verdeeld over de "
                + "oppervlakte van dat gebied (punten op een raster van 100 tot 5.000 m). Een gemeente gebruikt het raster "
                + "als de rastercellen samen minstens " + Nl.pct(o.fineLayerMinShare()) + " van haar geregistreerde inwoners bevatten.");
        h.p("Kandidaatlocaties: alle ingelezen kandidaatlocaties (de stemlokalen van de Tweede Kamerverkiezing 2023 en eventuele "
                + "andere kandidatenbestanden). Een regio mag locaties net over haar grens gebruiken; elke regio haalt haar doel zelf.");
        h.p("Normen: een inwoner telt als bediend wanneer een NSP hemelsbreed binnen de straal ligt (precies op de straal telt "
                + "mee). Straal voor alle inwoners: " + String.join(", ", o.radiiMetres().stream().map(x -> Nl.n(x) + " m").toList())
                + "; voor 65-plussers: " + Nl.n(o.radius65Metres()) + " m (alleen de 65-plussers tellen). Doelen: "
                + String.join(", ", o.targetShares().stream().map(this::targetLabel).toList()) + " " + basisText()
                + "; 100 % betekent steeds: iedereen die binnen de straal van een kandidaatlocatie woont.");
        h.p("Rekenwijze per regio en norm: één bereikbaarheidsindex voor de grootste straal, waaruit de kleinere stralen, de "
                + "variant ‘alleen eigen gemeente’ en de delen per stedelijkheidsklasse worden afgeleid. Per combinatie worden alle "
                + "doelen in één keer bepaald: eerst de uitruilcurve (telkens de locatie die de meeste nog niet bediende inwoners "
                + "toevoegt), dan per doel verbeteren door locaties te wisselen en weg te laten, en voor 100 % de "
                + "set-covering-methode (Lagrange-relaxatie en herstel). Naast elk aantal staat een bewezen ondergrens "
                + "(Lagrange-/LP-grens): met minder punten is het doel niet te halen. ✓ betekent dat het aantal bewezen minimaal is; "
                + "≥ n geeft de ondergrens. Landelijke aantallen zijn sommen van regionale aantallen.");
        h.p("Coördinatiepunten: per regio het kleinste aantal CP’s, gekozen uit de NSP’s van het kopplan in de regio zelf, zodat "
                + "elk NSP binnen " + Nl.n(o.linkRangeMetres()) + " m (radiobereik) van een CP ligt en geen CP meer dan "
                + o.maxNspPerCp() + " NSP’s bedient. Brandweerkazernes of gemeentehuizen zitten niet in de gegevens; met "
                + "die locaties als kandidaat kan het aantal anders uitvallen.");
        h.p("Vuistregel: één NSP per " + Nl.n(o.inhabitantsPerNsp()) + " geregistreerde inwoners (CBS), per regio naar boven "
                + "afgerond. ‘Inwoners per NSP’ deelt de geregistreerde inwoners door het aantal NSP’s; de capaciteit van een "
                + "NSP is in de aantallen niet meegenomen.");
    }

    private void sources(Html h) {
        h.h2("bronnen", "Gegevensbronnen");
        boolean[] num = Html.numeric(5, 3);
        h.table("sources", null, new String[] {"Bestand", "Laag", "Inhoud en peildatum", "Ingelezen", "Afgekeurd"}, num);
        for (SourceFile s : r.sources()) {
            h.row(num, s.file(), s.layer(), describe(s.file()), Nl.n(s.accepted()), Nl.n(s.rejected()));
        }
        h.endTable();
        h.p("Herkomst, licenties en bewerkingen per bestand staan in SOURCES.md bij de gegevensmap. Stedelijkheid is de "
                + "CBS-klasse van de gemeente (1 zeer sterk … 5 niet stedelijk); een kleinere indeling is niet beschikbaar.");
    }

    private static String describe(String file) {
        String f = file.toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("gemeenten")) {
            return "gemeentegrenzen en kerncijfers (CBS/PDOK wijk- en buurtkaart 2024), inwoners op 1 januari 2024, stedelijkheid";
        }
        if (f.startsWith("gemeente_veiligheidsregio")) {
            return "indeling van gemeenten in veiligheidsregio's, 2024";
        }
        if (f.startsWith("veiligheidsregio")) {
            return "grenzen van de veiligheidsregio's (afgeleid van CBS-gemeentegrenzen 2022)";
        }
        if (f.startsWith("pc4")) {
            return "inwoners en 65-plussers per PC4-gebied (CBS StatLine), 1 januari 2021";
        }
        if (f.startsWith("wijken")) {
            return "inwoners per wijk (CBS kerncijfers wijken en buurten 2024)";
        }
        if (f.startsWith("stemlokalen")) {
            return "stemlokalen Tweede Kamerverkiezing 22 november 2023 (Kiesraad-gegevens, Centerdata voor BZK)";
        }
        if (f.startsWith("cbs_vk100")) {
            return "CBS vierkantstatistieken 100 m, 1 januari 2024, Rotterdam-Rijnmond";
        }
        if (f.startsWith("cbs_vk500")) {
            return "CBS vierkantstatistieken 500 m, 1 januari 2024, Rotterdam-Rijnmond";
        }
        if (f.startsWith("candidates")) {
            return "aanvullende kandidaatlocaties";
        }
        return "";
    }

    private void national(Html h) {
        h.h2("landelijk", nr.allRegions() ? "Landelijk: aantallen en uitruilcurve" : "Doorgerekende regio's samen");
        List<String> head = new ArrayList<>(List.of("Norm", "Bereikbaar"));
        for (double t : o.targetShares()) {
            head.add(targetLabel(t));
        }
        boolean[] num = Html.numeric(head.size(), 1);
        h.table("national-matrix", "Benodigde NSP's (som van de regio's); ≥ = bewezen ondergrens", head.toArray(String[]::new), num);
        for (Norm n : o.norms()) {
            NationalResult.Total any = nr.total(n, o.targetShares().get(0));
            List<String> cells = new ArrayList<>();
            cells.add(Html.esc(n.dutchLabel()));
            cells.add(Html.esc(Nl.pct(any.totalWeight() > 0 ? any.reachableWeight() / any.totalWeight() : Double.NaN)));
            for (double t : o.targetShares()) {
                cells.add(totalCell(nr.total(n, t)));
            }
            rawRow(h, num, n.key(), cells);
        }
        h.endTable();
        h.p("‘Bereikbaar’: het aandeel van de inwoners (bij de 65+-norm: van de 65-plussers) dat binnen de straal van ten minste "
                + "één kandidaatlocatie woont. Vuistregel: " + Nl.n(nr.ruleOfThumb()) + " NSP's.");
        // national curves
        List<SvgChart.Series> series = new ArrayList<>();
        double xMax = 0;
        int i = 0;
        for (Norm n : o.norms()) {
            double[] curve = nr.nationalCurve(n);
            double total = nr.total(n, 1.0).totalWeight();
            double[] x = new double[curve.length + 1];
            double[] y = new double[curve.length + 1];
            for (int k = 0; k < curve.length; k++) {
                x[k + 1] = k + 1;
                y[k + 1] = total > 0 ? curve[k] / total : 0;
            }
            xMax = Math.max(xMax, curve.length);
            series.add(new SvgChart.Series(n.dutchLabel(), x, y, SvgChart.COLOURS[i % SvgChart.COLOURS.length], n.elderly()));
            i++;
        }
        xMax = nr.allRegions() ? Math.max(xMax, FIELD_HIGH * 1.1) : Math.max(1, xMax * 1.05);
        List<SvgChart.Marker> markers = new ArrayList<>();
        markers.add(new SvgChart.Marker(nr.ruleOfThumb(), "vuistregel " + Nl.n(nr.ruleOfThumb()), "#444444"));
        NationalResult.Total kop = nr.total(headline, target);
        markers.add(new SvgChart.Marker(kop.sites(), "kopnorm " + Nl.n(kop.sites()), "#c0392b"));
        h.raw(SvgChart.lines("curve-national", "Uitruilcurve: aandeel van alle inwoners binnen de straal tegen het aantal NSP's",
                "aantal NSP's", "bediend", series, markers, nr.allRegions() ? new double[] {FIELD_LOW, FIELD_HIGH} : null,
                "veld " + Nl.n(FIELD_LOW) + "–" + Nl.n(FIELD_HIGH), xMax, 1.0, true));
        h.p("De curve verdeelt NSP's telkens daar waar ze de meeste nog niet bediende inwoners opleveren, over alle regio's "
                + "heen (de regionale curves samengevoegd). Een curve vlakt af bij het aandeel dat met de kandidaatlocaties "
                + "bereikbaar is. De curves per regio staan in uitruilcurven.csv.");
    }

    private static void rawRow(Html h, boolean[] num, String region, List<String> markupCells) {
        h.raw(region == null ? "<tr>" : "<tr data-key=\"" + Html.esc(region) + "\">");
        for (int i = 0; i < markupCells.size(); i++) {
            h.raw(num[i] ? "<td class=\"num\">" : "<td>").raw(markupCells.get(i)).raw("</td>");
        }
        h.raw("</tr>\n");
    }

    private void maps(Html h) {
        h.h2("kaart", "Kaarten");
        Envelope env = new Envelope();
        for (Municipality m : r.municipalities()) {
            env.expandToInclude(m.geometry().getEnvelopeInternal());
        }
        if (env.isNull()) {
            h.p("Geen gemeentegrenzen beschikbaar.");
            return;
        }
        env.expandBy(2000);
        SvgMap map = new SvgMap(env, 300);
        Map<String, RegionResult> byCode = new HashMap<>();
        nr.regions().forEach(x -> byCode.put(x.code(), x));
        List<SvgMap.Area> areas = new ArrayList<>();
        Map<String, Double> density = new HashMap<>();
        Map<String, Double> reach = new HashMap<>();
        for (Municipality m : r.municipalities()) {
            RegionResult rr = byCode.get(m.regionCode());
            String label = m.name() + " (" + (rr == null ? m.regionCode() : rr.name()) + ")";
            if (rr != null) {
                TargetCount c = rr.free(headline).count(target);
                double d = c.reachable() && rr.inhabitants() > 0 ? c.sites() * 10_000.0 / rr.inhabitants() : Double.NaN;
                density.put(m.code(), d);
                reach.put(m.code(), rr.free(headline).reachableShare());
                label += ": " + Nl.d(d, 2) + " NSP per 10.000 inwoners, " + Nl.pct(rr.free(headline).reachableShare())
                        + " bereikbaar";
            }
            areas.add(new SvgMap.Area(m.code(), label, m.geometry()));
        }
        List<SvgMap.Area> outlines = regionOutlines();
        List<SvgMap.Dot> dots = new ArrayList<>();
        for (RegionResult rr : nr.regions()) {
            for (CandidateSite s : rr.headline()) {
                dots.add(new SvgMap.Dot(s.x(), s.y(), s.name() + " (" + rr.code() + ")"));
            }
        }
        double[] b1 = SvgMap.quantileBreaks(density.values());
        h.raw("<div class=\"maps\">");
        h.raw(map.render("map-density", "NSP's per 10.000 inwoners bij de kopnorm (" + headline.dutchLabel() + ", "
                + targetLabel(target) + "), met de gekozen locaties", areas, density, b1, outlines, dots, "NSP per 10.000 inw.",
                labels(b1, 2)));
        double[] b2 = {0.5, 0.65, 0.8, 0.9};
        h.raw(map.render("map-reach", "Aandeel inwoners binnen " + Nl.n(headline.radiusMetres())
                + " m van een kandidaatlocatie, per regio", areas, reach, b2, outlines, List.of(), "bereikbaar",
                new String[] {"< 50 %", "50–65 %", "65–80 %", "80–90 %", "≥ 90 %"}));
        h.raw("</div>");
    }

    private static String[] labels(double[] b, int decimals) {
        return new String[] {"< " + Nl.d(b[0], decimals), Nl.d(b[0], decimals) + "–" + Nl.d(b[1], decimals),
            Nl.d(b[1], decimals) + "–" + Nl.d(b[2], decimals), Nl.d(b[2], decimals) + "–" + Nl.d(b[3], decimals),
            "≥ " + Nl.d(b[3], decimals)};
    }

    private List<SvgMap.Area> regionOutlines() {
        Map<String, List<Geometry>> parts = new TreeMap<>();
        for (Municipality m : r.municipalities()) {
            parts.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(m.geometry());
        }
        Map<String, SafetyRegion> regions = new HashMap<>();
        r.regions().forEach(x -> regions.put(x.code(), x));
        List<SvgMap.Area> out = new ArrayList<>();
        for (Map.Entry<String, List<Geometry>> e : parts.entrySet()) {
            SafetyRegion sr = regions.get(e.getKey());
            Geometry g = sr != null && sr.geometry() != null ? sr.geometry() : CascadedPolygonUnion.union(e.getValue());
            out.add(new SvgMap.Area(e.getKey(), e.getKey() + (sr == null ? "" : " " + sr.name()), g));
        }
        return out;
    }

    private void regions(Html h) {
        h.h2("regios", "Per veiligheidsregio");
        h.p("Aantallen bij de kopnorm " + headline.dutchLabel() + " voor elk doel; inwoners per NSP en coördinatiepunten bij "
                + targetLabel(target) + ". De andere normen staan daaronder (uitklappen) en in aantallen_per_regio.csv.");
        regionTable(h, headline, true);
        for (Norm n : o.norms()) {
            if (n.equals(headline)) {
                continue;
            }
            h.raw("<details><summary>").text("Norm " + n.dutchLabel()).raw("</summary>");
            regionTable(h, n, false);
            h.raw("</details>\n");
        }
    }

    private void regionTable(Html h, Norm n, boolean main) {
        List<String> head = new ArrayList<>(List.of("Regio", "Inwoners", "Bevolkingslaag", "Kandidaten", "Bereikbaar"));
        for (double t : o.targetShares()) {
            head.add(targetLabel(t));
        }
        head.add("Inw./NSP");
        head.add("Vuistregel");
        if (main) {
            head.add("CP's");
        }
        boolean[] num = Html.numeric(head.size(), 1);
        num[2] = false;
        h.table(main ? "region-table" : "region-table-" + n.key(), null, head.toArray(String[]::new), num);
        for (RegionResult rr : nr.regions()) {
            NormResult res = rr.free(n);
            List<String> cells = new ArrayList<>();
            cells.add(Html.esc(rr.code() + " " + rr.name()));
            cells.add(Html.esc(Nl.n(rr.inhabitants())));
            cells.add(Html.esc(layerSummary(rr)));
            cells.add(Html.esc(Nl.n(rr.candidatesConsidered())));
            cells.add(Html.esc(Nl.pct(res.reachableShare())));
            for (double t : o.targetShares()) {
                cells.add(countCell(res.count(t)));
            }
            TargetCount c = res.count(target);
            cells.add(Html.esc(c.reachable() ? Nl.n(inhabitantsPer(rr.inhabitants(), c.sites())) : "–"));
            cells.add(Html.esc(Nl.n(rr.ruleOfThumb(o.inhabitantsPerNsp()))));
            if (main) {
                cells.add(Html.esc(Nl.n(rr.cps().count())) + (rr.cps().feasible() ? "" : " <span class=\"nh\" title=\""
                        + rr.cps().unlinked() + " NSP's zonder CP binnen bereik\">!</span>"));
            }
            rawRow(h, num, rr.code(), cells);
        }
        List<String> tot = new ArrayList<>();
        tot.add("Totaal");
        tot.add(Html.esc(Nl.n(nr.inhabitants())));
        tot.add("");
        tot.add("");
        NationalResult.Total t0 = nr.total(n, o.targetShares().get(0));
        tot.add(Html.esc(Nl.pct(t0.totalWeight() > 0 ? t0.reachableWeight() / t0.totalWeight() : Double.NaN)));
        for (double t : o.targetShares()) {
            tot.add(totalCell(nr.total(n, t)));
        }
        NationalResult.Total tt = nr.total(n, target);
        tot.add(Html.esc(Nl.n(inhabitantsPer(nr.inhabitants(), tt.sites()))));
        tot.add(Html.esc(Nl.n(nr.ruleOfThumb())));
        if (main) {
            tot.add(Html.esc(Nl.n(nr.cpTotal())));
        }
        h.raw("<tr class=\"total\">");
        for (int i = 0; i < tot.size(); i++) {
            h.raw(num[i] ? "<td class=\"num\">" : "<td>").raw(tot.get(i)).raw("</td>");
        }
        h.raw("</tr>\n");
        h.endTable();
    }

    private void urbanity(Html h) {
        h.h2("stedelijkheid", "Stedelijk en landelijk");
        if (!o.urbanity()) {
            h.p("Niet berekend (uitgezet).");
            return;
        }
        Map<Integer, Long> inh = nr.urbanityInhabitants();
        Map<Integer, Double> area = new TreeMap<>();
        Map<Integer, Integer> munis = new TreeMap<>();
        java.util.Set<String> run = new java.util.HashSet<>();
        nr.regions().forEach(x -> run.add(x.code()));
        for (Municipality m : r.municipalities()) {
            if (run.contains(m.regionCode())) {
                area.merge(m.urbanityClass(), m.geometry().getArea() / 1e6, Double::sum);
                munis.merge(m.urbanityClass(), 1, Integer::sum);
            }
        }
        h.p("Per CBS-stedelijkheidsklasse: het deel van elke regio in gemeenten van die klasse moet het doel zelf halen "
                + "(doel " + targetLabel(target) + "); de aantallen zijn sommen over de regio's. Omdat de delen geen locaties "
                + "delen, is de som over de klassen iets groter dan het regionale aantal.");
        List<String> head = new ArrayList<>(List.of("Stedelijkheid", "Gemeenten", "Inwoners", "km²"));
        for (Norm n : o.norms()) {
            head.add(n.dutchLabel());
        }
        head.add("Inw./NSP (" + headline.dutchLabel() + ")");
        head.add("km² per NSP");
        head.add("Vuistregel");
        boolean[] num = Html.numeric(head.size(), 1);
        h.table("urbanity-table", null, head.toArray(String[]::new), num);
        List<SvgChart.Group> groups = new ArrayList<>();
        for (int c : inh.keySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(Html.esc(urbanityLabel(c)));
            cells.add(Html.esc(Nl.n(munis.getOrDefault(c, 0))));
            cells.add(Html.esc(Nl.n(inh.get(c))));
            cells.add(Html.esc(Nl.n(area.getOrDefault(c, 0.0))));
            double[] perTenK = new double[o.norms().size()];
            int k = 0;
            for (Norm n : o.norms()) {
                NationalResult.Total t = nr.urbanityTotal(c, n, target);
                cells.add(totalCell(t));
                perTenK[k++] = t.complete() && inh.get(c) > 0 ? t.sites() * 10_000.0 / inh.get(c) : Double.NaN;
            }
            NationalResult.Total th = nr.urbanityTotal(c, headline, target);
            cells.add(Html.esc(Nl.n(inhabitantsPer(inh.get(c), th.sites()))));
            cells.add(Html.esc(th.sites() > 0 ? Nl.d(area.getOrDefault(c, 0.0) / th.sites(), 1) : "–"));
            cells.add(Html.esc(Nl.n(Math.ceil(inh.get(c) / o.inhabitantsPerNsp()))));
            rawRow(h, num, Integer.toString(c), cells);
            groups.add(new SvgChart.Group(urbanityLabel(c), perTenK));
        }
        h.endTable();
        h.raw(SvgChart.bars("urbanity-chart", "NSP's per 10.000 inwoners naar stedelijkheid (doel " + targetLabel(target) + ")",
                groups, o.norms().stream().map(Norm::dutchLabel).toList(), false));
        h.p("Landelijke gemeenten hebben per inwoner veel meer punten nodig: de afstanden zijn groter en de inwoners "
                + "wonen verspreid. Let op: buiten Rijnmond is de bevolking per PC4-gebied gelijkmatig over de oppervlakte "
                + "verdeeld; in landelijke gebieden met grote PC4-gebieden overdrijft dat de spreiding (zie Beperkingen).");
    }

    private void cooperation(Html h) {
        h.h2("samenwerking", "Samenwerking over gemeentegrenzen");
        if (!o.cooperation()) {
            h.p("Niet berekend (uitgezet).");
            return;
        }
        CostModel.CostResult c = r.costs();
        h.p("Vergelijking bij de kopnorm (" + headline.dutchLabel() + ", " + targetLabel(target) + "): ‘vrij’ laat locaties "
                + "inwoners over gemeente- en regiogrenzen heen bedienen; ‘eigen gemeente’ laat elke gemeente alleen met eigen "
                + "locaties de eigen inwoners bedienen, voor hetzelfde aantal te bedienen inwoners. Bij 100 % telt de variant "
                + "‘eigen gemeente’ alleen wie binnen de eigen gemeente een locatie in de buurt heeft; de laatste kolom geeft "
                + "hoeveel inwoners dan buiten de boot vallen.");
        String[] head = {"Regio", "Vrij", "Eigen gemeente", "Verschil", "Extra eenmalig", "Extra per jaar",
            "100 %: vrij", "100 %: eigen gemeente", "Inwoners alleen over de grens bereikbaar"};
        boolean[] num = Html.numeric(head.length, 1);
        h.table("cooperation-table", null, head, num);
        int sf = 0;
        int so = 0;
        double lostAll = 0;
        for (RegionResult rr : nr.regions()) {
            TargetCount f = rr.free(headline).count(target);
            TargetCount w = rr.ownMunicipality(headline).count(target);
            TargetCount f1 = rr.free(headline).count(1.0);
            TargetCount w1 = rr.ownMunicipality(headline).count(1.0);
            double lost = rr.free(headline).reachableWeight() - rr.ownMunicipality(headline).reachableWeight();
            lostAll += lost;
            int diff = f.reachable() && w.reachable() ? w.sites() - f.sites() : 0;
            if (f.reachable() && w.reachable()) {
                sf += f.sites();
                so += w.sites();
            }
            rawRow(h, num, rr.code(), List.of(Html.esc(rr.code() + " " + rr.name()), countCell(f), countCell(w),
                    Html.esc(f.reachable() && w.reachable() ? signed(diff) : "–"),
                    Html.esc(Nl.eur(diff * c.nspOneOffEur())), Html.esc(Nl.eur(diff * c.nspYearlyEur())), countCell(f1),
                    countCell(w1), Html.esc(Nl.n(lost))));
        }
        h.raw("<tr class=\"total\"><td>Totaal</td><td class=\"num\">" + Nl.n(sf) + "</td><td class=\"num\">" + Nl.n(so)
                + "</td><td class=\"num\">" + Html.esc(signed(so - sf)) + "</td><td class=\"num\">"
                + Html.esc(Nl.eur((so - sf) * c.nspOneOffEur())) + "</td><td class=\"num\">"
                + Html.esc(Nl.eur((so - sf) * c.nspYearlyEur())) + "</td><td></td><td></td><td class=\"num\">"
                + Html.esc(Nl.n(lostAll)) + "</td></tr>\n");
        h.endTable();
        h.p("Het verschil is wat samenwerking tussen gemeenten (en regio's) aan punten en geld scheelt bij hetzelfde doel. "
                + "Eigen-gemeente-aantallen kunnen bij 100 % lager uitvallen dan ‘vrij’, omdat dan minder inwoners bediend worden.");
    }

    private static String signed(int v) {
        return v > 0 ? "+" + Nl.n(v) : Nl.n(v);
    }

    private void costs(Html h) {
        CostModel.CostResult c = r.costs();
        h.h2("kosten", "Kosten en budget");
        h.p("Kostentabel (bewerkbaar: data/nsp_kosten.csv of --costs). "
                + (c.assumptionsOnly() ? "Alle bedragen zijn aannames: er zijn nog geen bronnen voor de kosten per punt; vervang ze "
                        + "door de cijfers uit de pilot." : "Regels met ‘aanname’ moeten nog door pilotcijfers worden vervangen."));
        String[] head = {"Post", "Per", "Soort", "Bedrag", "Status", "Bron / toelichting"};
        boolean[] num = {false, false, false, true, false, false};
        h.table("cost-items", null, head, num);
        for (CostItem i : c.items()) {
            h.row(num, i.description().isEmpty() ? i.item() : i.description(), i.level() == CostItem.Level.NSP ? "NSP" : "CP",
                    i.kind() == CostItem.Kind.ONE_OFF ? "eenmalig" : "per jaar", Nl.eur(i.amountEur()),
                    i.assumption() ? "aanname" : "bron", i.source());
        }
        h.endTable();
        h.p("Per NSP: " + Nl.eur(c.nspOneOffEur()) + " eenmalig en " + Nl.eur(c.nspYearlyEur()) + " per jaar; per CP: "
                + Nl.eur(c.cpOneOffEur()) + " eenmalig en " + Nl.eur(c.cpYearlyEur()) + " per jaar.");
        h.p("Kostenprofiel (aanname): de eenmalige kosten vallen gelijk verdeeld in " + years(c.options().rolloutYears())
                + "; de punten van een uitroljaar kosten vanaf het jaar erna hun jaarlijkse bedrag. Budget: "
                + c.budgets().source() + "; 2025 en 2026 gelijk verdeeld over de " + r.facts().count()
                + " regio's, vanaf 2027 volgens een nog af te spreken verdeelsleutel.");
        // per year, regions run together
        String[] yh = new String[c.years() + 1];
        yh[0] = "";
        for (int i = 0; i < c.years(); i++) {
            yh[i + 1] = Integer.toString(c.firstYear() + i);
        }
        boolean[] yn = Html.numeric(yh.length, 1);
        h.table("year-table", "Per jaar, " + (nr.allRegions() ? "landelijk" : "doorgerekende regio's") + " (× € 1 mln)", yh, yn);
        String[] budget = new String[yh.length];
        String[] cost = new String[yh.length];
        String[] bal = new String[yh.length];
        String[] cum = new String[yh.length];
        budget[0] = "budget (gelijk verdeeld)";
        cost[0] = "kosten kopplan";
        bal[0] = "saldo";
        cum[0] = "saldo cumulatief";
        double run = 0;
        List<SvgChart.Group> groups = new ArrayList<>();
        for (int i = 0; i < c.years(); i++) {
            double b = c.allocatedInYear(DistributionKey.EQUAL, i);
            double k = c.costInYear(i);
            run += b - k;
            budget[i + 1] = Nl.mln(b);
            cost[i + 1] = Nl.mln(k);
            bal[i + 1] = Nl.mln(b - k);
            cum[i + 1] = Nl.mln(run);
            groups.add(new SvgChart.Group(Integer.toString(c.firstYear() + i), new double[] {b, k}));
        }
        h.row(yn, budget).row(yn, cost).row(yn, bal).total(yn, cum);
        h.endTable();
        h.raw(SvgChart.bars("budget-chart", "Budget en kosten per jaar", groups, List.of("budget", "kosten kopplan"), true));
        // keys
        int last = c.years() - 1;
        List<String> kh = new ArrayList<>(List.of("Regio", "Eenmalig", "Per jaar"));
        for (DistributionKey k : DistributionKey.values()) {
            kh.add(c.firstYear() + last + " " + k.dutchLabel());
        }
        for (DistributionKey k : DistributionKey.values()) {
            kh.add("saldo t/m " + (c.firstYear() + last) + " " + k.dutchLabel());
        }
        boolean[] kn = Html.numeric(kh.size(), 1);
        h.p("Verdeelsleutels vergeleken: het budget van " + (c.firstYear() + last) + " per regio onder elke sleutel, tegen de "
                + "kosten; het saldo telt alle jaren " + c.firstYear() + "–" + (c.firstYear() + last) + " (budget min kosten)."
                + (c.nspKeyAvailable() ? "" : " De sleutel ‘naar benodigde NSP's’ vraagt een run over alle regio's en ontbreekt hier."));
        h.table("key-table", "Bedragen in euro's", kh.toArray(String[]::new), kn);
        for (CostModel.RegionCost rc : c.regions()) {
            List<String> cells = new ArrayList<>(List.of(rc.code() + " " + rc.name(), Nl.eur(rc.oneOffEur()),
                    Nl.eur(rc.yearlyEur())));
            for (DistributionKey k : DistributionKey.values()) {
                cells.add(Nl.eur(rc.allocationByYear().get(k)[last]));
            }
            for (DistributionKey k : DistributionKey.values()) {
                cells.add(Nl.eur(rc.balance(k)));
            }
            h.row(rc.code(), kn, cells.toArray(String[]::new));
        }
        List<String> tot = new ArrayList<>(List.of("Totaal", Nl.eur(c.oneOffTotal()), Nl.eur(c.yearlyTotal())));
        for (DistributionKey k : DistributionKey.values()) {
            tot.add(Nl.eur(c.allocatedInYear(k, last)));
        }
        for (DistributionKey k : DistributionKey.values()) {
            double b = 0;
            for (CostModel.RegionCost rc : c.regions()) {
                b += rc.balance(k);
            }
            tot.add(Nl.eur(b));
        }
        h.total(kn, tot.toArray(String[]::new));
        h.endTable();
        h.p("Een negatief saldo betekent dat de regio onder die sleutel te weinig budget krijgt voor het kopplan. Een sleutel "
                + "naar inwoners bevoordeelt stedelijke regio's, een sleutel naar oppervlakte en naar benodigde punten de landelijke.");
    }

    private static String years(List<Integer> ys) {
        return ys.size() == 1 ? ys.get(0).toString()
                : String.join(", ", ys.subList(0, ys.size() - 1).stream().map(String::valueOf).toList()) + " en " + ys.get(ys.size() - 1);
    }

    private void outage(Html h) {
        OutageResult out = r.outage();
        h.h2("uitval", "Uitvalscenario: " + out.scenario().label());
        List<String> what = new ArrayList<>();
        if (out.scenario().areaRd() != null) {
            what.add("gebied zonder stroom/telecom: " + Nl.d(out.scenario().areaRd().getArea() / 1e6, 1) + " km²");
        }
        if (!out.scenario().municipalityCodes().isEmpty()) {
            what.add("gemeenten zonder stroom/telecom: " + String.join(", ", out.scenario().municipalityCodes()));
        }
        if (!out.scenario().unavailableSiteIds().isEmpty()) {
            what.add("onbruikbare locaties: " + out.scenario().unavailableSiteIds().size());
        }
        h.ul(what);
        h.p("In het gebied zonder stroom/telecom vallen de locaties als NSP uit (bijvoorbeeld omdat noodstroom of verbinding "
                + "faalt, of het gebied onbereikbaar is); ook losse onbruikbare locaties vallen uit. Inwoners in het gebied moeten "
                + "een NSP daarbuiten bereiken. Per geraakte "
                + "regio: wie zijn NSP kwijtraakt (bij de kopnorm " + headline.dutchLabel() + "), en het herstelde plan: de "
                + "overgebleven NSP's blijven, er komen zo weinig mogelijk beschikbare locaties bij om het doel weer te halen.");
        String[] head = {"Regio", "NSP's", "Uitgevallen", "Inwoners zonder NSP", "waarvan 65+", "Inwoners in gebied",
            "daarvan bediend vóór → na", "Hersteld plan", "Toegevoegd", "Doel haalbaar"};
        boolean[] num = Html.numeric(head.length, 1);
        num[head.length - 1] = false;
        h.table("outage-table", null, head, num);
        for (OutageResult.RegionOutage ro : out.regions()) {
            rawRow(h, num, ro.code(), List.of(Html.esc(ro.code() + " " + ro.name()), Html.esc(Nl.n(ro.planned())),
                    Html.esc(Nl.n(ro.failed())), Html.esc(Nl.n(ro.lostInhabitants())), Html.esc(Nl.n(ro.lost65())),
                    Html.esc(Nl.n(ro.areaInhabitants())),
                    Html.esc(Nl.n(ro.areaCoveredBefore()) + " → " + Nl.n(ro.areaCoveredAfter())), Html.esc(Nl.n(ro.repaired())) + (ro.repaired() == ro.repairedLowerBound()
                            ? " <span class=\"lb ok\">✓</span>" : " <span class=\"lb\">≥" + Nl.n(ro.repairedLowerBound()) + "</span>"),
                    Html.esc("+" + Nl.n(ro.addedSiteIds().size())), Html.esc(ro.targetReachable() ? "ja" : "nee, max. bereikbaar")));
        }
        h.total(num, "Totaal", "", Nl.n(out.failed()), Nl.n(out.lostInhabitants()), Nl.n(out.lost65()), "", "", "",
                "+" + Nl.n(out.added()), "");
        h.endTable();
    }

    private void accountability(Html h) {
        AccountabilitySheet a = r.accountability();
        h.h2("verantwoording", "Verantwoording per regio");
        h.p("Geplande punten (kopplan) tegen gerealiseerde, en toegekend budget tegen besteed, over " + a.firstYear() + "–"
                + a.throughYear() + " (toekenning na 2026 " + a.key().dutchLabel() + "). "
                + (a.hasRealised() ? "Gerealiseerd en besteed: opgave van de regio's."
                        : "Er is nog geen opgave van de regio's: verantwoording.csv is het invulformulier (kolommen nsp_realised, "
                                + "cp_realised en spent_eur) en kan met --realised weer ingelezen worden."));
        String[] head = {"Regio", "NSP gepland", "NSP gerealiseerd", "CP gepland", "CP gerealiseerd", "Kosten plan",
            "Toegekend", "Besteed", "Saldo"};
        boolean[] num = Html.numeric(head.length, 1);
        h.table("accountability-table", null, head, num);
        for (AccountabilitySheet.Row row : a.rows()) {
            h.row(row.code(), num, row.code() + " " + row.name(), Nl.n(row.nspPlanned()),
                    row.nspRealised() == null ? "" : Nl.n(row.nspRealised()), Nl.n(row.cpPlanned()),
                    row.cpRealised() == null ? "" : Nl.n(row.cpRealised()), Nl.eur(row.plannedCostEur()),
                    Nl.eur(row.allocatedEur()), row.spentEur() == null ? "" : Nl.eur(row.spentEur()),
                    row.balanceEur() == null ? "" : Nl.eur(row.balanceEur()));
        }
        h.endTable();
    }

    private void limitations(Html h) {
        h.h2("beperkingen", "Beperkingen");
        List<String> l = new ArrayList<>();
        l.add("Afstanden zijn hemelsbreed. Over de weg is de loopafstand langer (water, spoor, snelwegen); de aantallen zijn "
                + "daardoor eerder te laag dan te hoog.");
        l.add("Buiten Rijnmond is de bevolking per PC4-gebied (2021) gelijkmatig over het gebied verdeeld. In werkelijkheid "
                + "wonen mensen in kernen; vooral in landelijke gebieden met grote PC4-gebieden leidt dat tot te lage "
                + "bereikbaarheid en te veel benodigde punten. Het CBS 100 m-raster voor heel Nederland (cbs_vk100) zou dit "
                + "oplossen; de tool leest het zodra het in de gegevensmap staat.");
        l.add("De kandidaatlocaties zijn alleen stemlokalen (2023). Wie verder dan de straal van elk stemlokaal woont, telt niet "
                + "mee in de doelen ‘van de bereikbare inwoners’; daar zijn andere locaties (buurthuizen, scholen, kazernes) nodig.");
        l.add("De capaciteit van een NSP (drukte) is niet meegenomen: in steden bedient één punt veel meer inwoners dan de "
                + "vuistregel; de kolom ‘inwoners per NSP’ maakt dat zichtbaar.");
        l.add("Elke regio en elk stedelijkheidsdeel haalt het doel zelf; een landelijk gezamenlijk plan kan punten op "
                + "regiogrenzen delen en iets minder punten nodig hebben. De regionale ondergrenzen blijven geldig.");
        l.add("65-plussers: in rastercellen waar het CBS het aantal geheimhoudt, is het geschat met het 65+-aandeel van de "
                + "gemeente in de cellen met bekend aantal.");
        l.add("Coördinatiepunten zijn gekozen uit de NSP-locaties zelf; brandweerkazernes en gemeentehuizen ontbreken in de gegevens.");
        l.add("Alle kostenbedragen zijn aannames zolang de kostentabel geen bronnen noemt; het kostenprofiel per jaar is een "
                + "aanname (uitrol in " + years(r.costs().options().rolloutYears()) + ").");
        l.add("Oppervlakte voor de verdeelsleutel: de oppervlakte van de gemeentegrenzen (inclusief binnenwater).");
        l.add("Een aantal met ≥ n is het beste gevonden plan; het echte minimum ligt tussen n en dat aantal.");
        h.ul(l);
    }

    private void fileList(Html h) {
        h.h2("bestanden", "Tabellen (CSV)");
        h.p("Naast dit rapport, puntkomma-gescheiden met decimale komma (opent zo in Excel):");
        h.ul(List.of("aantallen_per_regio.csv — elk aantal per regio, norm, doel en variant (vrij / eigen gemeente) met ondergrens",
                "aantallen_per_stedelijkheid.csv — per regio en stedelijkheidsklasse",
                "uitruilcurven.csv — dekking tegen aantal NSP's per regio en landelijk",
                "vraag_per_regio.csv — gebruikte bevolkingslaag per gemeente en geschatte 65-plussers",
                "nsp_locaties.csv — de locaties van het kopplan, met CP-functie",
                "kostentabel.csv — de gebruikte kostenposten", "kosten_per_regio.csv — kosten en samenwerkingswinst per regio",
                "kosten_en_budget_per_jaar.csv — kosten en budget per regio, jaar en verdeelsleutel",
                "verantwoording.csv — gepland/gerealiseerd en toegekend/besteed per regio (invulformulier)"));
        if (r.outage() != null) {
            h.ul(List.of("uitval.csv — het uitvalscenario per regio"));
        }
    }

    // ---------------------------------------------------------------- CSV

    private CsvTable countsCsv() {
        CsvTable t = new CsvTable("region", "name", "variant", "norm", "radius_m", "elderly", "target_share", "target_weight",
                "total_weight", "reachable_weight", "reachable_share", "nsp", "lower_bound", "optimal", "covered_weight",
                "inhabitants_registered", "inhabitants_per_nsp", "rule_of_thumb");
        for (RegionResult rr : nr.regions()) {
            addCounts(t, rr, "vrij", rr.free());
            addCounts(t, rr, "eigen_gemeente", rr.ownMunicipality());
        }
        return t;
    }

    private void addCounts(CsvTable t, RegionResult rr, String variant, List<NormResult> list) {
        for (NormResult res : list) {
            for (TargetCount c : res.counts()) {
                t.add(rr.code(), rr.name(), variant, res.norm().key(), Nl.csv(res.norm().radiusMetres(), 0),
                        res.norm().elderly() ? "ja" : "nee", Nl.csv(c.share(), 4), Nl.csv(c.targetWeight(), 1),
                        Nl.csv(res.totalWeight(), 1), Nl.csv(res.reachableWeight(), 1), Nl.csv(res.reachableShare(), 4),
                        c.reachable() ? c.sites() : "", c.reachable() ? c.lowerBound() : "", c.optimal() ? "ja" : "nee",
                        Nl.csv(c.coveredWeight(), 1), rr.inhabitants(),
                        c.reachable() ? Nl.csv(inhabitantsPer(rr.inhabitants(), c.sites()), 0) : "",
                        rr.ruleOfThumb(o.inhabitantsPerNsp()));
            }
        }
    }

    private CsvTable urbanityCsv() {
        CsvTable t = new CsvTable("region", "urbanity_class", "urbanity", "norm", "target_share", "total_weight",
                "reachable_weight", "nsp", "lower_bound", "inhabitants_registered");
        for (RegionResult rr : nr.regions()) {
            for (Map.Entry<Integer, List<NormResult>> e : rr.byUrbanity().entrySet()) {
                for (NormResult res : e.getValue()) {
                    for (TargetCount c : res.counts()) {
                        t.add(rr.code(), e.getKey(), URBANITY[Math.min(e.getKey(), 5)], res.norm().key(), Nl.csv(c.share(), 4),
                                Nl.csv(res.totalWeight(), 1), Nl.csv(res.reachableWeight(), 1), c.reachable() ? c.sites() : "",
                                c.reachable() ? c.lowerBound() : "", rr.urbanityInhabitants().getOrDefault(e.getKey(), 0L));
                    }
                }
            }
        }
        for (int c : nr.urbanityInhabitants().keySet()) {
            for (Norm n : o.norms()) {
                for (double s : o.targetShares()) {
                    NationalResult.Total tot = nr.urbanityTotal(c, n, s);
                    t.add("NL", c, URBANITY[Math.min(c, 5)], n.key(), Nl.csv(s, 4), Nl.csv(tot.totalWeight(), 1),
                            Nl.csv(tot.reachableWeight(), 1), tot.sites(), tot.lowerBound(), nr.urbanityInhabitants().get(c));
                }
            }
        }
        return t;
    }

    private CsvTable curvesCsv() {
        CsvTable t = new CsvTable("scope", "norm", "nsp", "covered_weight", "covered_share", "upper_bound_weight");
        for (Norm n : o.norms()) {
            double[] curve = nr.nationalCurve(n);
            double total = nr.total(n, 1.0).totalWeight();
            for (int k = 0; k < curve.length; k++) {
                t.add(nr.allRegions() ? "NL" : "samen", n.key(), k + 1, Nl.csv(curve[k], 1),
                        Nl.csv(total > 0 ? curve[k] / total : 0, 5), "");
            }
        }
        for (RegionResult rr : nr.regions()) {
            for (NormResult res : rr.free()) {
                for (int k = 0; k < res.curve().length; k++) {
                    t.add(rr.code(), res.norm().key(), k + 1, Nl.csv(res.curve()[k], 1),
                            Nl.csv(res.totalWeight() > 0 ? res.curve()[k] / res.totalWeight() : 0, 5), Nl.csv(res.upper()[k], 1));
                }
            }
        }
        return t;
    }

    private CsvTable demandCsv() {
        CsvTable t = new CsvTable("region", "municipality", "layer", "demand_inhabitants_region", "imputed_65plus_inhabitants_region");
        for (RegionResult rr : nr.regions()) {
            rr.demand().layerByMunicipality().forEach((m, layer) -> t.add(rr.code(), m, layer,
                    Nl.csv(rr.demand().inhabitants(), 1), Nl.csv(rr.demand().imputed65Inhabitants(), 1)));
        }
        return t;
    }

    private CsvTable locationsCsv() {
        CsvTable t = new CsvTable("region", "site_id", "name", "address", "municipality", "x_rd", "y_rd", "is_cp");
        for (RegionResult rr : nr.regions()) {
            java.util.Set<String> cps = new java.util.HashSet<>(rr.cps().cpSiteIds());
            for (CandidateSite s : rr.headline()) {
                t.add(rr.code(), s.id(), s.name(), s.address(), s.municipalityCode(), Nl.csv(s.x(), 2), Nl.csv(s.y(), 2),
                        cps.contains(s.id()) ? "ja" : "nee");
            }
        }
        return t;
    }

    private CsvTable costTableCsv() {
        CsvTable t = new CsvTable("item", "level", "kind", "amount_eur", "status", "source", "description");
        for (CostItem i : r.costs().items()) {
            t.add(i.item(), i.level().name().toLowerCase(java.util.Locale.ROOT), i.kind().name().toLowerCase(java.util.Locale.ROOT),
                    Nl.csv(i.amountEur(), 2), i.assumption() ? "assumption" : "source", i.source(), i.description());
        }
        return t;
    }

    private CsvTable regionCostCsv() {
        CostModel.CostResult c = r.costs();
        CsvTable t = new CsvTable("region", "name", "nsp", "cp", "one_off_eur", "yearly_eur", "nsp_own_municipality",
                "extra_nsp_without_cooperation", "extra_one_off_eur", "extra_yearly_eur");
        for (CostModel.RegionCost rc : c.regions()) {
            int extra = rc.cooperationExtraNsps();
            t.add(rc.code(), rc.name(), rc.nsps(), rc.cps(), Nl.csv(rc.oneOffEur(), 2), Nl.csv(rc.yearlyEur(), 2),
                    rc.ownMunicipalityNsps() < 0 ? "" : rc.ownMunicipalityNsps(), extra, Nl.csv(extra * c.nspOneOffEur(), 2),
                    Nl.csv(extra * c.nspYearlyEur(), 2));
        }
        return t;
    }

    private CsvTable yearCsv() {
        CostModel.CostResult c = r.costs();
        CsvTable t = new CsvTable("region", "year", "cost_eur", "budget_equal_eur", "budget_inhabitants_eur", "budget_area_eur",
                "budget_nsps_needed_eur");
        for (CostModel.RegionCost rc : c.regions()) {
            for (int i = 0; i < c.years(); i++) {
                t.add(rc.code(), c.firstYear() + i, Nl.csv(rc.costByYear()[i], 2),
                        Nl.csv(rc.allocationByYear().get(DistributionKey.EQUAL)[i], 2),
                        Nl.csv(rc.allocationByYear().get(DistributionKey.INHABITANTS)[i], 2),
                        Nl.csv(rc.allocationByYear().get(DistributionKey.AREA)[i], 2),
                        Nl.csv(rc.allocationByYear().get(DistributionKey.NSPS_NEEDED)[i], 2));
            }
        }
        return t;
    }

    private CsvTable accountabilityCsv() {
        AccountabilitySheet a = r.accountability();
        CsvTable t = new CsvTable("region", "name", "year", "nsp_planned", "cp_planned", "nsp_realised", "cp_realised",
                "planned_cost_eur", "allocated_eur", "spent_eur", "balance_eur", "key");
        for (AccountabilitySheet.Row row : a.rows()) {
            t.add(row.code(), row.name(), a.throughYear(), row.nspPlanned(), row.cpPlanned(), row.nspRealised(), row.cpRealised(),
                    Nl.csv(row.plannedCostEur(), 2), Nl.csv(row.allocatedEur(), 2),
                    row.spentEur() == null ? "" : Nl.csv(row.spentEur(), 2),
                    row.balanceEur() == null ? "" : Nl.csv(row.balanceEur(), 2), a.key().name().toLowerCase(java.util.Locale.ROOT));
        }
        return t;
    }

    private CsvTable outageCsv() {
        CsvTable t = new CsvTable("region", "name", "nsp_planned", "nsp_failed", "lost_inhabitants", "lost_65plus",
                "area_inhabitants", "area_covered_before", "area_covered_after", "target_weight", "target_reachable",
                "repair_target_weight", "nsp_repaired", "repaired_lower_bound", "nsp_added", "added_site_ids", "failed_site_ids");
        for (OutageResult.RegionOutage ro : r.outage().regions()) {
            t.add(ro.code(), ro.name(), ro.planned(), ro.failed(), Nl.csv(ro.lostInhabitants(), 1), Nl.csv(ro.lost65(), 1),
                    Nl.csv(ro.areaInhabitants(), 1), Nl.csv(ro.areaCoveredBefore(), 1), Nl.csv(ro.areaCoveredAfter(), 1),
                    Nl.csv(ro.targetWeight(), 1), ro.targetReachable() ? "ja" : "nee", Nl.csv(ro.repairTarget(), 1), ro.repaired(),
                    ro.repairedLowerBound(), ro.addedSiteIds().size(), String.join(" ", ro.addedSiteIds()),
                    String.join(" ", ro.failedSiteIds()));
        }
        return t;
    }

    private static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5b6770; --line: #d5dbe0; --accent: #1f5fa8; --bad: #b03a2e; }
            * { box-sizing: border-box; }
            body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0;
                   line-height: 1.45; background: #fff; }
            header { background: #12395f; color: #fff; padding: 18px 28px; }
            header h1 { margin: 0 0 4px; font-size: 1.6rem; }
            header .sub { margin: 0; color: #d8e4f0; }
            nav { padding: 8px 28px; border-bottom: 1px solid var(--line); font-size: .9rem; }
            nav ol { margin: 0; padding-left: 18px; columns: 3; }
            main { padding: 8px 28px 28px; max-width: 1280px; }
            h2 { margin-top: 34px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; font-size: 1.3rem; }
            h3 { font-size: 1.05rem; }
            .kpis { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
            .kpi { border: 1px solid var(--line); border-left: 4px solid var(--accent); padding: 8px 12px; min-width: 180px;
                   flex: 1 1 180px; }
            .kpi .v { font-size: 1.6rem; font-weight: 600; }
            .kpi .l { font-weight: 600; }
            .kpi .s { color: var(--muted); font-size: .85rem; }
            .table-wrap { overflow-x: auto; margin: 10px 0 16px; }
            table { border-collapse: collapse; font-size: .86rem; min-width: 60%; }
            caption { text-align: left; color: var(--muted); padding: 4px 0; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
            th { background: #eef2f6; text-align: left; position: sticky; top: 0; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            tbody tr:nth-child(even) { background: #fafbfc; }
            tr.total td { font-weight: 600; border-top: 2px solid #9aa7b2; background: #eef2f6; }
            .lb { color: var(--muted); font-size: .8em; }
            .lb.ok { color: #2e8b57; }
            .nh { color: var(--bad); }
            details { margin: 8px 0; }
            summary { cursor: pointer; color: var(--accent); }
            figure { margin: 12px 0; }
            figure.chart svg { width: 100%; max-width: 900px; height: auto; border: 1px solid var(--line); background: #fff; }
            .maps { display: flex; flex-wrap: wrap; gap: 16px; }
            figure.map { flex: 1 1 420px; max-width: 620px; }
            figure.map svg { width: 100%; height: auto; border: 1px solid var(--line); background: #f7fbff; }
            figcaption { color: var(--muted); font-size: .85rem; }
            svg .title { font-size: 14px; font-weight: 600; fill: var(--ink); }
            svg .grid { stroke: #e3e8ec; stroke-width: 1; }
            svg .axis { stroke: #888; stroke-width: 1; }
            svg .xlab { font-size: 11px; text-anchor: middle; fill: #444; }
            svg .ylab { font-size: 11px; text-anchor: end; fill: #444; }
            svg .legend { font-size: 11px; fill: #333; }
            svg .band { fill: #f5b041; opacity: .18; }
            svg .bandlab { font-size: 11px; text-anchor: middle; fill: #9c640c; }
            svg .marker { stroke-width: 1.5; stroke-dasharray: 3 3; }
            svg .mlab { font-size: 11px; }
            svg .area { stroke: #ffffff; stroke-width: 0.15; }
            svg .outline { fill: none; stroke: #34495e; stroke-width: 0.6; }
            svg .dot { fill: #c0392b; opacity: .75; }
            figure.map svg .legend { font-size: 5.5px; }
            footer { color: var(--muted); font-size: .85rem; padding: 12px 28px; border-top: 1px solid var(--line); }
            @media print { nav, details > summary { display: none; } details { display: block; } th { position: static; }
                           header { background: none; color: var(--ink); } header .sub { color: var(--muted); } }
            """;
}
