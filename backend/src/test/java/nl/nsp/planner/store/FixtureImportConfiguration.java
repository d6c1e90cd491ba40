package nl.nsp.planner.store;

import nl.nsp.planner.DataDirectoryImport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For server tests ({@code @Import} it): the start-up import reads {@link StoreFixtures#smallImport()} instead of the
 * data folder, which then only has to exist.
 */
@TestConfiguration
public class FixtureImportConfiguration {
    @Bean
    @Primary
    DataDirectoryImport fixtureImporter() {
        return dir -> StoreFixtures.smallImport();
    }
}
