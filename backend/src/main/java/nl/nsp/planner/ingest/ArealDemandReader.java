package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.geo.Crs;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.locationtech.jts.geom.Polygonal;

/**
 * Turns areal units with inhabitants (PC4 areas, wijken) into demand points.
 *
 * <p>Polygons (GeoJSON/GeoPackage) are spread over CBS-aligned grid cells with {@link ArealSpreader}: a cell gets
 * inhabitants × area(cell ∩ unit) / area(unit), and likewise 65+, so a unit's points sum to its inhabitants
 * (the largest share takes the remainder, so the sum is exact up to floating-point rounding, about 1e-12
 * relative). A points CSV ({@code x_rd}/{@code y_rd} or {@code lon}/{@code lat}) gives one point per
 * unit. A unit with missing, null or negative (suppressed) inhabitants is rejected and reported; unknown 65+
 * becomes {@link DemandPoint#UNKNOWN}. Where only a percentage 65+ is published (wijken), the 65+ count is
 * estimated as inhabitants × percentage / 100.
 */
public final class ArealDemandReader {
    private final FileLog log;
    private final ArealUnitColumns columns;
    private final MunicipalityLocator locator;
    private final int maxPoints;
    private final List<DemandPoint> points = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();

    private ArealDemandReader(FileLog log, ArealUnitColumns columns, MunicipalityLocator locator, int maxPoints) {
        this.log = log;
        this.columns = columns;
        this.locator = locator;
        this.maxPoints = maxPoints;
    }

    /**
     * Reads unit polygons and spreads each unit over grid cells.
     *
     * @param maxPoints target maximum of points per unit (see {@link ArealSpreader#DEFAULT_MAX_POINTS})
     * @throws InputException when the file cannot be used at all or has no valid unit
     */
    public static ReadResult<DemandPoint> readPolygons(Path file, ArealUnitColumns columns, MunicipalityLocator locator,
            int maxPoints) {
        FileLog log = new FileLog(file.getFileName().toString());
        ArealDemandReader r = new ArealDemandReader(log, columns, locator, maxPoints);
        List<Unit> units = new ArrayList<>();
        String format = FeatureFiles.read(file, List.of(), log, f -> r.unitPolygon(f).ifPresent(units::add));
        // spreading is independent per unit: run it on all cores, keep file order
        List<List<DemandPoint>> spread = units.parallelStream().map(r::spread).toList();
        spread.forEach(r.points::addAll);
        return r.finish(format + ", spread over grid cells");
    }

