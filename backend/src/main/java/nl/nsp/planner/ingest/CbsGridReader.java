package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.geo.CbsCellId;
import nl.nsp.planner.geo.RdPoint;

/**
 * Reads CBS vierkantstatistieken (population per 100 m or 500 m grid cell) into demand points at the cell
 * centres, from CSV or from the official CBS GeoPackage ({@code cbs_vk100_YYYY.gpkg}).
 *
 * <p>The cell id column is named {@code crs28992res<N>m} (N = cell size in metres); the id ({@code E0974N4514})
 * is decoded with {@link CbsCellId} and the point lies at the cell centre. Optional {@code x_rd_centre} /
 * {@code y_rd_centre} columns, or the cell polygon in a GeoPackage, are cross-checked against the id (a
 * disagreement of more than 1 m is noted; the id wins). Suppressed values (empty, or negative such as CBS's
 * -99997 and -99998) mean unknown: a cell with unknown inhabitants is rejected and reported, never counted as
 * 0 people; an unknown 65+ count becomes {@link DemandPoint#UNKNOWN}. Each point gets the municipality that
 * contains its centre.
 */
public final class CbsGridReader {
    static final String INHABITANTS = "aantal_inwoners";
    static final String INHABITANTS_65 = "aantal_inwoners_65_jaar_en_ouder";
    private static final Pattern ID_COLUMN = Pattern.compile("crs28992res(\\d+)m", Pattern.CASE_INSENSITIVE);

    private final FileLog log;
    private final MunicipalityLocator locator;
    private final List<DemandPoint> points = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private String idColumn;
    private int sizeMetres;

    private CbsGridReader(FileLog log, MunicipalityLocator locator) {
        this.log = log;
        this.locator = locator;
    }

    /**
     * Reads a CBS grid file (.csv or .gpkg).
     *
     * @param locator assigns municipalities to cell centres
     * @throws InputException when the file cannot be used at all (missing id column, unreadable, no valid cell)
     */
    public static ReadResult<DemandPoint> read(Path file, MunicipalityLocator locator) {
        String name = file.getFileName().toString();
        FileLog log = new FileLog(name);
        CbsGridReader r = new CbsGridReader(log, locator);
        String format = name.toLowerCase(Locale.ROOT).endsWith(".gpkg") ? r.readGeoPackage(file) : r.readCsv(file);
        if (r.points.isEmpty()) {
            List<InputError> all = new ArrayList<>();
            all.add(new InputError(name, 0, "", "no cell with known inhabitants"));
            all.addAll(log.rejected());
            throw new InputException(all);
        }
        return ReadResult.of(log, format + ", " + r.sizeMetres + " m cells", r.points);
    }

