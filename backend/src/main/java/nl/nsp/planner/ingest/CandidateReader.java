package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.locationtech.jts.geom.Point;

/**
 * Reads generic candidate-site files: a CSV with configurable id/name/x/y or lon/lat/kind columns
 * ({@link CandidateColumns}), or GeoJSON/GeoPackage points (any CRS {@link CrsDetector} accepts) with the same
 * attribute names. The municipality comes from a gemeentecode column when there is one, else from the
 * municipality polygons; other attributes are kept. A row without id, with bad or non-Dutch coordinates, an
 * unknown kind or a duplicate id is rejected and reported.
 */
public final class CandidateReader {
    private final FileLog log;
    private final CandidateColumns columns;
    private final MunicipalityLocator locator;
    private final List<CandidateSite> out = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();

    private CandidateReader(FileLog log, CandidateColumns columns, MunicipalityLocator locator) {
        this.log = log;
        this.columns = columns;
        this.locator = locator;
    }

    /**
     * Reads a candidate file (.csv, .geojson, .json or .gpkg).
     *
     * @throws InputException when the file cannot be used at all or has no valid site
     */
    public static ReadResult<CandidateSite> read(Path file, CandidateColumns columns, MunicipalityLocator locator) {
        String fileName = file.getFileName().toString();
        FileLog log = new FileLog(fileName);
        CandidateReader r = new CandidateReader(log, columns, locator);
        String format = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? r.readCsv(file)
                : FeatureFiles.read(file, List.of(), log, r::feature);
        if (r.out.isEmpty()) {
            List<InputError> all = new ArrayList<>();
            all.add(new InputError(fileName, 0, "", "no valid candidate site"));
            all.addAll(log.rejected());
            throw new InputException(all);
        }
        return ReadResult.of(log, format, r.out);
    }

    private String readCsv(Path file) {
        CsvSource csv = CsvSource.open(file);
        String id = CandidateColumns.first(columns.id(), csv::has)
                .orElseThrow(() -> missing(csv, "id", columns.id()));
        Optional<String> x = CandidateColumns.first(columns.x(), csv::has);
        Optional<String> y = CandidateColumns.first(columns.y(), csv::has);
        Optional<String> lon = CandidateColumns.first(columns.lon(), csv::has);
        Optional<String> lat = CandidateColumns.first(columns.lat(), csv::has);
        boolean rd = x.isPresent() && y.isPresent();
        if (!rd && !(lon.isPresent() && lat.isPresent())) {
            throw new InputException(new InputError(csv.fileName(), 1, "", "no coordinate columns: expected "
                    + columns.x() + "/" + columns.y() + " (RD New) or " + columns.lon() + "/" + columns.lat()
                    + " (WGS84); the header has " + String.join(", ", csv.header())));
        }
        Set<String> mapped = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        mapped.add(id);
        (rd ? List.of(x.get(), y.get()) : List.of(lon.get(), lat.get())).forEach(mapped::add);
        csv.forEachRow(row -> {
            String xField = rd ? x.get() : lon.get();
            String yField = rd ? y.get() : lat.get();
            RdPoint p;
            try {
                double a = CsvSource.parseDecimal(row.get(xField));
                double b = CsvSource.parseDecimal(row.get(yField));
                boolean ok = rd ? DutchExtent.isPlausibleRd(a, b) : DutchExtent.isPlausibleWgs84(a, b);
                if (!ok) {
                    log.reject(row.line(), xField, "site \"" + row.get(id) + "\": (" + row.get(xField) + ", "
                            + row.get(yField) + ") is not in the Netherlands in " + (rd ? "RD New" : "WGS84 lon/lat"));
                    return;
                }
                p = rd ? new RdPoint(a, b) : RdProjection.toRd(new LatLon(b, a));
            } catch (NumberFormatException e) {
                log.reject(row.line(), xField, "site \"" + row.get(id) + "\": expected coordinates, got \""
                        + row.get(xField) + "\", \"" + row.get(yField) + "\"");
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String h : csv.header()) {
                values.put(h, row.get(h));
            }
            site(row.line(), values, mapped, p);
        });
        return "csv (" + (rd ? "RD New" : "WGS84") + ")";
    }

    private InputException missing(CsvSource csv, String what, List<String> names) {
        return new InputException(new InputError(csv.fileName(), 1, what, "column missing: expected one of " + names
                + "; the header has " + String.join(", ", csv.header())));
    }

    private void feature(GeoFeature f) {
        if (!(f.geometry() instanceof Point pt)) {
            log.reject(f.index(), "geometry", "expected a Point, got " + f.geometry().getGeometryType());
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        f.properties().keySet().forEach(k -> values.put(k, f.text(k)));
        Set<String> mapped = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        site(f.index(), values, mapped, new RdPoint(pt.getX(), pt.getY()));
    }

    private void site(long line, Map<String, String> values, Set<String> mapped, RdPoint p) {
        Map<String, String> v = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        v.putAll(values);
        Optional<String> idCol = CandidateColumns.first(columns.id(), v::containsKey);
        String id = idCol.map(v::get).orElse("");
        if (id.isEmpty()) {
            log.reject(line, idCol.orElse(columns.id().get(0)), "empty id");
            return;
        }
        Long first = seen.putIfAbsent(id, line);
        if (first != null) {
            log.reject(line, idCol.get(), "duplicate id \"" + id + "\" (first at " + first + ")");
            return;
        }
        mapped.add(idCol.get());
        String name = pick(columns.name(), v, mapped).orElse(id);
        SiteKind kind = columns.fixedKind();
        Optional<String> kindCol = CandidateColumns.first(columns.kind(), v::containsKey);
        if (kindCol.isPresent() && !v.get(kindCol.get()).isEmpty()) {
            mapped.add(kindCol.get());
            try {
                kind = SiteKind.parse(v.get(kindCol.get()));
            } catch (IllegalArgumentException e) {
                log.reject(line, kindCol.get(), "site \"" + id + "\": " + e.getMessage());
                seen.remove(id);
                return;
            }
        }
        String address = pick(columns.address(), v, mapped).orElse("");
        String code = pick(columns.municipality(), v, mapped).flatMap(CandidateReader::code)
                .orElseGet(() -> locator.codeAt(p.x(), p.y()));
        Map<String, String> attributes = new LinkedHashMap<>();
        values.forEach((k, val) -> {
            if (!mapped.contains(k) && !val.isEmpty()) {
                attributes.put(k, val);
            }
        });
        out.add(new CandidateSite(id, name, address, p.x(), p.y(), code, kind,
                PollingStationReader.accessibility(attributes.getOrDefault("toegankelijk", "")), "", attributes));
    }

    private static Optional<String> pick(List<String> names, Map<String, String> v, Set<String> mapped) {
        Optional<String> col = CandidateColumns.first(names, v::containsKey);
        col.ifPresent(mapped::add);
        return col.map(v::get).filter(s -> !s.isEmpty());
    }

    private static Optional<String> code(String raw) {
        try {
            return Optional.of(Codes.normaliseMunicipality(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
