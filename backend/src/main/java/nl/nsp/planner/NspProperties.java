package nl.nsp.planner;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code nsp.*} settings of the server.
 *
 * @param dataDir       folder with the input data; imported at start-up when the store is empty (optional)
 * @param store         where the store lives: a folder for the embedded H2GIS store
 * @param tiles         the base map shown first
 * @param alternativeTiles a second base map offered in the layer control (empty URL = none)
 * @param defaultRegion the safety region the map opens on (empty = whole country)
 * @param security      accounts and login (the server mode)
 * @param maxRequestBody largest request body accepted (larger: 413)
 */
@ConfigurationProperties("nsp")
public record NspProperties(Path dataDir, @DefaultValue("./var/store") String store,
        @DefaultValue Tiles tiles, @DefaultValue AlternativeTiles alternativeTiles,
        @DefaultValue("VR17") String defaultRegion, @DefaultValue Security security,
        @DefaultValue("4MB") DataSize maxRequestBody) {

    public NspProperties {
        Objects.requireNonNull(store, "nsp.store");
        Objects.requireNonNull(defaultRegion, "nsp.default-region");
        Objects.requireNonNull(maxRequestBody, "nsp.max-request-body");
    }

    /**
     * The server mode's settings.
     *
     * @param enabled true: every request but the public ones needs a login (accounts from the store); false: the local
     *                mode, no login, served on 127.0.0.1 only; unset: true with a PostGIS store, false with the
     *                embedded one
     */
    public record Security(Boolean enabled) {
    }

    /**
     * A tile layer.
     *
     * @param name        label in the layer control
     * @param url         XYZ template with {z}, {x}, {y}
     * @param attribution shown in the map corner
     */
    public record Tiles(@DefaultValue("PDOK BRT achtergrondkaart") String name,
            @DefaultValue("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png") String url,
            @DefaultValue("Kaartgegevens &copy; <a href=\"https://www.kadaster.nl\">Kadaster</a> (PDOK)") String attribution) {
    }

    /** The second base map; same fields as {@link Tiles}. */
    public record AlternativeTiles(@DefaultValue("OpenStreetMap") String name,
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String url,
            @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>-bijdragers") String attribution) {
    }
}
