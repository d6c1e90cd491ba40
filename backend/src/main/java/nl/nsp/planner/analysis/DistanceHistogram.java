package nl.nsp.planner.analysis;

import java.util.List;

/**
 * Inhabitants by distance to the nearest open NSP, in fixed-width bins, with the norms marked.
 *
 * @param binMetres             bin width
 * @param normMetres            the all-inhabitants radius (the norm line to draw)
 * @param norm65Metres          the 65+ radius
 * @param bins                  bins in order; the last one is open-ended ({@code toMetres == null})
 * @param unresolvedInhabitants inhabitants whose nearest distance is unknown
 */
public record DistanceHistogram(double binMetres, double normMetres, double norm65Metres, List<Bin> bins,
        double unresolvedInhabitants) {
    public DistanceHistogram {
        bins = List.copyOf(bins);
    }

    /**
     * One bin: distances {@code fromMetres < d <= toMetres} (the first bin includes 0), so that a distance
     * exactly on the norm falls in the last bin within the norm, matching "exactly on the radius is covered".
     *
     * @param fromMetres  lower bound (exclusive; inclusive for the first bin)
     * @param toMetres    upper bound (inclusive), {@code null} for the last, open bin
     * @param inhabitants inhabitants in the bin
     * @param withinNorm  true when the whole bin is within the all-inhabitants radius
     */
    public record Bin(double fromMetres, Double toMetres, double inhabitants, boolean withinNorm) {
    }
}
