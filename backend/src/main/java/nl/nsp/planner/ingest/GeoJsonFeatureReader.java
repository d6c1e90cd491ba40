package nl.nsp.planner.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.nsp.planner.geo.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the features of a GeoJSON FeatureCollection, one at a time, as {@link GeoFeature}s in RD New.
 *
 * <p>The collection is read with Jackson's streaming parser and each feature as a small tree, so memory stays
 * proportional to one feature. Geometries are built as JTS geometries directly from the coordinate arrays
 * (JTS's own GeoJSON reader would drop the properties). The {@code crs} member
 * ({@code urn:ogc:def:crs:EPSG::28992}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}, {@code EPSG:4326}) is honoured
 * and checked against the coordinates as described in {@link CrsDetector}.
 *
 * <p>A feature with a missing, null, empty or malformed geometry is rejected with its 1-based index; a file
 * that is empty, truncated, not UTF-8, not a FeatureCollection or in another CRS is an {@link InputException}.
 */
public final class GeoJsonFeatureReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory GF = new GeometryFactory();

    private GeoJsonFeatureReader() {
    }

    /**
     * Reads every feature and hands the accepted ones to {@code sink}.
     *
     * @return a format description, e.g. {@code geojson (EPSG:28992)}
     * @throws InputException when the file cannot be used at all
     */
    public static String read(Path file, FileLog log, Consumer<GeoFeature> sink) {
        try {
            if (Files.size(file) == 0) {
                throw log.fileError("file is empty; expected a GeoJSON FeatureCollection");
            }
        } catch (java.io.IOException e) {
            throw log.fileError("cannot read file: " + e.getMessage());
        }
        try (JsonParser p = MAPPER.createParser(file)) {
            p.nextToken();
            return read(p, log, sink, null);
        } catch (JacksonException e) {
            throw log.fileError(jsonProblem(e));
        }
    }

    /**
     * Reads every feature of a FeatureCollection from a stream (e.g. an uploaded file) and hands the accepted ones
     * to {@code sink}; every other top-level member (a foreign member such as {@code scenario}, RFC 7946 §6.1) goes
     * to {@code otherMembers} as its JSON text. The stream is not closed.
     *
     * @return a format description, e.g. {@code geojson (EPSG:4326)}
     * @throws InputException when the stream cannot be used at all (empty, malformed, wrong CRS, ...)
     */
    public static String read(InputStream in, FileLog log, Consumer<GeoFeature> sink,
            BiConsumer<String, String> otherMembers) {
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() == null) {
                throw log.fileError("body is empty; expected a GeoJSON FeatureCollection");
            }
            return read(p, log, sink, otherMembers);
        } catch (JacksonException e) {
            throw log.fileError(jsonProblem(e));
        }
    }

    /** Reads the collection whose first token is current; foreign members are skipped when {@code otherMembers} is null. */
    private static String read(JsonParser p, FileLog log, Consumer<GeoFeature> sink,
            BiConsumer<String, String> otherMembers) {
        CrsDetector crs = null;
        boolean sawFeatures = false;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw log.fileError("not a GeoJSON object; expected {\"type\": \"FeatureCollection\", ...}");
        }
        String type = "";
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "type" -> type = p.getString();
                case "crs" -> {
                    JsonNode node = p.readValueAsTree();
                    if (crs == null) {
                        crs = new CrsDetector(log, crsName(node));
                    } else {
                        checkLateCrs(log, crs, crsName(node));
                    }
                }
                case "features" -> {
                    if (t != JsonToken.START_ARRAY) {
                        throw log.fileError("\"features\" is not an array");
                    }
                    sawFeatures = true;
                    if (crs == null) {
                        crs = new CrsDetector(log, "");
                    }
                    long index = 0;
                    for (JsonToken element = next(p, log); element != JsonToken.END_ARRAY; element = next(p, log)) {
                        index++;
                        if (element != JsonToken.START_OBJECT) {
                            // a stray value must not end the array early and drop the features after it
                            log.reject(index, "", "not a GeoJSON Feature object: " + p.getString());
                            p.skipChildren();
                            continue;
                        }
                        JsonNode feature = p.readValueAsTree();
                        GeoFeature f = feature(log, crs, index, feature);
                        if (f != null) {
                            sink.accept(f);
                        }
                    }
                }
                default -> {
                    if (otherMembers == null) {
                        p.skipChildren();
                    } else {
                        otherMembers.accept(name, p.readValueAsTree().toString());
                    }
                }
            }
        }
        if (!type.isEmpty() && !type.equals("FeatureCollection")) {
            throw log.fileError("GeoJSON type is \"" + type + "\"; expected a FeatureCollection");
        }
        if (!sawFeatures) {
            throw log.fileError("no \"features\" array; expected a GeoJSON FeatureCollection");
        }
        crs.finish();
        return "geojson (EPSG:" + crs.crs().epsg() + ")";
    }

    /** The next token inside the features array; the end of the input there is a truncated file. */
    private static JsonToken next(JsonParser p, FileLog log) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw log.fileError("JSON ends unexpectedly inside \"features\" (truncated file?)");
        }
        return t;
    }

    private static String jsonProblem(JacksonException e) {
        String m = e.getOriginalMessage();
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        if (m != null && m.contains("end-of-input")) {
            return "JSON ends unexpectedly (truncated file?)" + where;
        }
        if (m != null && (m.contains("UTF-8") || m.contains("UTF8"))) {
            return "file is not valid UTF-8" + where + "; save it as UTF-8";
        }
        return "malformed JSON" + where + ": " + m;
    }

    /** A {@code crs} member after the features must agree with the CRS the coordinates were read in. */
    private static void checkLateCrs(FileLog log, CrsDetector crs, String name) {
        Crs declared = Crs.fromName(name).orElseThrow(() -> log.fileError("declared CRS \"" + name
                + "\" is neither RD New (EPSG:28992) nor WGS84 (EPSG:4326/CRS84); convert the file to one of these"));
        if (declared != crs.crs()) {
            throw log.fileError("the crs member after the features declares " + CrsDetector.label(declared)
                    + " but the coordinates were read as " + CrsDetector.label(crs.crs()));
        }
    }

    private static String crsName(JsonNode crs) {
        JsonNode name = crs.path("properties").path("name");
        return name.isString() ? name.stringValue().trim() : "";
    }

    private static GeoFeature feature(FileLog log, CrsDetector crs, long index, JsonNode feature) {
        JsonNode g = feature.get("geometry");
        if (g == null || g.isNull()) {
            log.reject(index, "geometry", "feature has no geometry");
            return null;
        }
        Geometry source;
        try {
            source = geometry(g);
        } catch (IllegalArgumentException e) {
            log.reject(index, "geometry", e.getMessage());
            return null;
        }
        Geometry rd = crs.toRd(index, source);
        if (rd == null) {
            return null;
        }
        return new GeoFeature(index, properties(feature.get("properties")), rd);
    }

    private static Map<String, Object> properties(JsonNode props) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (props == null || !props.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            JsonNode v = e.getValue();
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.longValue();
            } else if (v.isNumber()) {
                value = v.doubleValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isString()) {
                value = v.stringValue();
            } else {
                value = v.toString();
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    /** Builds a JTS geometry from a GeoJSON geometry object (coordinates as written, no CRS change). */
    static Geometry geometry(JsonNode g) {
        String type = g.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            JsonNode members = g.path("geometries");
            Geometry[] parts = new Geometry[members.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = geometry(members.get(i));
            }
            return GF.createGeometryCollection(parts);
        }
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray()) {
            throw new IllegalArgumentException(type.isEmpty() ? "geometry has no type" : type + " has no coordinates array");
        }
        return switch (type) {
            case "Point" -> GF.createPoint(coordinate(c));
            case "MultiPoint" -> {
                Point[] pts = new Point[c.size()];
                for (int i = 0; i < pts.length; i++) {
                    pts[i] = GF.createPoint(coordinate(c.get(i)));
                }
                yield GF.createMultiPoint(pts);
            }
            case "LineString" -> GF.createLineString(coordinates(c, 2, "LineString"));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = GF.createLineString(coordinates(c.get(i), 2, "LineString"));
                }
                yield GF.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(c.get(i));
                }
                yield GF.createMultiPolygon(polys);
            }
            default -> throw new IllegalArgumentException("unsupported geometry type \"" + type + "\"");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode c) {
        Coordinate[] cs = coordinates(c, 4, "polygon ring");
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("polygon ring is not closed (first and last position differ)");
        }
        return GF.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode c, int min, String what) {
        if (!c.isArray() || c.size() < min) {
            throw new IllegalArgumentException(what + " needs at least " + min + " positions, got "
                    + (c.isArray() ? c.size() : "no array"));
        }
        Coordinate[] out = new Coordinate[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(c.get(i));
        }
        return out;
    }

    private static Coordinate coordinate(JsonNode pos) {
        if (pos == null || !pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
            throw new IllegalArgumentException("position must be [x, y] numbers, got " + pos);
        }
        double x = pos.get(0).doubleValue();
        double y = pos.get(1).doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, got " + pos);
        }
        return new Coordinate(x, y);
    }
}
