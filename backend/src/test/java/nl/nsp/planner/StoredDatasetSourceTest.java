package nl.nsp.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.store.H2gisStore;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredDatasetSourceTest {
    @TempDir
    Path dir;

    @Test
    void sameInstanceWhileUnchangedAndNewOneAfterAnImport() {
        try (var store = H2gisStore.open(dir.resolve("store"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
            StoredDatasetSource source = new StoredDatasetSource(store);
            Dataset empty = source.dataset();
            assertThat(empty.municipalities()).isEmpty();
            assertThat(source.dataset()).isSameAs(empty);

            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            Dataset first = source.dataset();
            assertThat(first).isNotSameAs(empty);
            assertThat(first.municipalities()).isNotEmpty();
            assertThat(source.dataset()).isSameAs(first);

            store.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
            assertThat(source.dataset()).isNotSameAs(first);
        }
    }
}
