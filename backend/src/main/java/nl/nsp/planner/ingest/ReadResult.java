package nl.nsp.planner.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What one reader made of one file: the accepted values, every rejected row or feature, and notes.
 *
 * @param file     file name
 * @param format   how it was read, e.g. {@code geojson (EPSG:28992)}, {@code csv}, {@code gpkg layer gemeenten}
 * @param items    accepted values in file order
 * @param rejected rejected rows or features, each with line or feature index, field and reason
 * @param notes    accepted with an adjustment or assumption (repaired polygon, CRS guessed, ...)
 * @param <T>      the value type
 */
public record ReadResult<T>(String file, String format, List<T> items, List<InputError> rejected,
        List<InputError> notes) {
    public ReadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    static <T> ReadResult<T> of(FileLog log, String format, List<T> items) {
        return new ReadResult<>(log.fileName(), format, items, log.rejected(), log.notes());
    }
}
