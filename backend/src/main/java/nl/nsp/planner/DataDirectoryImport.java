package nl.nsp.planner;

import java.nio.file.Path;
import nl.nsp.planner.ingest.ImportResult;

/** Reads a data folder into a data set; the server's seam to the ingest core (tests pass their own). */
@FunctionalInterface
public interface DataDirectoryImport {
    /**
     * Imports every recognised file in {@code dir}.
     *
     * @throws nl.nsp.planner.ingest.InputException when the folder cannot be used at all
     */
    ImportResult importDirectory(Path dir);
}
