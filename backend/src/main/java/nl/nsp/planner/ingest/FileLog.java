package nl.nsp.planner.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one reader found wrong with one file: rejected rows or features (each with line or feature index,
 * field and reason) and notes (things accepted but worth telling, such as a repaired polygon or a missing
 * {@code crs} member). Not thread-safe; one per file read.
 */
public final class FileLog {
    private final String fileName;
    private final List<InputError> rejected = new ArrayList<>();
    private final List<InputError> notes = new ArrayList<>();

    public FileLog(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Records a rejected row or feature. */
    public void reject(long line, String field, String reason) {
        rejected.add(new InputError(fileName, line, field, reason));
    }

    /** Records a rejected row given as a ready error (e.g. from {@link CsvSource.Row#error}). */
    public void reject(InputError error) {
        rejected.add(error);
    }

    /** Records a note: the row or file was kept, but something was adjusted or assumed. */
    public void note(long line, String field, String message) {
        notes.add(new InputError(fileName, line, field, message));
    }

    public List<InputError> rejected() {
        return List.copyOf(rejected);
    }

    public List<InputError> notes() {
        return List.copyOf(notes);
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** An exception for a file that cannot be used at all. */
    public InputException fileError(String reason) {
        return new InputException(new InputError(fileName, 0, "", reason));
    }
}
