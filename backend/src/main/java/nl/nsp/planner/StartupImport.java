package nl.nsp.planner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.nsp.planner.ingest.ImportReport;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.ingest.InputError;
import nl.nsp.planner.ingest.InputException;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Fills an empty store from {@code nsp.data-dir} when the server starts. A failing import is logged and
 * kept in {@link ImportState} for the API; the server starts anyway, with whatever the store held.
 */
final class StartupImport implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

    private final NspProperties properties;
    private final PlannerStore store;
    private final DataDirectoryImport importer;
    private final ImportState state;
    private final Clock clock;

    StartupImport(NspProperties properties, PlannerStore store, DataDirectoryImport importer, ImportState state,
            Clock clock) {
        this.properties = properties;
        this.store = store;
        this.importer = importer;
        this.state = state;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path dir = properties.dataDir();
        if (dir == null) {
            LOG.info("no nsp.data-dir set; serving what the store holds ({})",
                    store.isEmpty() ? "empty" : "data version " + store.dataVersion().orElseThrow().version());
            return;
        }
        if (!store.isEmpty()) {
            LOG.info("store already holds data version {}; not importing {}", store.dataVersion().orElseThrow().version(), dir);
            return;
        }
        importNow(dir);
    }

    /** Imports {@code dir} into the store now; failures end up in {@link ImportState}, never thrown. */
    void importNow(Path dir) {
        state.started();
        long start = System.nanoTime();
        try {
            if (!Files.isDirectory(dir)) {
                throw new InputException(new InputError(dir.toString(), 0, "", "data folder does not exist"));
            }
            ImportResult result = importer.importDirectory(dir);
            long read = System.nanoTime();
            DataVersion version = store.replaceAll(result, "startup", dir.toString());
            ImportReport r = result.report();
            LOG.info("imported {} in {} ms (read {} ms, store {} ms): data version {}, {} municipalities, {} regions, "
                    + "{} inhabitants, {} demand points, {} candidates, {} rejected rows",
                    dir, (System.nanoTime() - start) / 1_000_000, (read - start) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000, version.version(), r.municipalities(), r.regions(),
                    r.inhabitantsTotal(), r.demandPoints(), r.candidates(), r.rejected().size());
            state.finished();
        } catch (InputException e) {
            LOG.error("import of {} failed, the store is unchanged: {}", dir, e.getMessage());
            state.failed(new ImportState.Failure(dir.toString(), e.getMessage(), e.errors(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("import of {} failed, the store is unchanged", dir, e);
            state.failed(new ImportState.Failure(dir.toString(), String.valueOf(e.getMessage()), List.of(), clock.instant()));
        }
    }
}
