package nl.nsp.planner.ingest;

/**
 * One accepted row of a point CSV.
 *
 * @param id       the row's id
 * @param x        RD x in metres
 * @param y        RD y in metres
 * @param weight   weight (inhabitants), >= 0
 * @param weight65 inhabitants 65+, or NaN when unknown or not in the file
 * @param line     line number in the file (header = 1)
 */
public record PointRow(String id, double x, double y, double weight, double weight65, long line) {
}
