package nl.nsp.planner.analysis;

/**
 * The load of one open NSP against the rule of thumb (one NSP per so many inhabitants).
 *
 * @param siteId                       the site's id
 * @param siteIndex                    its index in the site table
 * @param nearestInhabitants           inhabitants for whom it is the nearest open site (ties: lowest index),
 *                                     at any distance that is known
 * @param nearestInhabitantsWithinRadius of those, inhabitants within their radius
 * @param reachableInhabitants         all inhabitants within their radius of this site, whether or not nearer
 *                                     sites exist
 * @param ruleInhabitants              the rule of thumb ({@code Norms.inhabitantsPerNsp})
 * @param loadRatio                    nearestInhabitants / ruleInhabitants
 * @param overRule                     loadRatio > 1
 */
public record NspLoad(String siteId, int siteIndex, double nearestInhabitants, double nearestInhabitantsWithinRadius,
        double reachableInhabitants, double ruleInhabitants, double loadRatio, boolean overRule) {
}
