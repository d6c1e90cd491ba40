package nl.nsp.planner.api.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.nsp.planner.NspProperties;
import nl.nsp.planner.store.DataVersion;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/config}: what the map needs before it draws anything (base maps, start region, data version). */
@RestController
class ConfigController {
    private final NspProperties properties;
    private final PlannerStore store;

    ConfigController(NspProperties properties, PlannerStore store) {
        this.properties = properties;
        this.store = store;
    }

    record TileLayer(String name, String url, String attribution) {
    }

    record ConfigResponse(List<TileLayer> baseMaps, String defaultRegion, boolean storeEmpty, Long dataVersion,
            Instant importedAt) {
    }

    @GetMapping("/api/config")
    ConfigResponse config() {
        List<TileLayer> maps = new ArrayList<>();
        NspProperties.Tiles t = properties.tiles();
        if (!t.url().isBlank()) {
            maps.add(new TileLayer(t.name(), t.url(), t.attribution()));
        }
        NspProperties.AlternativeTiles a = properties.alternativeTiles();
        if (!a.url().isBlank()) {
            maps.add(new TileLayer(a.name(), a.url(), a.attribution()));
        }
        var version = store.dataVersion();
        return new ConfigResponse(maps, properties.defaultRegion(), version.isEmpty(),
                version.map(DataVersion::version).orElse(null), version.map(DataVersion::importedAt).orElse(null));
    }
}
