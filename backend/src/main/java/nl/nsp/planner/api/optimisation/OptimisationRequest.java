package nl.nsp.planner.api.optimisation;

import java.util.List;
import nl.nsp.planner.api.plan.OwnSiteRequest;

/**
 * Body of {@code POST /api/optimisations}: which region and demand, which model, its parameters and the run limits.
 *
 * @param region           safety region code (VR01..VR25), required
 * @param demandLayer      demand layer name, or null for the primary layer
 * @param model            {@code mclp}, {@code lscp}, {@code pmedian} or {@code cmclp}
 * @param p                number of sites; required for mclp, pmedian and cmclp (not for a curve), 1..candidates
 * @param radiusMetres     coverage radius, in (0, 5000] (default 1,000)
 * @param target           lscp: share of the weight to cover, in (0, 1] (default: every coverable point)
 * @param capacity         cmclp: weight one site can serve, > 0 (default 5,000)
 * @param fixedSiteIds     candidate or own-site ids that must be chosen
 * @param excludedSiteIds  candidate or own-site ids that must not be chosen
 * @param timeLimitSeconds wall-clock limit, in (0, 600] (default 30)
 * @param exact            solve with the MIP solver instead of the heuristic (default false)
 * @param ownSites         sites the planner added (ids {@code eigen-…}); they are candidates like the region's own
 * @param curve            mclp only: compute the trade-off curve, coverage for p = 1 .. {@code maxP} (or full coverage)
 * @param maxP             largest p on the curve, 1..min(1000, candidates); default min(250, candidates)
 */
record OptimisationRequest(String region, String demandLayer, String model, Integer p, Double radiusMetres, Double target,
        Double capacity, List<String> fixedSiteIds, List<String> excludedSiteIds, Double timeLimitSeconds, Boolean exact,
        List<OwnSiteRequest> ownSites, Boolean curve, Integer maxP) {
}
