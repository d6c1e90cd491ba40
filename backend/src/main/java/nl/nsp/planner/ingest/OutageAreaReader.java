package nl.nsp.planner.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.nsp.planner.geo.Crs;
import nl.nsp.planner.geo.RdProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the area of an outage scenario: a polygon or multipolygon as WKT, or as GeoJSON (a geometry, a Feature or a
 * FeatureCollection, whose polygon features are united), in RD New or WGS84. The CRS is taken from a GeoJSON
 * {@code crs} member when present, else from the coordinates (all inside the Dutch extent of one of the two). Invalid
 * polygons are repaired ({@link GeometryFixer}). The result is in RD New metres.
 */
public final class OutageAreaReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory GF = new GeometryFactory();

    private OutageAreaReader() {
    }

    /**
     * Reads a file.
     *
     * @throws InputException naming the file when it is missing, unreadable or not a usable polygon
     */
    public static Geometry read(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (NoSuchFileException e) {
            throw new InputException(new InputError(name, 0, "", "file not found: " + file));
        } catch (IOException e) {
            throw new InputException(new InputError(name, 0, "", "cannot read file: " + e.getMessage()));
        }
    }

    /**
     * Parses WKT or GeoJSON text.
     *
     * @param source the name used in errors (a file name, or e.g. {@code request})
     * @throws InputException when the text is not a usable polygon
     */
    public static Geometry parse(String text, String source) {
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (t.isEmpty()) {
            throw error(source, "empty; expected a polygon as WKT or GeoJSON");
        }
        Geometry g;
        Optional<Crs> declared = Optional.empty();
        if (t.startsWith("{")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(t);
            } catch (JacksonException e) {
                throw error(source, "not valid JSON: " + e.getOriginalMessage());
            }
            JsonNode crs = root.path("crs").path("properties").path("name");
            if (crs.isString()) {
                declared = Crs.fromName(crs.asString());
                if (declared.isEmpty()) {
                    throw error(source, "crs \"" + crs.asString() + "\" is neither RD New (EPSG:28992) nor WGS84");
                }
            }
            g = fromGeoJson(root, source);
        } else {
            try {
                g = new WKTReader(GF).read(t);
            } catch (ParseException e) {
                throw error(source, "neither GeoJSON nor valid WKT: " + e.getMessage());
            }
        }
        if (!(g instanceof Polygonal) || g.isEmpty()) {
            throw error(source, "expected a Polygon or MultiPolygon, got " + g.getGeometryType());
        }
        Crs crs = declared.orElseGet(() -> detect(g, source));
        Geometry rd = crs == Crs.WGS84 ? RdProjection.toRd(g) : g;
        if (!rd.isValid()) {
            rd = GeometryFixer.fix(rd);
        }
        if (rd.isEmpty() || rd.getArea() <= 0) {
            throw error(source, "the polygon has no area");
        }
        return rd;
    }

    private static Geometry fromGeoJson(JsonNode root, String source) {
        String type = root.path("type").asString("");
        try {
            return switch (type) {
                case "FeatureCollection" -> {
                    List<Geometry> parts = new ArrayList<>();
                    for (JsonNode f : root.path("features")) {
                        Geometry p = GeoJsonFeatureReader.geometry(f.path("geometry"));
                        if (p instanceof Polygonal) {
                            parts.add(p);
                        }
                    }
                    if (parts.isEmpty()) {
                        throw error(source, "the FeatureCollection has no Polygon or MultiPolygon feature");
                    }
                    yield GF.buildGeometry(parts).union();
                }
                case "Feature" -> GeoJsonFeatureReader.geometry(root.path("geometry"));
                default -> GeoJsonFeatureReader.geometry(root);
            };
        } catch (IllegalArgumentException e) {
            throw error(source, e.getMessage());
        }
    }

    private static Crs detect(Geometry g, String source) {
        Crs found = null;
        for (Coordinate c : g.getCoordinates()) {
            Optional<Crs> guess = Crs.guess(c.x, c.y);
            if (guess.isEmpty()) {
                throw error(source, "coordinate (" + c.x + ", " + c.y + ") lies in the Netherlands neither in RD New metres"
                        + " nor as WGS84 longitude, latitude");
            }
            if (found != null && found != guess.get()) {
                throw error(source, "coordinates mix RD New and WGS84");
            }
            found = guess.get();
        }
        return found;
    }

    private static InputException error(String source, String reason) {
        return new InputException(new InputError(source, 0, "area", reason));
    }
}
