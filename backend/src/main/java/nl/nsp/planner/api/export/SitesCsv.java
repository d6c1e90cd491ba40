package nl.nsp.planner.api.export;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** The sites of a scenario as a Dutch-Excel CSV ({@link DutchCsv}), one row per site, RD x/y and WGS84 lon/lat. */
final class SitesCsv {
    static final List<String> COLUMNS = List.of("id", "name", "address", "municipalityCode", "municipalityName", "role",
            "fixed", "own", "excluded", "rdX", "rdY", "lon", "lat");

    private SitesCsv() {
    }

    static byte[] write(List<ExportSite> sites) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DutchCsv csv = new DutchCsv(out)) {
            csv.header(COLUMNS);
            for (ExportSite s : sites) {
                csv.text(s.id()).text(s.name()).text(s.address()).text(s.municipalityCode()).text(s.municipalityName())
                        .text(s.role().code()).bool(s.fixed()).bool(s.own()).bool(s.excluded())
                        .number(s.rdX(), 2).number(s.rdY(), 2).number(s.lon(), 7).number(s.lat(), 7);
                csv.endRow();
            }
        }
        return out.toByteArray();
    }
}
