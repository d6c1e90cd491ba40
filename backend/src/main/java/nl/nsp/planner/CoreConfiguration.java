package nl.nsp.planner;

import java.time.Clock;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.store.PlannerStore;
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
        return PlannerStore.open(properties.store(), clock);
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
