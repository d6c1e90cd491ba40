package nl.nsp.planner.reach.network;

import static nl.nsp.planner.reach.network.NetworkFixtures.handMade;
import static nl.nsp.planner.reach.network.NetworkFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import nl.nsp.planner.geo.LatLon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk graph cache: reused when the OSM file is unchanged, rebuilt when it changes or is damaged. */
class NetworkGraphTest {
    @TempDir
    Path tmp;

    private Path copyOf(String fixture, String as) throws IOException {
        Path target = tmp.resolve("osm").resolve(as);
        Files.createDirectories(target.getParent());
        Files.copy(handMade(fixture), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Test
    void secondLoadReusesTheCacheInsteadOfImporting() throws IOException {
        Path osm = copyOf("l_street.osm", "net.osm");
        Path cache = tmp.resolve("cache");
        Path dir;
        try (NetworkGraph first = load(osm, cache)) {
            assertThat(first.loadedFromCache()).isFalse();
            assertThat(first.nodeCount()).isEqualTo(2);
            assertThat(first.edgeCount()).isEqualTo(2);
            dir = first.cacheDirectory();
            assertThat(dir.getParent()).isEqualTo(cache);
            assertThat(dir.getFileName().toString()).startsWith("net-");
        }
        try (NetworkGraph second = load(osm, cache)) {
            assertThat(second.loadedFromCache()).isTrue();
            assertThat(second.cacheDirectory()).isEqualTo(dir);
            assertThat(second.nodeCount()).isEqualTo(2);
            assertThat(second.edgeCount()).isEqualTo(2);
            NetworkDistance bike = NetworkFixtures.model(second, NetworkProfile.BIKE,
                    List.of(new LatLon(52.000, 5.000)), List.of(new LatLon(52.001, 5.0015)), 250);
            assertThat(bike.distance(0, 0)).isBetween(213.83, 213.93);
        }
    }

    @Test
    void changedFileIsImportedAgainIntoANewFolder() throws IOException {
        Path osm = copyOf("l_street.osm", "net.osm");
        Path cache = tmp.resolve("cache");
        Path before;
        try (NetworkGraph g = load(osm, cache)) {
            before = g.cacheDirectory();
        }
        copyOf("river_bridge.osm", "net.osm");
        try (NetworkGraph g = load(osm, cache)) {
            assertThat(g.loadedFromCache()).isFalse();
            assertThat(g.cacheDirectory()).isNotEqualTo(before);
            assertThat(g.nodeCount()).isEqualTo(4);   // junctions 1, 3, 4, 6; nodes 2 and 5 are pillars
        }
        // same content, newer modification time: rebuilt too (the key is name + size + mtime)
        Files.setLastModifiedTime(osm, FileTime.fromMillis(Files.getLastModifiedTime(osm).toMillis() + 60_000));
        try (NetworkGraph g = load(osm, cache)) {
            assertThat(g.loadedFromCache()).isFalse();
        }
    }

    @Test
    void damagedCacheIsRebuilt() throws IOException {
        Path osm = copyOf("l_street.osm", "net.osm");
        Path cache = tmp.resolve("cache");
        Path dir;
        try (NetworkGraph g = load(osm, cache)) {
            dir = g.cacheDirectory();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("nsp-")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (NetworkGraph g = load(osm, cache)) {
            assertThat(g.loadedFromCache()).isFalse();
            assertThat(g.edgeCount()).isEqualTo(2);
        }
        try (NetworkGraph g = load(osm, cache)) {
            assertThat(g.loadedFromCache()).isTrue();
        }
    }

    @Test
    void interruptedImportWithoutMarkerIsRebuilt() throws IOException {
        Path osm = copyOf("l_street.osm", "net.osm");
        Path cache = tmp.resolve("cache");
        Path dir;
        try (NetworkGraph g = load(osm, cache)) {
            dir = g.cacheDirectory();
        }
        Files.delete(dir.resolve("nsp-graph-cache.properties"));
        try (NetworkGraph g = load(osm, cache)) {
            assertThat(g.loadedFromCache()).isFalse();
            assertThat(Files.exists(dir.resolve("nsp-graph-cache.properties"))).isTrue();
        }
    }

    @Test
    void missingOrUnreadableOsmFileIsAClearError() throws IOException {
        Path cache = tmp.resolve("cache");
        assertThatThrownBy(() -> load(tmp.resolve("nope.osm.pbf"), cache))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OSM file not found")
                .hasMessageContaining("nope.osm.pbf");
        Path junk = tmp.resolve("junk.osm.pbf");
        Files.writeString(junk, "this is not OSM");
        assertThatThrownBy(() -> load(junk, cache))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot import OSM file")
                .hasMessageContaining("junk.osm.pbf");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).as("no half-built cache left behind").isEmpty();
        }
    }
}
