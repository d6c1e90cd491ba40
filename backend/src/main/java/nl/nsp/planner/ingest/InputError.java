package nl.nsp.planner.ingest;

import java.util.Objects;

/**
 * One problem found in an input file.
 *
 * @param file   file name (not the full path)
 * @param line   1-based line number for text files, 1-based feature index for GeoJSON/GeoPackage, or 0 for
 *               the file as a whole
 * @param field  column or property name, or empty
 * @param reason what is wrong and what was expected, including the offending value
 */
public record InputError(String file, long line, String field, String reason) {
    public InputError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " field \"" + field + "\"") + ": " + reason;
    }
}
