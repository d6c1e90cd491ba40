package nl.nsp.planner.analysis;

/**
 * Coverage of one area (a municipality, a safety region, an urbanity class, or the total).
 *
 * <p>Shares are {@code null} when their denominator is zero. 65+ figures are over points where the 65+ count
 * is known; the inhabitants of points with an unknown 65+ count are given separately, in total and within
 * the 65+ radius, and never counted as 0 people aged 65+.
 *
 * @param level                        {@code municipality}, {@code region}, {@code urbanity} or {@code total}
 * @param code                         GM/VR code, urbanity class "0".."5", "total"; "" = unassigned
 * @param name                         municipality or region name when known, else the code
 * @param demandPoints                 demand points in the area
 * @param inhabitants                  all inhabitants
 * @param coveredInhabitants           inhabitants with an open site within their radius
 * @param coveredShare                 covered / inhabitants
 * @param uncoveredPoints              points with inhabitants and no open site within their radius
 * @param inhabitants65                65+ over points with a known 65+ count
 * @param covered65                    of those, within the 65+ radius of an open site
 * @param covered65Share               covered65 / inhabitants65
 * @param inhabitantsUnknown65         inhabitants of points whose 65+ count is unknown
 * @param coveredInhabitantsUnknown65  of those, inhabitants within the 65+ radius of an open site
 * @param distance                     distance to the nearest open site
 */
public record AreaCoverage(String level, String code, String name, int demandPoints, double inhabitants,
        double coveredInhabitants, Double coveredShare, int uncoveredPoints, double inhabitants65, double covered65,
        Double covered65Share, double inhabitantsUnknown65, double coveredInhabitantsUnknown65,
        DistanceSummary distance) {
}
