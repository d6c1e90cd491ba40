package nl.nsp.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing store locations; needs no database (the store itself is tested by {@link PostgisStoreIT}). */
class PostgisStoreTest {
    @Test
    void postgisLocationBecomesJdbcUrlUserAndPassword() {
        PostgisStore.Target t = PostgisStore.parse("postgis://planner:s%40cret+1@db.example.nl:6543/nsp");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.nl:6543/nsp");
        assertThat(t.user()).isEqualTo("planner");
        assertThat(t.password()).isEqualTo("s@cret+1");
        assertThat(t.display()).isEqualTo("postgis://planner@db.example.nl:6543/nsp").doesNotContain("cret");
    }

    @Test
    void defaultsPortAndKeepsDriverOptions() {
        PostgisStore.Target t = PostgisStore.parse("postgis://gis@localhost/gis?sslmode=require");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/gis?sslmode=require");
        assertThat(t.user()).isEqualTo("gis");
        assertThat(t.password()).isNull();
    }

    @Test
    void jdbcUrlPassesThroughWithPasswordHiddenInMessages() {
        PostgisStore.Target t = PostgisStore.parse("jdbc:postgresql://h:5432/gis?user=a&password=geheim");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/gis?user=a&password=geheim");
        assertThat(t.display()).isEqualTo("jdbc:postgresql://h:5432/gis?user=a&password=***");
    }

    @Test
    void recognisesLocations() {
        assertThat(PostgisStore.isPostgisLocation(" POSTGIS://u@h/db")).isTrue();
        assertThat(PostgisStore.isPostgisLocation("jdbc:postgresql://h/db")).isTrue();
        assertThat(PostgisStore.isPostgisLocation("./var/store")).isFalse();
        assertThat(PostgisStore.isPostgisLocation("jdbc:h2:file:x")).isFalse();
    }

    @Test
    void rejectsLocationsWithoutHostOrDatabase() {
        assertThatThrownBy(() -> PostgisStore.parse("postgis://u@h:5432/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected postgis://user[:password]@host[:port]/database");
        assertThatThrownBy(() -> PostgisStore.parse("postgis:///db")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected postgis://");
        assertThatThrownBy(() -> PostgisStore.parse("mysql://u@h/db")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostGIS location");
    }
}
