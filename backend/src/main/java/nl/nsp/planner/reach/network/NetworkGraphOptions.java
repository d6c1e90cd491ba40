package nl.nsp.planner.reach.network;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the imported graph is cached and how it is prepared.
 *
 * @param cacheRoot      folder holding one sub-folder per imported OSM file version (default {@code var/graph-cache})
 * @param minNetworkSize components with fewer edges than this are marked as isolated islands and never snapped
 *                       to (GraphHopper's {@code prepare.min_network_size}; the largest component is always kept);
 *                       0 disables the check
 */
public record NetworkGraphOptions(Path cacheRoot, int minNetworkSize) {
    /** The default cache folder, relative to the working directory. */
    public static final Path DEFAULT_CACHE_ROOT = Path.of("var", "graph-cache");
    /** GraphHopper's default island size. */
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;

    public NetworkGraphOptions {
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        if (minNetworkSize < 0) {
            throw new IllegalArgumentException("minNetworkSize must be >= 0, got " + minNetworkSize);
        }
    }

    /** Default options: cache under {@code var/graph-cache}, islands below 200 edges ignored. */
    public static NetworkGraphOptions defaults() {
        return new NetworkGraphOptions(DEFAULT_CACHE_ROOT, DEFAULT_MIN_NETWORK_SIZE);
    }

    /** The same options with another cache folder. */
    public NetworkGraphOptions withCacheRoot(Path root) {
        return new NetworkGraphOptions(root, minNetworkSize);
    }
}
