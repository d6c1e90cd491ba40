package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads the safety regions: the municipality → region membership table (CSV: {@code gemeentecode},
 * {@code vr_code}, {@code vr_naam}) and, optionally, the region polygons (GeoJSON: {@code vr_code},
 * {@code vr_naam}), and joins them with the municipalities.
 *
 * <p>Cross-checks: every municipality must belong to exactly one region. A table row for an unknown
 * municipality, a municipality listed twice, a municipality missing from the table, a municipality whose own
 * {@code vr_code} disagrees with the table, and a polygon for a region without members are all reported; the
 * table wins where it has an answer.
 */
public final class SafetyRegionReader {
    private SafetyRegionReader() {
    }

    /** One row of the membership table. */
    public record Membership(String municipalityCode, String regionCode, String regionName, long line) {
    }

    /** One region polygon. */
    public record RegionPolygon(String code, String name, Geometry geometry) {
    }

    /** Municipalities with their region filled in, the regions, and every mismatch found. */
    public record Assembly(List<Municipality> municipalities, List<SafetyRegion> regions, List<InputError> problems) {
        public Assembly {
            municipalities = List.copyOf(municipalities);
            regions = List.copyOf(regions);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the membership table.
     *
     * @throws InputException when the file cannot be used at all
     */
    public static ReadResult<Membership> readMembership(Path file) {
        CsvSource csv = CsvSource.open(file);
        FileLog log = new FileLog(csv.fileName());
        int gm = csv.require("gemeentecode");
        int vr = csv.require("vr_code");
        int vrName = csv.has("vr_naam") ? csv.require("vr_naam") : -1;
        List<Membership> out = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        csv.forEachRow(row -> {
            String code;
            try {
                code = Codes.normaliseMunicipality(row.get(gm));
            } catch (IllegalArgumentException e) {
                log.reject(row.error(gm, "expected a gemeentecode GM####, got \"" + row.get(gm) + "\""));
                return;
            }
            String region = row.get(vr);
            if (!Codes.isRegion(region)) {
                log.reject(row.error(vr, "expected a veiligheidsregio code VR##, got \"" + region + "\""));
                return;
            }
            Long first = seen.putIfAbsent(code, row.line());
            if (first != null) {
                log.reject(row.error(gm, code + " is listed twice (first on line " + first
                        + "); a municipality belongs to exactly one safety region"));
                return;
            }
            out.add(new Membership(code, region, vrName < 0 ? "" : row.get(vrName), row.line()));
        });
        if (out.isEmpty()) {
            throw log.fileError("no valid membership row");
        }
        return ReadResult.of(log, "csv", out);
    }

    /**
     * Reads region polygons (GeoJSON or GeoPackage).
     *
     * @throws InputException when the file cannot be used at all
     */
    public static ReadResult<RegionPolygon> readPolygons(Path file) {
        FileLog log = new FileLog(file.getFileName().toString());
        List<RegionPolygon> out = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        String format = FeatureFiles.read(file, List.of("veiligheidsregios", "veiligheidsregio"), log, f -> {
            String code = f.has("vr_code") ? f.text("vr_code") : f.text("statcode");
            if (!Codes.isRegion(code)) {
                log.reject(f.index(), "vr_code", "expected a veiligheidsregio code VR##, got \"" + code + "\"");
                return;
            }
            if (!(f.geometry() instanceof Polygonal)) {
                log.reject(f.index(), "geometry", code + ": expected a (Multi)Polygon, got " + f.geometry().getGeometryType());
                return;
            }
            Long first = seen.putIfAbsent(code, f.index());
            if (first != null) {
                log.reject(f.index(), "vr_code", "duplicate region " + code + " (first in feature " + first + ")");
                return;
            }
            String name = f.has("vr_naam") ? f.text("vr_naam") : f.text("statnaam");
            out.add(new RegionPolygon(code, name, f.geometry()));
        });
        return ReadResult.of(log, format, out);
    }

    /**
     * Joins municipalities, membership and polygons into regions and cross-checks them.
     *
     * @param membershipFile name of the table file, used in the reported problems
     * @param polygons       region polygons, or empty when none were read
     */
    public static Assembly assemble(List<Municipality> municipalities, String membershipFile,
            List<Membership> membership, Optional<ReadResult<RegionPolygon>> polygons) {
        List<InputError> problems = new ArrayList<>();
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        municipalities.forEach(m -> byCode.put(m.code(), m));
        Map<String, Membership> table = new LinkedHashMap<>();
        Map<String, TreeSet<String>> members = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Membership row : membership) {
            if (!byCode.containsKey(row.municipalityCode())) {
                problems.add(new InputError(membershipFile, row.line(), "gemeentecode",
                        row.municipalityCode() + " is not among the municipalities read"));
                continue;
            }
            table.put(row.municipalityCode(), row);
            members.computeIfAbsent(row.regionCode(), k -> new TreeSet<>()).add(row.municipalityCode());
            names.putIfAbsent(row.regionCode(), row.regionName());
        }
        List<Municipality> updated = new ArrayList<>();
        for (Municipality m : municipalities) {
            Membership row = table.get(m.code());
            if (row == null) {
                problems.add(new InputError(membershipFile, 0, "gemeentecode", m.code() + " (" + m.name()
                        + ") is in no safety region" + (m.regionCode().isEmpty() ? "" : "; its own vr_code "
                        + m.regionCode() + " is kept")));
                if (!m.regionCode().isEmpty()) {
                    members.computeIfAbsent(m.regionCode(), k -> new TreeSet<>()).add(m.code());
                    names.putIfAbsent(m.regionCode(), "");
                }
                updated.add(m);
                continue;
            }
            if (!m.regionCode().isEmpty() && !m.regionCode().equals(row.regionCode())) {
                problems.add(new InputError(membershipFile, row.line(), "vr_code", m.code() + " is in "
                        + row.regionCode() + " here but in " + m.regionCode() + " in the municipality file; "
                        + row.regionCode() + " is used"));
            }
            updated.add(new Municipality(m.code(), m.name(), row.regionCode(), m.inhabitants(), m.urbanityClass(),
                    m.geometry()));
        }
        Map<String, RegionPolygon> shapes = new LinkedHashMap<>();
        polygons.ifPresent(p -> p.items().forEach(r -> shapes.put(r.code(), r)));
        List<SafetyRegion> regions = new ArrayList<>();
        for (var e : members.entrySet()) {
            RegionPolygon shape = shapes.remove(e.getKey());
            String name = names.get(e.getKey());
            if ((name == null || name.isEmpty()) && shape != null) {
                name = shape.name();
            }
            if (shape != null && !shape.name().isEmpty() && !name.isEmpty() && !shape.name().equals(name)) {
                problems.add(new InputError(polygons.get().file(), 0, "vr_naam", e.getKey() + " is called \""
                        + shape.name() + "\" here but \"" + name + "\" in " + membershipFile));
            }
            regions.add(new SafetyRegion(e.getKey(), name == null ? "" : name, shape == null ? null : shape.geometry(),
                    List.copyOf(e.getValue())));
        }
        for (RegionPolygon orphan : shapes.values()) {
            problems.add(new InputError(polygons.get().file(), 0, "vr_code", orphan.code()
                    + " has a polygon but no member municipality; left out"));
        }
        return new Assembly(updated, regions, problems);
    }
}
