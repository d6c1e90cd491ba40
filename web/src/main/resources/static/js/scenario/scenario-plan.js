// @ts-check
/**
 * DOM-free helpers of the scenario panel: the plan a saved scenario holds, whether two plans are the same plan,
 * what changed between them (in Dutch), and the request body that saves a plan. No DOM, no fetch.
 *
 * Two plans are the same when they have the same region, demand layer, norms, the same sets of NSP, CP, fixed and
 * excluded ids, and the same own locations (by id, with name, address and position): the order of a list carries no
 * meaning (the server returns a site that is both NSP and CP once, so its CP order may differ from the one sent).
 */
import { counted } from '../format.js';
import { normalisePlan } from '../plan/working-plan.js';

/** @typedef {import('../plan/working-plan.js').Plan} Plan */

const LIST_FIELDS = /** @type {const} */ (['nspSiteIds', 'cpSiteIds', 'fixedSiteIds', 'excludedSiteIds']);
const NORM_FIELDS = /** @type {const} */ (['radiusMetres', 'radius65Metres', 'linkRangeMetres', 'maxNspPerCp', 'inhabitantsPerNsp']);

/**
 * The plan of a saved scenario (GET /api/scenarios/{id}), optionally without some site ids (candidates the current
 * data set no longer has: the server would refuse to compute or save them).
 * @param {any} scenario
 * @param {Set<string>} [drop]
 * @returns {Plan}
 * @throws {Error} when the scenario's plan is malformed
 */
export function planOf(scenario, drop = new Set()) {
  const keep = (/** @type {string[]|undefined} */ ids) => (ids ?? []).filter((id) => !drop.has(id));
  return normalisePlan({
    region: scenario.region,
    demandLayer: scenario.demandLayer,
    norms: scenario.norms,
    nspSiteIds: keep(scenario.nspSiteIds),
    cpSiteIds: keep(scenario.cpSiteIds),
    fixedSiteIds: keep(scenario.fixedSiteIds),
    excludedSiteIds: keep(scenario.excludedSiteIds),
    ownSites: scenario.ownSites ?? [],
  });
}

/** @param {Plan} p @returns {boolean} the plan holds something worth saving (sites or own locations) */
export function hasContent(p) {
  return LIST_FIELDS.some((f) => p[f].length > 0) || p.ownSites.length > 0;
}

/** @param {Record<string, number>|undefined} m */
function sortedEntries(m) {
  return JSON.stringify(Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** @param {Plan['norms']} a @param {Plan['norms']} b */
function sameNorms(a, b) {
  return NORM_FIELDS.every((k) => a[k] === b[k]) && sortedEntries(a.urbanityRadiusMetres) === sortedEntries(b.urbanityRadiusMetres);
}

/** @param {string[]} a @param {string[]} b @returns {{added: string[], removed: string[]}} b against a */
function setDifference(a, b) {
  const inA = new Set(a);
  const inB = new Set(b);
  return { added: b.filter((id) => !inA.has(id)), removed: a.filter((id) => !inB.has(id)) };
}

/**
 * What changed from plan `saved` to plan `current`, as short Dutch phrases ("2 NSP's erbij", "normen"); empty when
 * they are the same plan.
 * @param {Plan} saved @param {Plan} current
 * @returns {string[]}
 */
export function describeChanges(saved, current) {
  const out = [];
  if (saved.region !== current.region) out.push(`regio ${current.region || 'geen'} in plaats van ${saved.region || 'geen'}`);
  if (saved.demandLayer !== current.demandLayer) out.push(`bevolkingslaag ${current.demandLayer || 'geen'}`);
  if (!sameNorms(saved.norms, current.norms)) out.push('normen');
  const nsp = setDifference(saved.nspSiteIds, current.nspSiteIds);
  if (nsp.added.length) out.push(`${counted(nsp.added.length, 'NSP', "NSP's")} erbij`);
  if (nsp.removed.length) out.push(`${counted(nsp.removed.length, 'NSP', "NSP's")} eraf`);
  const cp = setDifference(saved.cpSiteIds, current.cpSiteIds);
  if (cp.added.length) out.push(`${counted(cp.added.length, 'CP', "CP's")} erbij`);
  if (cp.removed.length) out.push(`${counted(cp.removed.length, 'CP', "CP's")} eraf`);
  const fixed = setDifference(saved.fixedSiteIds, current.fixedSiteIds);
  if (fixed.added.length || fixed.removed.length) out.push('vaste locaties');
  const excluded = setDifference(saved.excludedSiteIds, current.excludedSiteIds);
  if (excluded.added.length || excluded.removed.length) out.push('uitgesloten locaties');
  const ownKey = (/** @type {Plan['ownSites'][number]} */ o) => JSON.stringify([o.id, o.name, o.address, o.x, o.y]);
  const own = setDifference(saved.ownSites.map(ownKey), current.ownSites.map(ownKey));
  if (own.added.length || own.removed.length) out.push('eigen locaties');
  return out;
}

/** @param {Plan} a @param {Plan} b @returns {boolean} the same plan (lists as sets, see the module comment) */
export function samePlan(a, b) {
  return describeChanges(a, b).length === 0;
}

/**
 * The body of POST /api/scenarios (and, with `version`, of PUT /api/scenarios/{id}): the plan plus its name,
 * author and description.
 * @param {Plan} plan
 * @param {{name: string, author: string, description: string}} meta
 * @param {number} [version] the version the change was made on (PUT)
 */
export function saveBody(plan, meta, version) {
  /** @type {any} */
  const body = {
    name: meta.name.trim(),
    author: meta.author.trim(),
    description: meta.description,
    region: plan.region,
    demandLayer: plan.demandLayer,
    norms: plan.norms,
    nspSiteIds: plan.nspSiteIds,
    cpSiteIds: plan.cpSiteIds,
    fixedSiteIds: plan.fixedSiteIds,
    excludedSiteIds: plan.excludedSiteIds,
    ownSites: plan.ownSites,
  };
  if (version !== undefined) body.version = version;
  return body;
}

/** The longest scenario name the server takes (ScenarioContent.MAX_NAME_LENGTH). */
export const MAX_NAME_LENGTH = 200;

/**
 * A name for a copy of the scenario `name`, within the server's limit, as the server names a duplicate: "Kopie van
 * Rijnmond basis".
 * @param {string} name
 */
export function copyName(name) {
  const prefix = 'Kopie van ';
  return `${prefix}${name.trim().slice(0, MAX_NAME_LENGTH - prefix.length)}`;
}

/**
 * A scenario name from an imported file's name: "noodsteunpunten-vr17-basis.geojson" → "noodsteunpunten-vr17-basis".
 * @param {string} fileName
 */
export function nameFromFile(fileName) {
  return fileName.replace(/\.(geo)?json$/i, '').trim().slice(0, MAX_NAME_LENGTH) || 'Geïmporteerd plan';
}
