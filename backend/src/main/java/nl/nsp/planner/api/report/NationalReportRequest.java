package nl.nsp.planner.api.report;

import java.util.List;

/**
 * Body of {@code POST /api/reports/national}; every field is optional.
 *
 * @param regions             region codes to run (default: all)
 * @param headlineRadiusMetres radius of the headline norm (default 1,000)
 * @param headline65          use the 65+ norm as the headline norm
 * @param headlineTarget      target of the headline plan, one of 0.90, 0.95, 0.99, 1.0 (default 0.95)
 * @param targetBasis         {@code reachable} (default) or {@code all}
 * @param cooperation         compute the own-municipality variant (default true)
 * @param urbanity            compute the per-urbanity-class runs (default true)
 * @param costsCsv            a cost table as CSV text (default: the built-in table)
 * @param realisedCsv         realised figures as CSV text (region,year,nsp_realised,cp_realised,spent_eur)
 * @param accountabilityKey   {@code equal} (default), {@code inhabitants}, {@code area} or {@code nsps-needed}
 * @param throughYear         last year of the accountability sheet
 * @param rolloutYears        years the one-off costs fall in (default 2026, 2027)
 * @param outage              an outage scenario
 */
record NationalReportRequest(List<String> regions, Double headlineRadiusMetres, Boolean headline65, Double headlineTarget,
        String targetBasis, Boolean cooperation, Boolean urbanity, String costsCsv, String realisedCsv,
        String accountabilityKey, Integer throughYear, List<Integer> rolloutYears, Outage outage) {

    /**
     * @param label               name in the report (default "uitval")
     * @param municipalities      municipality codes without power/telecom
     * @param area                polygon as WKT or GeoJSON text, RD New or WGS84
     * @param unavailableSiteIds  candidate site ids that cannot be used
     */
    record Outage(String label, List<String> municipalities, String area, List<String> unavailableSiteIds) {
    }
}
