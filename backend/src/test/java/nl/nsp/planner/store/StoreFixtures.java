package nl.nsp.planner.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.ingest.FileReport;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.ingest.InputError;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A tiny hand-made data set near Rotterdam (RD metres):
 * <pre>
 *   y
 * 440000 +-----------+-----------+
 *        |  GM0001   |  GM0002   |     region VR17 = GM0001 + GM0002 (outline = both squares)
 *        |  (VR17)   |  (VR17)   |     region VR18 = GM0003
 * 437000 +-----------+-----------+-----------+
 *                                |  GM0003   |
 *                                |  (VR18)   |
 * 434000                         +-----------+
 *      90000       93000       96000       99000   x
 * </pre>
 * Demand layer {@code cbs100}: a 100 m cell centre grid, 6 x 3 cells in the upper band, every 1000 m, plus
 * one unassigned cell inside VR17 and one unassigned outside every region.
 */
public final class StoreFixtures {
    static final GeometryFactory GF = new GeometryFactory();

    private StoreFixtures() {
    }

    public static Geometry square(double minX, double minY, double size) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(minX + size, minY),
                new Coordinate(minX + size, minY + size), new Coordinate(minX, minY + size), new Coordinate(minX, minY)});
    }

    public static ImportResult smallImport() {
        List<Municipality> municipalities = List.of(
                new Municipality("GM0001", "Eerstedorp", "VR17", 1000, 1, square(90000, 437000, 3000)),
                new Municipality("GM0002", "Tweedestad", "VR17", 2500, 3, square(93000, 437000, 3000)),
                new Municipality("GM0003", "Derdeburg", "VR18", 700, 5, square(96000, 434000, 3000)));
        List<SafetyRegion> regions = List.of(
                new SafetyRegion("VR17", "Rotterdam-Rijnmond", square(90000, 437000, 3000).union(square(93000, 437000, 3000)),
                        List.of("GM0001", "GM0002")),
                new SafetyRegion("VR18", "Zuid-Holland Zuid", null, List.of("GM0003")));
        List<DemandPoint> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 3; j++) {
                double y = 437550 + j * 1000;
                double x = 90050 + i * 1000;
                String gm = x < 93000 ? "GM0001" : "GM0002";
                double inh65 = (i + j) % 3 == 0 ? DemandPoint.UNKNOWN : i;
                cells.add(new DemandPoint(String.format("E%04dN%04d", (int) (x - 50) / 100, (int) (y - 50) / 100), x, y,
                        10 + i + j, inh65, gm, "CBS100m"));
            }
        }
        cells.add(new DemandPoint("E0925N4395", 92550, 439550, 5, DemandPoint.UNKNOWN, DemandPoint.UNASSIGNED, "CBS100m"));
        cells.add(new DemandPoint("E0800N4000", 80050, 400050, 7, 1, DemandPoint.UNASSIGNED, "CBS100m"));
        List<DemandPoint> pc4 = List.of(
                new DemandPoint("PC4-3011", 91234.5, 438000.25, 1000.5, 200, "GM0001", "PC4:3011"),
                new DemandPoint("PC4-3300", 97500, 435500, 700, DemandPoint.UNKNOWN, "GM0003", "PC4:3300"));
        List<CandidateSite> sites = List.of(
                new CandidateSite("S1", "Wijkcentrum De Ark", "Kerkstraat 1, 3011 AA Eerstedorp", 91000, 438000, "GM0001",
                        SiteKind.POLLING_STATION, Accessibility.YES, "bijeenkomstfunctie",
                        Map.of("Type stembureau", "regulier", "Openingstijd", "07:30")),
                new CandidateSite("S2", "Brandweerkazerne Noord", "Dijk 5", 94000, 439000, "GM0002", SiteKind.FIRE_STATION,
                        Accessibility.UNKNOWN, "", Map.of()),
                new CandidateSite("S3", "Sporthal 't Veld", "Veldweg 2", 97000, 435000, "GM0003", SiteKind.SPORTS_HALL,
                        Accessibility.NO, "sportfunctie", Map.of("note", "ëxtra \"quoted\"")));
        Dataset data = new Dataset(municipalities, regions, List.of(new DemandLayer("pc4", "PC4 test", pc4),
                new DemandLayer("cbs100", "CBS 100 m test", cells)), sites);
        ImportReport report = new ImportReport(
                List.of(new FileReport("gemeenten.geojson", "municipalities", "geojson (EPSG:28992)", 3, 0, 4200),
                        new FileReport("stemlokalen.csv", "candidates", "csv", 3, 1, 0)),
                List.of(new InputError("stemlokalen.csv", 17, "X", "no coordinates for polling station \"Mobiel 1\"")),
                3, 2, 4200, 2, 1700.5, 3,
                List.of(new InputError("gemeenten.geojson", 2, "geometry", "invalid polygon repaired (self-intersection)")));
        return new ImportResult(data, report);
    }
}
