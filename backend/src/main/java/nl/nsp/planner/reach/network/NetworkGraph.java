package nl.nsp.planner.reach.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.IndexStructureInfo;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.util.Constants;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.Helper;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A routable OpenStreetMap graph for the {@code foot} and {@code bike} profiles, imported once per OSM file
 * version and cached on disk.
 *
 * <p>The cache folder is {@code <cacheRoot>/<file stem>-<key>}, where the key hashes the OSM file's name,
 * size and modification time, the GraphHopper version and storage format versions, the profiles, the
 * encoded values and the island size. A changed file (or GraphHopper upgrade) therefore gets a new folder
 * and is imported afresh; old folders are left for the user to delete. A folder without the completion
 * marker (an interrupted import) or one GraphHopper cannot load (corrupt, truncated) is deleted and
 * rebuilt, with a warning in the log.
 *
 * <p>Thread-safety: {@link #load} is not safe to call concurrently for the same cache folder (two imports
 * into one folder would clash). Once loaded, the graph is read-only and may be queried from any number of
 * threads (GraphHopper's base graph and location index support concurrent reads); {@link #close} must not
 * run while queries are in flight.
 */
public final class NetworkGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkGraph.class);
    /** Bump when our own use of the cache changes. */
    private static final int CACHE_FORMAT = 1;
    /**
     * Tile size of the location index. GraphHopper's default of 300 m makes each snap scan every edge of nine
     * large tiles; 100 m tiles snapped random points on a dense street grid two to three times faster here
     * (the search is widened to cover {@link #SNAP_SEARCH_RADIUS_METRES}, see {@link #widenSnapSearch}).
     */
    static final int INDEX_RESOLUTION_METRES = 100;
    /**
     * Snapping finds the nearest usable edge if it lies within this distance; farther points are reported as
     * having no edge nearby. (GraphHopper's default search stops after four rings of tiles, which with small
     * tiles would be only a few hundred metres, and may then return an edge that is not the nearest.)
     */
    public static final double SNAP_SEARCH_RADIUS_METRES = 1000;
    private static final String MARKER = "nsp-graph-cache.properties";
    private static final String ENCODED_VALUES = "foot_access, foot_priority, foot_average_speed, "
            + "foot_road_access, hike_rating, mtb_rating, average_slope, country, road_class, bike_priority, "
            + "bike_access, roundabout, bike_average_speed, bike_road_access";

    private final GraphHopper hopper;
    private final Path osmFile;
    private final Path cacheDirectory;
    private final boolean loadedFromCache;
    private final long prepareMillis;
    private final Map<NetworkProfile, Weighting> weightings = new EnumMap<>(NetworkProfile.class);
    private final Map<NetworkProfile, BooleanEncodedValue> subnetworks = new EnumMap<>(NetworkProfile.class);

    private NetworkGraph(GraphHopper hopper, Path osmFile, Path cacheDirectory, boolean loadedFromCache,
            long prepareMillis) {
        this.hopper = hopper;
        this.osmFile = osmFile;
        this.cacheDirectory = cacheDirectory;
        this.loadedFromCache = loadedFromCache;
        this.prepareMillis = prepareMillis;
        widenSnapSearch(hopper);
        for (NetworkProfile p : NetworkProfile.values()) {
            weightings.put(p, hopper.createWeighting(hopper.getProfile(p.profileName()), new PMap()));
            subnetworks.put(p, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(p.profileName())));
        }
    }

    /** Makes the location index search enough rings of tiles to cover {@link #SNAP_SEARCH_RADIUS_METRES}. */
    private static void widenSnapSearch(GraphHopper hopper) {
        if (!(hopper.getLocationIndex() instanceof LocationIndexTree tree)) {
            throw new IllegalStateException("unexpected location index " + hopper.getLocationIndex().getClass());
        }
        BBox bounds = hopper.getBaseGraph().getBounds();
        IndexStructureInfo info = IndexStructureInfo.create(bounds, tree.getMinResolutionInMeter());
        double metresPerDegree = DistanceCalcEarth.R * Math.PI / 180;
        double lat = bounds.isValid() ? Math.max(Math.abs(bounds.minLat), Math.abs(bounds.maxLat)) : 0;
        double tileMetres = Math.min(info.getDeltaLat() * metresPerDegree,
                info.getDeltaLon() * metresPerDegree * Math.cos(Math.toRadians(lat)));
        // ring i guarantees a search radius of at least i tiles around the query point's own tile
        int rings = (int) Math.ceil(SNAP_SEARCH_RADIUS_METRES / tileMetres) + 1;
        tree.setMaxRegionSearch(Math.max(4, rings));
    }

    /** Loads (or imports and caches) the graph of {@code osmFile} with default options. */
    public static NetworkGraph load(Path osmFile) {
        return load(osmFile, NetworkGraphOptions.defaults());
    }

    /**
     * Loads the cached graph of {@code osmFile}, importing it first when there is no valid cache.
     *
     * @param osmFile an OSM extract, PBF ({@code .osm.pbf}) or XML ({@code .osm})
     * @throws IllegalArgumentException if the file does not exist or GraphHopper cannot import it
     * @throws UncheckedIOException     if the cache folder cannot be written
     */
    public static NetworkGraph load(Path osmFile, NetworkGraphOptions options) {
        if (!Files.isRegularFile(osmFile)) {
            throw new IllegalArgumentException("OSM file not found: " + osmFile);
        }
        Path dir = options.cacheRoot().resolve(cacheFolderName(osmFile, options));
        long start = System.nanoTime();
        Optional<GraphHopper> cached = tryLoadCache(dir, options);
        if (cached.isPresent()) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info("network graph for {} loaded from cache {} in {} ms", osmFile, dir, ms);
            return new NetworkGraph(cached.get(), osmFile, dir, true, ms);
        }
        GraphHopper fresh = configure(dir, options);
        fresh.setOSMFile(osmFile.toString());
        try {
            Files.createDirectories(dir.getParent());
            fresh.importOrLoad();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create graph cache folder " + dir.getParent(), e);
        } catch (RuntimeException e) {
            fresh.close();
            Helper.removeDir(dir.toFile());
            throw new IllegalArgumentException("cannot import OSM file " + osmFile + ": " + e.getMessage(), e);
        }
        writeMarker(dir, osmFile, options);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info("network graph for {} imported into {} in {} ms ({} nodes, {} edges)", osmFile, dir, ms,
                fresh.getBaseGraph().getNodes(), fresh.getBaseGraph().getEdges());
        return new NetworkGraph(fresh, osmFile, dir, false, ms);
    }

    /** Returns the loaded cache, or empty after removing an incomplete or unreadable one. */
    private static Optional<GraphHopper> tryLoadCache(Path dir, NetworkGraphOptions options) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            LOG.warn("graph cache {} has no completion marker (interrupted import?); rebuilding", dir);
            Helper.removeDir(dir.toFile());
            return Optional.empty();
        }
        GraphHopper hopper = configure(dir, options);
        try {
            if (hopper.load()) {
                return Optional.of(hopper);
            }
            LOG.warn("graph cache {} is incomplete; rebuilding", dir);
        } catch (RuntimeException e) {
            LOG.warn("graph cache {} is unreadable ({}); rebuilding", dir, e.toString());
        }
        hopper.close();
        Helper.removeDir(dir.toFile());
        return Optional.empty();
    }

    private static GraphHopper configure(Path dir, NetworkGraphOptions options) {
        GraphHopper hopper = new GraphHopper();
        hopper.setGraphHopperLocation(dir.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setMinNetworkSize(options.minNetworkSize());
        hopper.setPreciseIndexResolution(INDEX_RESOLUTION_METRES);
        hopper.setProfiles(
                new Profile(NetworkProfile.FOOT.profileName())
                        .setCustomModel(GHUtility.loadCustomModelFromJar("foot.json")),
                new Profile(NetworkProfile.BIKE.profileName())
                        .setCustomModel(GHUtility.loadCustomModelFromJar("bike.json")));
        return hopper;
    }

    /** The cache folder name for a file: its stem plus a hash of everything that shapes the graph. */
    static String cacheFolderName(Path osmFile, NetworkGraphOptions options) {
        String fileName = osmFile.getFileName().toString();
        String identity;
        try {
            identity = String.join("\n", "format=" + CACHE_FORMAT, "file=" + fileName,
                    "size=" + Files.size(osmFile), "mtime=" + Files.getLastModifiedTime(osmFile).toMillis(),
                    "graphhopper=" + Constants.VERSION + "/" + Constants.getVersions(),
                    "profiles=foot,bike", "encoded=" + ENCODED_VALUES, "minNetworkSize=" + options.minNetworkSize(),
                    "indexResolution=" + INDEX_RESOLUTION_METRES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attributes of OSM file " + osmFile, e);
        }
        String stem = fileName.replaceAll("(\\.osm)?(\\.pbf|\\.xml|\\.bz2|\\.gz)*$", "").replaceAll("\\.osm$", "")
                .replaceAll("[^A-Za-z0-9_-]", "_");
        return stem + "-" + sha256(identity).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static void writeMarker(Path dir, Path osmFile, NetworkGraphOptions options) {
        String text = "# written by nsp-planner after a complete import; delete the folder to force a rebuild\n"
                + "osm_file=" + osmFile.toAbsolutePath() + "\n"
                + "graphhopper=" + Constants.VERSION + "\n"
                + "min_network_size=" + options.minNetworkSize() + "\n";
        try {
            Files.writeString(dir.resolve(MARKER), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write graph cache marker in " + dir, e);
        }
    }

    /** The OSM file this graph was built from. */
    public Path osmFile() {
        return osmFile;
    }

    /** The folder holding the cached graph. */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** True if the graph came from the on-disk cache, false if the OSM file was imported by this load. */
    public boolean loadedFromCache() {
        return loadedFromCache;
    }

    /** Wall-clock milliseconds the load (cache read, or full import) took. */
    public long prepareMillis() {
        return prepareMillis;
    }

    /** Number of junction ("tower") nodes in the routable graph. */
    public int nodeCount() {
        return hopper.getBaseGraph().getNodes();
    }

    /** Number of edges (way segments between junctions) in the routable graph. */
    public int edgeCount() {
        return hopper.getBaseGraph().getEdges();
    }

    BaseGraph baseGraph() {
        return hopper.getBaseGraph();
    }

    LocationIndex locationIndex() {
        return hopper.getLocationIndex();
    }

    /** The profile's own weighting: it decides access (finite weight) per edge and direction. */
    Weighting accessWeighting(NetworkProfile profile) {
        return weightings.get(profile);
    }

    /** Marks edges in islands that must not be snapped to. */
    BooleanEncodedValue subnetwork(NetworkProfile profile) {
        return subnetworks.get(profile);
    }

    /** Releases the graph's memory and file handles; the cache folder stays. */
    @Override
    public void close() {
        hopper.close();
    }
}