    /**
     * Reads one point per unit from a CSV with {@code x_rd}/{@code y_rd} (RD) or {@code lon}/{@code lat} columns.
     *
     * @throws InputException when the file cannot be used at all or has no valid unit
     */
    public static ReadResult<DemandPoint> readPoints(Path file, ArealUnitColumns columns, MunicipalityLocator locator) {
        CsvSource csv = CsvSource.open(file);
        FileLog log = new FileLog(csv.fileName());
        ArealDemandReader r = new ArealDemandReader(log, columns, locator, 1);
        boolean rd = csv.has("x_rd") && csv.has("y_rd");
        if (!rd && !(csv.has("lon") && csv.has("lat"))) {
            throw log.fileError("no coordinate columns: expected x_rd and y_rd (RD New) or lon and lat (WGS84); the header has "
                    + String.join(", ", csv.header()));
        }
        csv.require(columns.id());
        csv.require(columns.inhabitants());
        String xCol = rd ? "x_rd" : "lon";
        String yCol = rd ? "y_rd" : "lat";
        csv.forEachRow(row -> {
            RdPoint p;
            try {
                double a = CsvSource.parseDecimal(row.get(xCol));
                double b = CsvSource.parseDecimal(row.get(yCol));
                if (!CrsDetector.plausible(rd ? Crs.RD_NEW : Crs.WGS84, a, b)) {
                    log.reject(row.line(), xCol, String.format(Locale.ROOT, "(%s, %s) is not in the Netherlands",
                            row.get(xCol), row.get(yCol)));
                    return;
                }
                p = rd ? new RdPoint(a, b) : RdProjection.toRd(new LatLon(b, a));
            } catch (NumberFormatException e) {
                log.reject(row.line(), xCol, "expected coordinates, got \"" + row.get(xCol) + "\", \"" + row.get(yCol) + "\"");
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (String h : csv.header()) {
                values.put(h, row.get(h));
            }
            r.unitPoint(row.line(), values, p);
        });
        return r.finish("csv, one point per unit");
    }

    private ReadResult<DemandPoint> finish(String format) {
        if (points.isEmpty()) {
            List<InputError> all = new ArrayList<>();
            all.add(new InputError(log.fileName(), 0, "", "no unit with known inhabitants"));
            all.addAll(log.rejected());
            throw new InputException(all);
        }
        return ReadResult.of(log, format, points);
    }

    /** "PC4 3011", "WK036301": the unit as named in messages. */
    private String unitName(String id) {
        return id.startsWith(columns.unitPrefix()) ? id : columns.unitPrefix() + " " + id;
    }

    /** "PC4-3011", "WK036301": the id stem of the unit's demand points. */
    private String pointId(String id) {
        return id.startsWith(columns.unitPrefix()) ? id : columns.unitPrefix() + "-" + id;
    }

    /** Common validation; returns {inhabitants, inhabitants65} or null when the unit is rejected. */
    private double[] weights(long line, String id, ValueSource v) {
        if (id.isEmpty()) {
            log.reject(line, columns.id(), "empty unit id");
            return null;
        }
        Long first = seen.putIfAbsent(id, line);
        if (first != null) {
            log.reject(line, columns.id(), "duplicate unit " + id + " (first at " + first + ")");
            return null;
        }
        double inh;
        try {
            OptionalDouble o = v.number(columns.inhabitants());
            if (o.isEmpty() || o.getAsDouble() < 0) {
                log.reject(line, columns.inhabitants(), unitName(id) + ": inhabitants "
                        + (o.isEmpty() ? "null" : "suppressed (" + v.text(columns.inhabitants()) + ")")
                        + "; unit left out, its people are not in this layer");
                return null;
            }
            inh = o.getAsDouble();
        } catch (NumberFormatException e) {
            log.reject(line, columns.inhabitants(), unitName(id) + ": expected a number, got \""
                    + v.text(columns.inhabitants()) + "\"");
            return null;
        }
        double i65 = DemandPoint.UNKNOWN;
        try {
            if (columns.inhabitants65().isPresent()) {
                OptionalDouble o = v.number(columns.inhabitants65().get());
                if (o.isPresent() && o.getAsDouble() >= 0) {
                    i65 = o.getAsDouble();
                }
            } else if (columns.percent65().isPresent()) {
                OptionalDouble o = v.number(columns.percent65().get());
                if (o.isPresent() && o.getAsDouble() >= 0 && o.getAsDouble() <= 100) {
                    i65 = inh * o.getAsDouble() / 100.0;
                }
            }
        } catch (NumberFormatException e) {
            log.note(line, columns.inhabitants65().orElse(columns.percent65().orElse("")),
                    unitName(id) + ": 65+ is not a number; kept as unknown");
        }
        if (!Double.isNaN(i65) && i65 > inh) {
            log.note(line, columns.inhabitants65().orElse(columns.percent65().orElse("")), unitName(id) + ": 65+ (" + i65 + ") exceeds inhabitants (" + inh + "); 65+ kept as unknown");
            i65 = DemandPoint.UNKNOWN;
        }
        return new double[] {inh, i65};
    }

    private String unitMunicipality(ValueSource v) {
        if (columns.municipality().isEmpty()) {
            return DemandPoint.UNASSIGNED;
        }
        String raw = v.text(columns.municipality().get());
        try {
            return raw.isEmpty() ? DemandPoint.UNASSIGNED : Codes.normaliseMunicipality(raw);
        } catch (IllegalArgumentException e) {
            return DemandPoint.UNASSIGNED;
        }
    }

    /** A validated unit waiting to be spread. */
    private record Unit(String id, double inhabitants, double inhabitants65, String ownCode,
            org.locationtech.jts.geom.Geometry geometry) {
    }

    private Optional<Unit> unitPolygon(GeoFeature f) {
        String id = f.text(columns.id());
        if (!(f.geometry() instanceof Polygonal)) {
            log.reject(f.index(), "geometry", unitName(id) + ": expected a (Multi)Polygon, got "
                    + f.geometry().getGeometryType());
            return Optional.empty();
        }
        ValueSource v = ValueSource.of(f);
        double[] w = weights(f.index(), id, v);
        if (w == null) {
            return Optional.empty();
        }
        return Optional.of(new Unit(id, w[0], w[1], unitMunicipality(v), f.geometry()));
    }

    /** Spreads one unit; thread-safe (reads only the immutable locator). */
    private List<DemandPoint> spread(Unit u) {
        Optional<String> whole = columns.unitInOneMunicipality() && !u.ownCode().isEmpty() ? Optional.of(u.ownCode())
                : Optional.empty();
        List<ArealSpreader.Share> shares = ArealSpreader.spread(u.geometry(), maxPoints);
        int largest = 0;
        for (int i = 1; i < shares.size(); i++) {
            if (shares.get(i).fraction() > shares.get(largest).fraction()) {
                largest = i;
            }
        }
        double[] inh = new double[shares.size()];
        double[] i65 = new double[shares.size()];
        double sumInh = 0;
        double sum65 = 0;
        for (int i = 0; i < shares.size(); i++) {
            if (i != largest) {
                inh[i] = u.inhabitants() * shares.get(i).fraction();
                i65[i] = u.inhabitants65() * shares.get(i).fraction();
                sumInh += inh[i];
                sum65 += i65[i];
            }
        }
        // the largest share takes the remainder, so the unit's points sum to its count
        inh[largest] = Math.max(0, u.inhabitants() - sumInh);
        i65[largest] = Math.max(0, u.inhabitants65() - sum65);
        String unit = columns.unitPrefix() + ":" + u.id();
        List<DemandPoint> out = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            ArealSpreader.Share s = shares.get(i);
            String code = whole.orElseGet(() -> {
                String c = locator.codeAt(s.x(), s.y());
                return c.isEmpty() ? u.ownCode() : c;
            });
            double p65 = Double.isNaN(u.inhabitants65()) ? DemandPoint.UNKNOWN : Math.min(i65[i], inh[i]);
            out.add(new DemandPoint(pointId(u.id()) + "#" + (i + 1), s.x(), s.y(), inh[i], p65,
                    code, unit));
        }
        return out;
    }

