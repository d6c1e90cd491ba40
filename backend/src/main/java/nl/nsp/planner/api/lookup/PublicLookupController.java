package nl.nsp.planner.api.lookup;

import nl.nsp.planner.NspProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API behind {@code /public/zoek.html}, read-only.
 *
 * <pre>
 * GET /api/public/nearest?postcode=3011AB[&amp;count=3]   the nearest NSPs of the published scenario
 * GET /api/public/config                              the base map for the page's small map
 * </pre>
 */
@RestController
@RequestMapping("/api/public")
class PublicLookupController {
    private final PublicLookupService lookup;
    private final NspProperties properties;

    PublicLookupController(PublicLookupService lookup, NspProperties properties) {
        this.lookup = lookup;
        this.properties = properties;
    }

    /** The base map of the public page; {@code baseMap} is null when none is configured. */
    record PublicConfig(BaseMap baseMap) {
        record BaseMap(String url, String attribution) {
        }
    }

    @GetMapping("/nearest")
    NearestResponse nearest(@RequestParam(required = false) String postcode, @RequestParam(required = false) Integer count) {
        return lookup.nearest(postcode, count);
    }

    @GetMapping("/config")
    PublicConfig config() {
        NspProperties.Tiles t = properties.tiles();
        return new PublicConfig(t.url().isBlank() ? null : new PublicConfig.BaseMap(t.url(), t.attribution()));
    }
}
