package nl.nsp.planner.analysis;

import java.util.List;

/**
 * The NSP-to-CP link assignment.
 *
 * <p>Border flags are {@code null} when either side's municipality (or region) is unknown.
 *
 * @param linkRangeMetres     the link range used
 * @param maxNspPerCp         the CP capacity used
 * @param nsps                number of NSPs to link
 * @param cps                 number of CPs available
 * @param links               one link per linked NSP, in NSP order
 * @param unlinkedNspIds      NSPs without a link (no CP in range, or every CP in range full)
 * @param unreachableNspIds   of those, NSPs with no CP within range at all
 * @param cpLoads             NSPs per CP, in CP order
 * @param crossMunicipality   links whose NSP and CP lie in different municipalities
 * @param crossRegion         links whose NSP and CP lie in different safety regions
 * @param totalLinkMetres     sum of the link lengths
 */
public record LinkResult(double linkRangeMetres, int maxNspPerCp, int nsps, int cps, List<Link> links,
        List<String> unlinkedNspIds, List<String> unreachableNspIds, List<CpLoad> cpLoads, int crossMunicipality,
        int crossRegion, double totalLinkMetres) {
    public LinkResult {
        links = List.copyOf(links);
        unlinkedNspIds = List.copyOf(unlinkedNspIds);
        unreachableNspIds = List.copyOf(unreachableNspIds);
        cpLoads = List.copyOf(cpLoads);
    }

    /**
     * One NSP linked to one CP.
     *
     * @param nspId               the NSP
     * @param cpId                the CP
     * @param metres              straight-line distance
     * @param crossesMunicipality NSP and CP in different municipalities ({@code null} = unknown)
     * @param crossesRegion       NSP and CP in different safety regions ({@code null} = unknown)
     */
    public record Link(String nspId, String cpId, double metres, Boolean crossesMunicipality, Boolean crossesRegion) {
    }

    /**
     * @param cpId     the CP
     * @param nsps     NSPs linked to it
     * @param capacity its maximum
     */
    public record CpLoad(String cpId, int nsps, int capacity) {
    }
}
