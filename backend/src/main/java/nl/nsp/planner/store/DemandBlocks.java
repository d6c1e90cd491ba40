package nl.nsp.planner.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.DemandPoint;
import org.locationtech.jts.geom.Envelope;

/**
 * Packs demand points into blocks: the points of one layer that share a municipality and a
 * {@value #TILE_METRES} m RD tile, in data-set order, each with its position in the layer. A block is one
 * table row; its envelope goes into a spatially indexed geometry column.
 *
 * <p>Binary layout per point: {@code int seq, double x, double y, double inhabitants, double inhabitants65Plus
 * (NaN = unknown), UTF id, UTF sourceUnit}; the municipality code is the block's.
 */
final class DemandBlocks {
    static final int TILE_METRES = 5_000;

    /** A demand point with its position in its layer. */
    record Indexed(int seq, DemandPoint point) {
    }

    /** One block: municipality, envelope and packed points. */
    record Block(String municipalityCode, Envelope envelope, int points, byte[] data) {
    }

    private DemandBlocks() {
    }

    /** Groups a layer's points into blocks, in order of first appearance. */
    static List<Block> pack(List<DemandPoint> points) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            DemandPoint p = points.get(i);
            String key = p.municipalityCode() + "|" + Math.floorDiv((long) Math.floor(p.x()), TILE_METRES) + "|"
                    + Math.floorDiv((long) Math.floor(p.y()), TILE_METRES);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Block> blocks = new ArrayList<>(groups.size());
        for (List<Integer> members : groups.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(members.size() * 64);
            Envelope envelope = new Envelope();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                for (int i : members) {
                    DemandPoint p = points.get(i);
                    envelope.expandToInclude(p.x(), p.y());
                    out.writeInt(i);
                    out.writeDouble(p.x());
                    out.writeDouble(p.y());
                    out.writeDouble(p.inhabitants());
                    out.writeDouble(p.inhabitants65Plus());
                    out.writeUTF(p.id());
                    out.writeUTF(p.sourceUnit());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            blocks.add(new Block(points.get(members.get(0)).municipalityCode(), envelope, members.size(),
                    bytes.toByteArray()));
        }
        return blocks;
    }

    /** Unpacks one block's points, adding those {@code filter} accepts to {@code out}. */
    static void unpack(byte[] data, String municipalityCode, PointFilter filter, List<Indexed> out) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            while (in.available() > 0) {
                int seq = in.readInt();
                double x = in.readDouble();
                double y = in.readDouble();
                double inhabitants = in.readDouble();
                double inhabitants65 = in.readDouble();
                String id = in.readUTF();
                String sourceUnit = in.readUTF();
                if (filter.accept(x, y)) {
                    out.add(new Indexed(seq, new DemandPoint(id, x, y, inhabitants, inhabitants65, municipalityCode,
                            sourceUnit)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored demand block is corrupt", e);
        }
    }

    /** Decides which unpacked points to keep, by RD position. */
    @FunctionalInterface
    interface PointFilter {
        PointFilter ALL = (x, y) -> true;

        boolean accept(double x, double y);
    }
}
