package nl.nsp.planner.national;

import java.util.List;
import java.util.Objects;
import nl.nsp.planner.reach.Norms;

/**
 * What the national run computes.
 *
 * @param radiiMetres        radii for all inhabitants (default 500, 1,000, 1,500 m)
 * @param radius65Metres     radius of the 65+ norm (default 500 m)
 * @param targetShares       coverage targets (default 0.90, 0.95, 0.99, 1.0), shares of the inhabitants per
 *                           {@code targetBasis}; 1.0 always means "everyone within reach of some candidate site"
 * @param targetBasis        what a target is a share of: the inhabitants within reach of a candidate site (default),
 *                           or all inhabitants (then a target above the reachable share is reported as not reachable)
 * @param fineLayer          the finer demand layer used where it covers a municipality (default {@code cbs100})
 * @param baseLayer          the national demand layer used everywhere else (default {@code pc4})
 * @param fineLayerMinShare  a municipality uses the fine layer when its points there hold at least this share of the
 *                           municipality's registered inhabitants (default 0.9)
 * @param regions            region codes to run; empty = all regions of the data set
 * @param inhabitantsPerNsp  the rule of thumb shown beside every count (default 5,000)
 * @param linkRangeMetres    NSP-to-CP link range for the CP count (default 5,000 m)
 * @param maxNspPerCp        most NSPs per CP (default 20)
 * @param headline           the norm of the headline plan (default 1,000 m for everyone)
 * @param headlineTarget     the target of the headline plan (default 0.95)
 * @param cooperation        also solve with sites restricted to the own municipality
 * @param urbanity           also solve per CBS urbanity class within each region
 * @param threads            regions solved in parallel (>= 1)
 */