    private void unitPoint(long line, Map<String, String> values, RdPoint p) {
        ValueSource v = ValueSource.of(values);
        String id = v.text(columns.id());
        double[] w = weights(line, id, v);
        if (w == null) {
            return;
        }
        String own = unitMunicipality(v);
        String code = own.isEmpty() ? locator.codeAt(p.x(), p.y()) : own;
        points.add(new DemandPoint(pointId(id), p.x(), p.y(), w[0], w[1], code,
                columns.unitPrefix() + ":" + id));
    }

    /** Attribute access shared by features and CSV rows. */
    private interface ValueSource {
        String text(String key);

        OptionalDouble number(String key);

        static ValueSource of(GeoFeature f) {
            return new ValueSource() {
                @Override
                public String text(String key) {
                    return f.text(key);
                }

                @Override
                public OptionalDouble number(String key) {
                    return f.number(key);
                }
            };
        }

        static ValueSource of(Map<String, String> row) {
            return new ValueSource() {
                @Override
                public String text(String key) {
                    return row.getOrDefault(key, "");
                }

                @Override
                public OptionalDouble number(String key) {
                    String t = text(key);
                    if (t.isEmpty() || t.equalsIgnoreCase("NA")) {
                        return OptionalDouble.empty();
                    }
                    return OptionalDouble.of(CsvSource.parseDecimal(t));
                }
            };
        }
    }
}
