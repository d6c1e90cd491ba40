package nl.nsp.planner.reach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.nsp.planner.domain.CandidateSite;

/**
 * Candidate sites as primitive columns, addressed by dense index in list order: ids, RD coordinates and
 * municipality codes. Maps a site id to its index once. Immutable.
 */
public final class SiteTable {
    private final String[] ids;
    private final double[] x;
    private final double[] y;
    private final String[] municipality;
    private final Map<String, Integer> indexById;

    private SiteTable(String[] ids, double[] x, double[] y, String[] municipality) {
        this.ids = ids;
        this.x = x;
        this.y = y;
        this.municipality = municipality;
        indexById = new HashMap<>();
        for (int s = 0; s < ids.length; s++) {
            if (indexById.putIfAbsent(ids[s], s) != null) {
                throw new IllegalArgumentException("duplicate site id \"" + ids[s] + "\"");
            }
        }
    }

    /**
     * @throws IllegalArgumentException when two sites share an id
     */
    public static SiteTable of(List<CandidateSite> sites) {
        int m = sites.size();
        String[] ids = new String[m];
        double[] x = new double[m];
        double[] y = new double[m];
        String[] mun = new String[m];
        for (int s = 0; s < m; s++) {
            CandidateSite c = sites.get(s);
            ids[s] = c.id();
            x[s] = c.x();
            y[s] = c.y();
            mun[s] = c.municipalityCode();
        }
        return new SiteTable(ids, x, y, mun);
    }

    public int size() {
        return ids.length;
    }

    public String id(int s) {
        return ids[s];
    }

    public double x(int s) {
        return x[s];
    }

    public double y(int s) {
        return y[s];
    }

    /** Eastings of all sites (a copy). */
    public double[] xs() {
        return x.clone();
    }

    /** Northings of all sites (a copy). */
    public double[] ys() {
        return y.clone();
    }

    /** Municipality code of the site, or {@code ""} when unknown. */
    public String municipalityCode(int s) {
        return municipality[s];
    }

    /** The index of the site with this id. */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(indexById.get(id));
    }
}