    /** The cell size named by a header such as {@code crs28992res100m}, if it is one. */
    static Optional<Integer> cellSize(String column) {
        Matcher m = ID_COLUMN.matcher(column.trim());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private String readCsv(Path file) {
        CsvSource csv = CsvSource.open(file);
        chooseIdColumn(csv.header());
        int id = csv.require(idColumn);
        int inh = csv.require(INHABITANTS);
        int i65 = csv.has(INHABITANTS_65) ? csv.require(INHABITANTS_65) : -1;
        int x = csv.has("x_rd_centre") ? csv.require("x_rd_centre") : -1;
        int y = csv.has("y_rd_centre") ? csv.require("y_rd_centre") : -1;
        csv.forEachRow(row -> {
            Optional<RdPoint> given = Optional.empty();
            if (x >= 0 && y >= 0 && !row.get(x).isEmpty() && !row.get(y).isEmpty()) {
                try {
                    given = Optional.of(new RdPoint(CsvSource.parseDecimal(row.get(x)), CsvSource.parseDecimal(row.get(y))));
                } catch (NumberFormatException e) {
                    log.note(row.line(), "x_rd_centre", "unreadable centre \"" + row.get(x) + "\", \"" + row.get(y)
                            + "\" ignored; the cell id gives the centre");
                }
            }
            cell(row.line(), row.get(id), row.get(inh), i65 < 0 ? "" : row.get(i65), given);
        });
        return "csv";
    }

    private String readGeoPackage(Path file) {
        return GeoPackageFeatureReader.read(file, List.of(), log, f -> {
            if (idColumn == null) {
                chooseIdColumn(List.copyOf(f.properties().keySet()));
                if (!f.properties().containsKey(INHABITANTS)) {
                    throw log.fileError("column \"" + INHABITANTS + "\" missing; the layer has " + f.properties().keySet());
                }
            }
            var c = f.geometry().getCentroid();
            cell(f.index(), f.text(idColumn), f.text(INHABITANTS), f.text(INHABITANTS_65),
                    Optional.of(new RdPoint(c.getX(), c.getY())));
        });
    }

    private void chooseIdColumn(List<String> header) {
        for (String h : header) {
            Optional<Integer> size = cellSize(h);
            if (size.isPresent()) {
                idColumn = h;
                sizeMetres = size.get();
                return;
            }
        }
        throw log.fileError("no CBS cell id column (crs28992res100m, crs28992res500m, ...); the columns are "
                + String.join(", ", header));
    }

    private void cell(long line, String idText, String inhText, String i65Text, Optional<RdPoint> given) {
        CbsCellId cell;
        try {
            cell = CbsCellId.parse(idText, sizeMetres);
        } catch (IllegalArgumentException e) {
            log.reject(line, idColumn, "expected a CBS cell id like E0974N4514, got \"" + idText + "\"");
            return;
        }
        String id = cell.id();
        Long first = seen.putIfAbsent(id, line);
        if (first != null) {
            log.reject(line, idColumn, "duplicate cell " + id + " (first on line " + first + ")");
            return;
        }
        double inhabitants;
        try {
            inhabitants = count(inhText);
        } catch (NumberFormatException e) {
            log.reject(line, INHABITANTS, id + ": expected a whole number of people, got \"" + inhText + "\"");
            return;
        }
        if (Double.isNaN(inhabitants)) {
            log.reject(line, INHABITANTS, id + ": inhabitants suppressed by CBS ("
                    + (inhText.isEmpty() ? "empty" : inhText) + "); cell left out, never counted as 0 people");
            return;
        }
        double i65;
        try {
            i65 = count(i65Text);
        } catch (NumberFormatException e) {
            log.reject(line, INHABITANTS_65, id + ": expected a whole number of people, got \"" + i65Text + "\"");
            return;
        }
        if (!Double.isNaN(i65) && i65 > inhabitants) {
            log.note(line, INHABITANTS_65, id + ": 65+ (" + i65Text + ") exceeds inhabitants (" + inhText
                    + "); 65+ kept as unknown");
            i65 = DemandPoint.UNKNOWN;
        }
        RdPoint centre = cell.centre();
        if (given.isPresent() && given.get().distanceTo(centre) > 1.0) {
            log.note(line, "x_rd_centre", String.format(Locale.ROOT,
                    "%s: given centre (%.1f, %.1f) is %.0f m from the centre of the cell id (%.1f, %.1f); the id wins",
                    id, given.get().x(), given.get().y(), given.get().distanceTo(centre), centre.x(), centre.y()));
        }
        String municipality = locator.codeAt(centre.x(), centre.y());
        points.add(new DemandPoint(id, centre.x(), centre.y(), inhabitants, i65, municipality,
                "CBS" + sizeMetres + "m:" + id));
    }

    /**
     * A CBS count: NaN for suppressed (empty or negative, e.g. -99997), else a whole number >= 0.
     *
     * @throws NumberFormatException when the text is not a whole number
     */
    static double count(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        double v = CsvSource.parseDecimal(text);
        if (v < 0) {
            return Double.NaN;
        }
        if (v != Math.rint(v)) {
            throw new NumberFormatException("not a whole number: " + text);
        }
        return v;
    }
}
