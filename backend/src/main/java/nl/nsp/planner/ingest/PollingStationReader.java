package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Codes;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.geo.DutchExtent;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;

/**
 * Reads the Kiesraad / data.overheid.nl polling-station list ({@code stemlokalen_tk2023.csv}) into candidate sites
 * of kind {@link SiteKind#POLLING_STATION}.
 *
 * <p>Position: {@code X}/{@code Y} (RD New) when present, else {@code Latitude}/{@code Longitude} converted to RD.
 * When both are present and disagree by more than {@value #DISAGREEMENT_METRES} m, X/Y is kept and a note names
 * the station. Rejected (each reported with the station's name): rows without usable coordinates, rows in the
 * Caribbean Netherlands (GM9001–GM9003, outside the European Netherlands), coordinates outside the Netherlands,
 * a bad gemeentecode and duplicate ids. The municipality is the row's {@code CBS gemeentecode}; accessibility
 * comes from {@code Toegankelijk voor mensen met een lichamelijke beperking} (ja/nee/empty), the building use
 * from {@code Gebruiksdoel van het gebouw} (lower-cased); every other non-empty column is kept as an attribute.
 */
public final class PollingStationReader {
    /** X/Y and lat/lon further apart than this are reported. */
    public static final double DISAGREEMENT_METRES = 50.0;

    static final String ID = "id";
    static final String NAME = "Naam stembureau";
    static final String MUNICIPALITY = "CBS gemeentecode";
    static final String ACCESS = "Toegankelijk voor mensen met een lichamelijke beperking";
    static final String USE = "Gebruiksdoel van het gebouw";
    private static final Set<String> MAPPED = Set.of(ID, NAME, MUNICIPALITY, ACCESS, USE, "Straatnaam", "Huisnummer",
            "Huisletter", "Postcode", "Plaats", "X", "Y", "Latitude", "Longitude");

    private PollingStationReader() {
    }

    /**
     * Reads a polling-station CSV.
     *
     * @throws InputException when the file cannot be used at all (missing, not UTF-8, required column missing)
     */
    public static ReadResult<CandidateSite> read(Path file) {
        CsvSource csv = CsvSource.open(file);
        FileLog log = new FileLog(csv.fileName());
        for (String c : List.of(ID, NAME, MUNICIPALITY, "X", "Y", "Latitude", "Longitude")) {
            csv.require(c);
        }
        List<CandidateSite> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            String name = row.get(NAME);
            String who = "\"" + (name.isEmpty() ? "(naamloos)" : name) + "\" (" + row.get("Gemeente") + ")";
            String id = row.get(ID);
            if (id.isEmpty()) {
                log.reject(row.line(), ID, "polling station " + who + ": empty id");
                return;
            }
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                log.reject(row.line(), ID, "polling station " + who + ": duplicate id " + id + " (first on line " + first + ")");
                return;
            }
            String code;
            try {
                code = Codes.normaliseMunicipality(row.get(MUNICIPALITY));
            } catch (IllegalArgumentException e) {
                log.reject(row.line(), MUNICIPALITY, "polling station " + who + ": expected a gemeentecode GM####, got \""
                        + row.get(MUNICIPALITY) + "\"");
                return;
            }
            if (code.compareTo("GM9000") > 0) {
                log.reject(row.line(), MUNICIPALITY, "polling station " + who + ": " + code
                        + " is in the Caribbean Netherlands, outside the European Netherlands this tool plans for");
                return;
            }
            RdPoint p = position(row, who, log);
            if (p == null) {
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String h : csv.header()) {
                if (!MAPPED.contains(h) && !row.get(h).isEmpty()) {
                    attributes.put(h, row.get(h));
                }
            }
            attributes.put("bron_id", id);
            out.add(new CandidateSite("stemlokaal-" + id, name.isEmpty() ? "stembureau " + id : name, address(row),
                    p.x(), p.y(), code, SiteKind.POLLING_STATION, accessibility(row.get(ACCESS)), buildingUse(row.get(USE)),
                    attributes));
        });
        if (out.isEmpty()) {
            throw log.fileError("no polling station with usable coordinates");
        }
        return ReadResult.of(log, "csv (Kiesraad stemlokalen)", out);
    }

    private static RdPoint position(CsvSource.Row row, String who, FileLog log) {
        String xs = row.get("X");
        String ys = row.get("Y");
        String lats = row.get("Latitude");
        String lons = row.get("Longitude");
        RdPoint rd = null;
        RdPoint fromLatLon = null;
        if (!xs.isEmpty() || !ys.isEmpty()) {
            try {
                double x = CsvSource.parseDecimal(xs);
                double y = CsvSource.parseDecimal(ys);
                if (!DutchExtent.isPlausibleRd(x, y)) {
                    log.reject(row.line(), "X", "polling station " + who + ": X/Y (" + xs + ", " + ys
                            + ") is not in the Netherlands in RD New");
                    return null;
                }
                rd = new RdPoint(x, y);
            } catch (NumberFormatException e) {
                log.reject(row.line(), "X", "polling station " + who + ": expected RD numbers in X/Y, got \"" + xs
                        + "\", \"" + ys + "\"");
                return null;
            }
        }
        if (!lats.isEmpty() || !lons.isEmpty()) {
            try {
                double lat = CsvSource.parseDecimal(lats);
                double lon = CsvSource.parseDecimal(lons);
                if (!DutchExtent.isPlausibleWgs84(lon, lat)) {
                    if (rd == null) {
                        log.reject(row.line(), "Latitude", "polling station " + who + ": latitude/longitude (" + lats
                                + ", " + lons + ") is not in the European Netherlands");
                        return null;
                    }
                    log.note(row.line(), "Latitude", "polling station " + who + ": latitude/longitude (" + lats + ", "
                            + lons + ") is not in the Netherlands; X/Y used");
                } else {
                    fromLatLon = RdProjection.toRd(new LatLon(lat, lon));
                }
            } catch (NumberFormatException e) {
                if (rd == null) {
                    log.reject(row.line(), "Latitude", "polling station " + who + ": expected numbers in Latitude/Longitude, got \""
                            + lats + "\", \"" + lons + "\"");
                    return null;
                }
            }
        }
        if (rd == null && fromLatLon == null) {
            log.reject(row.line(), "X", "polling station " + who + ": no coordinates (X/Y and Latitude/Longitude empty)"
                    + (row.get("Postcode").isEmpty() ? "" : "; postcode " + row.get("Postcode")));
            return null;
        }
        if (rd != null && fromLatLon != null && rd.distanceTo(fromLatLon) > DISAGREEMENT_METRES) {
            log.note(row.line(), "X", String.format(Locale.ROOT,
                    "polling station %s: X/Y and Latitude/Longitude are %.0f m apart; X/Y kept", who,
                    rd.distanceTo(fromLatLon)));
        }
        return rd != null ? rd : fromLatLon;
    }

    static String address(CsvSource.Row row) {
        String street = Stream.of(row.get("Straatnaam"), row.get("Huisnummer") + row.get("Huisletter"))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        String place = Stream.of(row.get("Postcode"), row.get("Plaats")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        return Stream.of(street, place).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }

    static Accessibility accessibility(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "j", "true" -> Accessibility.YES;
            case "nee", "no", "n", "false" -> Accessibility.NO;
            default -> Accessibility.UNKNOWN;
        };
    }

    static String buildingUse(String raw) {
        return Stream.of(raw.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(","));
    }
}
