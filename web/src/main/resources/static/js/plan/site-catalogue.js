// @ts-check
import { rdToLatLon } from '../geo/rd.js';

/**
 * Every site the map has seen, as GeoJSON features by id: the candidates of the areas loaded so far (so NSPs stay
 * drawn when the view narrows) and the plan's own sites, made into features of kind OWN on the fly.
 *
 * @param {{ownSite: (id: string) => import('./working-plan.js').OwnSite|undefined}} plan
 */
export function createSiteCatalogue(plan) {
  /** @type {Map<string, any>} */
  const candidates = new Map();
  /** @type {Map<string, {key: string, feature: any}>} */
  const own = new Map();

  /** @param {import('./working-plan.js').OwnSite} o */
  function ownFeature(o) {
    const key = `${o.name}|${o.address}|${o.x}|${o.y}`;
    const cached = own.get(o.id);
    if (cached && cached.key === key) return cached.feature;
    const [lat, lon] = rdToLatLon(o.x, o.y);
    const feature = {
      type: 'Feature',
      id: o.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id: o.id, name: o.name, address: o.address, kind: 'OWN', kindLabel: 'eigen locatie', accessibility: 'UNKNOWN',
        buildingUse: '', municipalityCode: '', rdX: o.x, rdY: o.y, attributes: {} },
    };
    own.set(o.id, { key, feature });
    return feature;
  }

  return {
    /** @param {any[]} features candidate features from /api/candidates */
    addCandidates(features) {
      for (const f of features) candidates.set(f.properties.id, f);
    },
    /** @param {string} id @returns {any|undefined} the site's feature */
    siteOf(id) {
      const o = plan.ownSite(id);
      return o ? ownFeature(o) : candidates.get(id);
    },
    /** @param {string} id @returns {string} the site's name (its id when unknown) */
    nameOf(id) {
      const o = plan.ownSite(id);
      return o ? o.name : candidates.get(id)?.properties.name ?? id;
    },
    /** @param {import('./working-plan.js').OwnSite[]} sites @returns {any[]} their features */
    ownFeatures: (sites) => sites.map(ownFeature),
  };
}
