package nl.nsp.planner.ingest;

import java.nio.file.Path;

/** Lets tests in other packages build the tiny fixture directory. */
public final class DataDirectoryImporterTestAccess {
    private DataDirectoryImporterTestAccess() {
    }

    public static void writeTinyDirectory(Path dir) throws Exception {
        DataDirectoryImporterTest.writeTinyDirectory(dir);
    }
}
