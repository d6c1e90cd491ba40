// @ts-check
import { createOptimisePanel } from '../panels/optimise-panel.js';
import { createProposalLayer } from '../layers/proposal-layer.js';
import { constraintLine } from '../optimise/optimise-format.js';

/**
 * Connects the "Optimaliseren" section to the working plan: a run takes the plan's region, demand layer, radius and
 * max load, its own locations, and its fixed and excluded sites (those that are candidates of the region or own
 * locations; others cannot be used by a regional job and are left out, the panel says how many); "Toon voorstel"
 * draws the proposal (layer "Voorstel optimalisatie"), "Overnemen" makes it the plan's NSPs (fixed sites and CPs
 * stay) and tells `onAccepted` (the scenario panel then offers to save it). A new area forgets the job.
 *
 * @param {{
 *   view: ReturnType<typeof import('../map/map-view.js').createMapView>,
 *   plan: ReturnType<typeof import('../plan/working-plan.js').createWorkingPlan>,
 *   regionSiteIds: () => Set<string>,
 *   onAccepted?: (proposal: any) => void,
 * }} o
 */
export function wireOptimiser(o) {
  const proposals = createProposalLayer(o.view.renderer);

  function constraints() {
    const p = o.plan.snapshot();
    const inRegion = o.regionSiteIds();
    const usable = (/** @type {string} */ id) => inRegion.has(id) || o.plan.isOwn(id);
    const fixed = p.fixedSiteIds.filter(usable);
    const excluded = p.excludedSiteIds.filter(usable);
    const skipped = p.fixedSiteIds.length + p.excludedSiteIds.length - fixed.length - excluded.length;
    return { p, fixed, excluded, skipped };
  }

  const panel = createOptimisePanel({
    context() {
      const { p, fixed, excluded, skipped } = constraints();
      if (!p.region || !p.demandLayer) return null;
      return {
        region: p.region, demandLayer: p.demandLayer, radiusMetres: p.norms.radiusMetres, inhabitantsPerNsp: p.norms.inhabitantsPerNsp,
        fixedSiteIds: fixed, excludedSiteIds: excluded, ownSites: p.ownSites,
        note: constraintLine({ fixed: fixed.length, excluded: excluded.length, own: p.ownSites.length, skipped }),
      };
    },
    onPreview(sites) {
      if (sites) proposals.show(sites); else proposals.clear();
      /** @type {HTMLElement} */ (document.getElementById('optimise-section')).dataset.previewDrawn = String(proposals.drawn());
    },
    onAccept(ids, proposal) {
      o.plan.acceptProposal(ids);
      o.onAccepted?.(proposal);
    },
  });

  function update() {
    const { p, fixed, excluded, skipped } = constraints();
    panel.constraints(constraintLine({ fixed: fixed.length, excluded: excluded.length, own: p.ownSites.length, skipped }));
    panel.setDefaultCapacity(p.norms.inhabitantsPerNsp);
  }
  o.plan.subscribe((_p, change) => {
    if (change.type === 'area' || change.type === 'restore') panel.reset();
    update();
  });
  update();

  return { panel, proposals, update };
}
