package nl.nsp.planner.ingest;

import java.util.List;

/**
 * The outcome of an import: per-file counts and every rejected row, plus the totals of the resulting data
 * set. The JSON form printed by {@code nsp import --json} uses these names in snake_case
 * ({@code municipalities}, {@code regions}, {@code inhabitants_total}, {@code demand_points},
 * {@code demand_inhabitants_total}, {@code candidates}, {@code rejected}).
 *
 * @param files                  one entry per file read, in reading order
 * @param rejected               every rejected row or feature, with file, line, field and reason
 * @param municipalities         municipalities in the data set
 * @param regions                safety regions in the data set
 * @param inhabitantsTotal       sum of the municipalities' inhabitants
 * @param demandPoints           points of the primary (national) demand layer
 * @param demandInhabitantsTotal sum of the primary demand layer's inhabitants
 * @param candidates             candidate sites in the data set
 * @param notes                  things accepted with an adjustment or assumption (repaired polygon, CRS read from
 *                               the coordinates, X/Y and lat/lon disagreeing, ignored files), same shape as errors
 */
public record ImportReport(List<FileReport> files, List<InputError> rejected, long municipalities, long regions,
        long inhabitantsTotal, long demandPoints, double demandInhabitantsTotal, long candidates,
        List<InputError> notes) {
    public ImportReport {
        files = List.copyOf(files);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** A report without notes (the form used before notes existed). */
    public ImportReport(List<FileReport> files, List<InputError> rejected, long municipalities, long regions,
            long inhabitantsTotal, long demandPoints, double demandInhabitantsTotal, long candidates) {
        this(files, rejected, municipalities, regions, inhabitantsTotal, demandPoints, demandInhabitantsTotal,
                candidates, List.of());
    }
}
