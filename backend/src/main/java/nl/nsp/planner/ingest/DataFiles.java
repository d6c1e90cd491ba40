package nl.nsp.planner.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises the input files of a data directory by name. Where several files feed the same layer (an
 * {@code _rd} and a {@code _wgs84} variant), the RD one is chosen, then GeoPackage over GeoJSON, then the first
 * by name; the others are listed as skipped. Unknown files are listed as ignored.
 */
final class DataFiles {
    /** The roles a file can play. */
    enum Role {
        MUNICIPALITIES("municipalities", "(gemeenten|wijkenbuurten)[^/]*\\.(geojson|json|gpkg)"),
        MEMBERSHIP("region_membership", "gemeente_veiligheidsregio[^/]*\\.csv"),
        REGIONS("regions", "veiligheidsregio[^/]*\\.(geojson|json|gpkg)"),
        PC4_POLYGONS("demand:pc4", "pc4[^/]*\\.(geojson|json|gpkg)"),
        PC4_POINTS("demand:pc4", "pc4[^/]*\\.csv"),
        CBS100("demand:cbs100", "cbs_vk100[^/]*\\.(csv|gpkg)"),
        CBS500("demand:cbs500", "cbs_vk500[^/]*\\.(csv|gpkg)"),
        WIJKEN("demand:wijk", "wijken[^/]*\\.(geojson|json|gpkg)"),
        POLLING_STATIONS("candidates", "stemlokalen[^/]*\\.csv"),
        CANDIDATES("candidates", "candidates[^/]*\\.(csv|geojson|json|gpkg)");

        final String layer;
        final Pattern pattern;

        Role(String layer, String regex) {
            this.layer = layer;
            this.pattern = Pattern.compile(regex);
        }
    }

    private final List<Path> all;

    private DataFiles(List<Path> all) {
        this.all = all;
    }

    static DataFiles scan(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new DataFiles(s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList());
        }
    }

    /** Every file matching the role, in preference order. */
    List<Path> matching(Role role) {
        List<Path> out = new ArrayList<>();
        for (Path p : all) {
            if (role.pattern.matcher(lower(p)).matches() && roleOf(p).orElse(null) == role) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt(DataFiles::preference).thenComparing(p -> p.getFileName().toString()));
        return out;
    }

    /** The preferred file for the role. */
    Optional<Path> best(Role role) {
        List<Path> m = matching(role);
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
    }

    /** Files that match no role. */
    List<Path> unrecognised() {
        return all.stream().filter(p -> roleOf(p).isEmpty()).toList();
    }

    private static Optional<Role> roleOf(Path p) {
        String n = lower(p);
        for (Role r : Role.values()) {
            if (r.pattern.matcher(n).matches()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static int preference(Path p) {
        String n = lower(p);
        int score = n.contains("_rd") ? 0 : n.contains("wgs84") ? 2 : 1;
        return score * 2 + (n.endsWith(".gpkg") ? 0 : 1);
    }

    private static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
