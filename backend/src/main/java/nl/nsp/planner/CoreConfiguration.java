package nl.nsp.planner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.store.H2gisStore;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.PostgisStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where core and store objects become Spring beans; everything is built with {@code new}. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    PlannerStore plannerStore(NspProperties properties, Clock clock) {
        String location = properties.store().trim();
        if (PostgisStore.isPostgisLocation(location)) {
            return PostgisStore.open(location, clock);
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgis:") || lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("nsp.store=" + location + ": expected a folder (embedded store), "
                    + "postgis://user[:password]@host[:port]/database or jdbc:postgresql://host[:port]/database");
        }
        return H2gisStore.open(Path.of(location), clock);
    }

    @Bean
    DataDirectoryImport dataDirectoryImport() {
        return dir -> new DataDirectoryImporter().importDirectory(dir);
    }

    @Bean
    DatasetSource datasetSource(PlannerStore store) {
        return new StoredDatasetSource(store);
    }

    @Bean
    ImportState importState() {
        return new ImportState();
    }

    @Bean
    StartupImport startupImport(NspProperties properties, PlannerStore store, DataDirectoryImport importer,
            ImportState state, Clock clock) {
        return new StartupImport(properties, store, importer, state, clock);
    }
}
