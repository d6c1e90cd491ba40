package nl.nsp.planner.national;

import java.util.List;

/**
 * What the choice of demand layer changes, for the municipalities of a region that use the fine layer: the same
 * inhabitants once as fine-layer points (e.g. CBS 100 m cells) and once as base-layer points (PC4 areas spread over
 * cells), each with the reach of the candidate sites and the headline counts.
 *
 * @param fineLayer      the fine layer
 * @param baseLayer      the base layer
 * @param municipalities municipalities compared
 * @param fine           the fine layer's results at the headline norm (free across borders)
 * @param base           the base layer's results at the headline norm
 */
public record LayerCheck(String fineLayer, String baseLayer, int municipalities, List<NormResult> fine,
        List<NormResult> base) {
    public LayerCheck {
        fine = List.copyOf(fine);
        base = List.copyOf(base);
    }
}
