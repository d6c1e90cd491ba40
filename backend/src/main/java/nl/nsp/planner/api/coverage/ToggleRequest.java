package nl.nsp.planner.api.coverage;

import java.util.List;
import nl.nsp.planner.api.plan.OwnSiteRequest;

/**
 * A stateless toggle: the current open set and the site to toggle.
 *
 * @param region      safety region code, or null for the whole country
 * @param demandLayer demand layer name, or null for the primary layer
 * @param openSiteIds the open sites before the toggle
 * @param siteId      the site to open (when closed) or close (when open)
 * @param norms       norms (optional)
 * @param metric      {@code euclidean} (default)
 * @param ownSites    sites the planner added (ids {@code eigen-…})
 */
record ToggleRequest(String region, String demandLayer, List<String> openSiteIds, String siteId, NormsRequest norms,
        String metric, List<OwnSiteRequest> ownSites) {
}