public record NationalOptions(List<Double> radiiMetres, double radius65Metres, List<Double> targetShares,
        TargetBasis targetBasis, String fineLayer, String baseLayer, double fineLayerMinShare, List<String> regions, double inhabitantsPerNsp,
        double linkRangeMetres, int maxNspPerCp, Norm headline, double headlineTarget, boolean cooperation,
        boolean urbanity, int threads) {
    public static final List<Double> DEFAULT_RADII = List.of(500.0, 1000.0, 1500.0);
    public static final List<Double> DEFAULT_TARGETS = List.of(0.90, 0.95, 0.99, 1.0);

    public NationalOptions {
        radiiMetres = List.copyOf(radiiMetres);
        targetShares = List.copyOf(targetShares);
        regions = List.copyOf(regions);
        Objects.requireNonNull(targetBasis, "targetBasis");
        Objects.requireNonNull(fineLayer, "fineLayer");
        Objects.requireNonNull(baseLayer, "baseLayer");
        Objects.requireNonNull(headline, "headline");
        if (radiiMetres.isEmpty()) {
            throw new IllegalArgumentException("at least one radius is needed");
        }
        for (double r : radiiMetres) {
            if (!(r > 0 && r < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("radii must be > 0 metres, got " + r);
            }
        }
        if (!(radius65Metres > 0 && radius65Metres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("65+ radius must be > 0 metres, got " + radius65Metres);
        }
        if (targetShares.isEmpty()) {
            throw new IllegalArgumentException("at least one target is needed");
        }
        for (double t : targetShares) {
            if (!(0 < t && t <= 1)) {
                throw new IllegalArgumentException("targets must be shares in (0, 1], got " + t);
            }
        }
        if (!(0 <= fineLayerMinShare && fineLayerMinShare <= 1)) {
            throw new IllegalArgumentException("fine-layer share must be in [0, 1], got " + fineLayerMinShare);
        }
        if (!(inhabitantsPerNsp > 0 && inhabitantsPerNsp < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("inhabitants per NSP must be > 0, got " + inhabitantsPerNsp);
        }
        if (!(linkRangeMetres > 0 && linkRangeMetres < Double.POSITIVE_INFINITY) || maxNspPerCp < 1) {
            throw new IllegalArgumentException("link range must be > 0 m and max NSPs per CP >= 1");
        }
        if (!norms(radiiMetres, radius65Metres).contains(headline)) {
            throw new IllegalArgumentException("headline norm " + headline.key() + " is not among the norms "
                    + norms(radiiMetres, radius65Metres).stream().map(Norm::key).toList());
        }
        if (!targetShares.contains(headlineTarget)) {
            throw new IllegalArgumentException("headline target " + headlineTarget + " is not among the targets " + targetShares);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The defaults: 500/1,000/1,500 m and 65+ within 500 m; 90/95/99/100 %; CBS 100 m grid where present, else PC4. */
    public static NationalOptions defaults() {
        return new NationalOptions(DEFAULT_RADII, Norms.DEFAULT_RADIUS_65_METRES, DEFAULT_TARGETS, TargetBasis.REACHABLE, "cbs100", "pc4", 0.9,
                List.of(), Norms.DEFAULT_INHABITANTS_PER_NSP, Norms.DEFAULT_LINK_RANGE_METRES, Norms.DEFAULT_MAX_NSP_PER_CP,
                Norm.everyone(Norms.DEFAULT_RADIUS_METRES), 0.95, true, true,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** A copy limited to these regions (empty = all). */
    public NationalOptions withRegions(List<String> newRegions) {
        return new NationalOptions(radiiMetres, radius65Metres, targetShares, targetBasis, fineLayer, baseLayer, fineLayerMinShare,
                newRegions, inhabitantsPerNsp, linkRangeMetres, maxNspPerCp, headline, headlineTarget, cooperation, urbanity,
                threads);
    }

    /** A copy with another headline norm and target. */
    public NationalOptions withHeadline(Norm newHeadline, double newTarget) {
        return new NationalOptions(radiiMetres, radius65Metres, targetShares, targetBasis, fineLayer, baseLayer, fineLayerMinShare,
                regions, inhabitantsPerNsp, linkRangeMetres, maxNspPerCp, newHeadline, newTarget, cooperation, urbanity,
                threads);
    }

    /** A copy with other layers. */
    public NationalOptions withLayers(String newFine, String newBase) {
        return new NationalOptions(radiiMetres, radius65Metres, targetShares, targetBasis, newFine, newBase, fineLayerMinShare,
                regions, inhabitantsPerNsp, linkRangeMetres, maxNspPerCp, headline, headlineTarget, cooperation, urbanity,
                threads);
    }

    /** A copy with the optional parts switched on or off and another thread count. */
    public NationalOptions withParts(boolean newCooperation, boolean newUrbanity, int newThreads) {
        return new NationalOptions(radiiMetres, radius65Metres, targetShares, targetBasis, fineLayer, baseLayer, fineLayerMinShare,
                regions, inhabitantsPerNsp, linkRangeMetres, maxNspPerCp, headline, headlineTarget, newCooperation,
                newUrbanity, newThreads);
    }

    /** A copy with another target basis. */
    public NationalOptions withTargetBasis(TargetBasis basis) {
        return new NationalOptions(radiiMetres, radius65Metres, targetShares, basis, fineLayer, baseLayer,
                fineLayerMinShare, regions, inhabitantsPerNsp, linkRangeMetres, maxNspPerCp, headline, headlineTarget,
                cooperation, urbanity, threads);
    }

    /** What a coverage target is a share of. */
    public enum TargetBasis {
        /** The inhabitants within the norm's radius of some candidate site (every target can be reached). */
        REACHABLE,
        /** All inhabitants counted by the norm. */
        ALL
    }

    /** The norms in report order: every radius for all inhabitants, then the 65+ norm. */
    public List<Norm> norms() {
        return norms(radiiMetres, radius65Metres);
    }

    private static List<Norm> norms(List<Double> radii, double radius65) {
        List<Norm> out = new java.util.ArrayList<>();
        for (double r : radii) {
            out.add(Norm.everyone(r));
        }
        out.add(Norm.elderly(radius65));
        return List.copyOf(out);
    }

    /** The largest radius of any norm: the cutoff of each region's coverage index. */
    public double maxRadiusMetres() {
        double max = radius65Metres;
        for (double r : radiiMetres) {
            max = Math.max(max, r);
        }
        return max;
    }
}
