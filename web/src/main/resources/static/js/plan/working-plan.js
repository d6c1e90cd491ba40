// @ts-check
/**
 * The working plan: what a planner edits on the map, in the plan shape shared with scenarios and exports
 * (docs/map.md, "Het werkplan"): region, demand layer, norms, NSP and CP site ids, fixed and excluded site ids and
 * the own sites (RD metres, ids "eigen-…"). Panels and the coverage session subscribe to it; every edit goes
 * through it. Pure state: no DOM, no fetch.
 *
 * Invariants kept by the edits: a fixed site is an NSP and not excluded; an excluded site is no NSP and not fixed;
 * every id in a list is unique; removing an own site removes it from every list.
 */

/** @typedef {{radiusMetres: number, radius65Metres: number, urbanityRadiusMetres: Record<string, number>,
 *   linkRangeMetres: number, maxNspPerCp: number, inhabitantsPerNsp: number}} PlanNorms */
/** @typedef {{id: string, name: string, address: string, x: number, y: number}} OwnSite */
/** @typedef {{region: string, demandLayer: string, norms: PlanNorms, nspSiteIds: string[], cpSiteIds: string[],
 *   fixedSiteIds: string[], excludedSiteIds: string[], ownSites: OwnSite[]}} Plan */
/** @typedef {{type: 'restore'|'area'|'norms'|'nsp'|'nsps'|'cp'|'fixed'|'excluded'|'own', id?: string, on?: boolean,
 *   action?: 'add'|'update'|'move'|'remove'}} PlanChange */

/** @returns {PlanNorms} the defaults of the API (reach.Norms.defaults()) */
export function defaultNorms() {
  return { radiusMetres: 1000, radius65Metres: 500, urbanityRadiusMetres: {}, linkRangeMetres: 5000, maxNspPerCp: 20, inhabitantsPerNsp: 5000 };
}

/** @returns {Plan} */
export function emptyPlan() {
  return { region: '', demandLayer: '', norms: defaultNorms(), nspSiteIds: [], cpSiteIds: [], fixedSiteIds: [], excludedSiteIds: [], ownSites: [] };
}

export const OWN_ID_PREFIX = 'eigen-';
const OWN_ID = /^eigen-[A-Za-z0-9_-]{1,60}$/;

/** @param {unknown} v @param {string} what @returns {string[]} */
function idList(v, what) {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) throw new Error(`${what}: een lijst van locatie-id's verwacht`);
  return [...new Set(v)];
}

/**
 * A checked copy of a plan (missing fields get their defaults), e.g. a saved scenario's plan fields.
 * @param {any} plan
 * @returns {Plan}
 * @throws {Error} naming the field that is wrong
 */
export function normalisePlan(plan) {
  if (!plan || typeof plan !== 'object') throw new Error('plan: een object verwacht');
  const norms = { ...defaultNorms(), ...(plan.norms ?? {}) };
  for (const k of ['radiusMetres', 'radius65Metres', 'linkRangeMetres', 'maxNspPerCp', 'inhabitantsPerNsp']) {
    if (!(typeof norms[k] === 'number' && norms[k] > 0)) throw new Error(`norms.${k}: een positief getal verwacht`);
  }
  norms.urbanityRadiusMetres = { ...(norms.urbanityRadiusMetres ?? {}) };
  const ownSites = (plan.ownSites ?? []).map((/** @type {any} */ o, /** @type {number} */ i) => {
    if (!o || !OWN_ID.test(o.id)) throw new Error(`ownSites[${i}].id: "eigen-…" verwacht`);
    if (!(Number.isFinite(o.x) && Number.isFinite(o.y))) throw new Error(`ownSites[${i}]: x en y (RD-meters) verwacht`);
    return { id: o.id, name: String(o.name ?? o.id), address: String(o.address ?? ''), x: o.x, y: o.y };
  });
  if (new Set(ownSites.map((/** @type {OwnSite} */ o) => o.id)).size !== ownSites.length) throw new Error('ownSites: dubbele id');
  const ownIds = new Set(ownSites.map((/** @type {OwnSite} */ o) => o.id));
  for (const field of ['nspSiteIds', 'cpSiteIds', 'fixedSiteIds', 'excludedSiteIds']) {
    const stray = idList(plan[field], field).find((id) => id.startsWith(OWN_ID_PREFIX) && !ownIds.has(id));
    if (stray) throw new Error(`${field}: "${stray}" staat niet in ownSites`);
  }
  const excluded = idList(plan.excludedSiteIds, 'excludedSiteIds');
  const fixed = idList(plan.fixedSiteIds, 'fixedSiteIds').filter((id) => !excluded.includes(id));
  const nsps = [...new Set([...idList(plan.nspSiteIds, 'nspSiteIds'), ...fixed])].filter((id) => !excluded.includes(id));
  return {
    region: String(plan.region ?? ''),
    demandLayer: String(plan.demandLayer ?? ''),
    norms,
    nspSiteIds: nsps,
    cpSiteIds: idList(plan.cpSiteIds, 'cpSiteIds'),
    fixedSiteIds: fixed,
    excludedSiteIds: excluded,
    ownSites,
  };
}

/** @param {Plan} p @returns {Plan} a deep copy */
function copy(p) {
  return {
    ...p,
    norms: { ...p.norms, urbanityRadiusMetres: { ...p.norms.urbanityRadiusMetres } },
    nspSiteIds: [...p.nspSiteIds],
    cpSiteIds: [...p.cpSiteIds],
    fixedSiteIds: [...p.fixedSiteIds],
    excludedSiteIds: [...p.excludedSiteIds],
    ownSites: p.ownSites.map((o) => ({ ...o })),
  };
}

/**
 * @param {string[]} list @param {string} id @param {boolean} on
 * @returns {string[]} the list with the id added (at the end) or removed
 */
function setIn(list, id, on) {
  const has = list.includes(id);
  if (on && !has) return [...list, id];
  if (!on && has) return list.filter((x) => x !== id);
  return list;
}

/**
 * Creates a working plan.
 * @param {{randomId?: () => string}} [options] where new own-site ids come from (tests pass a counter)
 */
export function createWorkingPlan(options = {}) {
  const randomId = options.randomId ?? (() => (globalThis.crypto?.randomUUID?.() ?? String(Math.random()).slice(2)).replace(/-/g, '').slice(0, 8));
  let plan = emptyPlan();
  let revision = 0;
  /** @type {Array<(plan: Plan, change: PlanChange, revision: number) => void>} */
  const listeners = [];

  /** @param {Plan} next @param {PlanChange} change */
  function commit(next, change) {
    plan = next;
    revision++;
    const view = copy(plan);
    for (const l of [...listeners]) l(view, change, revision);
  }

  /** @param {Partial<Plan>} patch @param {PlanChange} change */
  function update(patch, change) {
    commit({ ...plan, ...patch }, change);
  }

  const api = {
    /** @returns {Plan} the plan now (a copy: changing it changes nothing) */
    snapshot: () => copy(plan),
    /**
     * Replaces the whole plan (e.g. a reopened scenario); listeners get `{type: 'restore'}`.
     * @param {any} next @throws {Error} when the plan is malformed (nothing changes then)
     */
    restore(next) {
      commit(normalisePlan(next), { type: 'restore' });
    },
    /**
     * @param {(plan: Plan, change: PlanChange, revision: number) => void} listener called after every change
     * @returns {() => void} unsubscribe
     */
    subscribe(listener) {
      listeners.push(listener);
      return () => { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1); };
    },
    /** Increases with every change (for "unsaved changes"). */
    revision: () => revision,

    /** @param {string} id */ isNsp: (id) => plan.nspSiteIds.includes(id),
    /** @param {string} id */ isCp: (id) => plan.cpSiteIds.includes(id),
    /** @param {string} id */ isFixed: (id) => plan.fixedSiteIds.includes(id),
    /** @param {string} id */ isExcluded: (id) => plan.excludedSiteIds.includes(id),
    /** @param {string} id @returns {OwnSite|undefined} */ ownSite: (id) => plan.ownSites.find((o) => o.id === id),
    /** @param {string} id */ isOwn: (id) => id.startsWith(OWN_ID_PREFIX),

    /** The area the coverage is computed for. @param {string} region @param {string} demandLayer */
    setArea(region, demandLayer) {
      if (region === plan.region && demandLayer === plan.demandLayer) return;
      update({ region, demandLayer }, { type: 'area' });
    },
    /** @param {Partial<PlanNorms>} norms */
    setNorms(norms) {
      const next = { ...plan.norms, ...norms };
      if (JSON.stringify(next) === JSON.stringify(plan.norms)) return;
      update({ norms: next }, { type: 'norms' });
    },
    /** Opens or closes one NSP (closing a fixed one also unfixes it; an excluded one cannot open). @param {string} id @param {boolean} on */
    setNsp(id, on) {
      if (on && plan.excludedSiteIds.includes(id)) return false;
      if (on === plan.nspSiteIds.includes(id)) return false;
      update({ nspSiteIds: setIn(plan.nspSiteIds, id, on), fixedSiteIds: on ? plan.fixedSiteIds : setIn(plan.fixedSiteIds, id, false) },
        { type: 'nsp', id, on });
      return true;
    },
    /** @param {string} id */
    toggleNsp(id) { return api.setNsp(id, !plan.nspSiteIds.includes(id)); },
    /**
     * Exactly these NSPs (e.g. "all polling stations", "none"); fixed sites not listed are unfixed, excluded ones left out.
     * @param {string[]} ids
     */
    setNsps(ids) {
      const nsps = [...new Set(ids)].filter((id) => !plan.excludedSiteIds.includes(id));
      update({ nspSiteIds: nsps, fixedSiteIds: plan.fixedSiteIds.filter((id) => nsps.includes(id)) }, { type: 'nsps' });
    },
    /**
     * Takes an optimiser proposal: its sites become the NSPs, the fixed sites stay (and stay fixed), the CPs stay.
     * @param {string[]} ids
     */
    acceptProposal(ids) {
      const nsps = [...new Set([...plan.fixedSiteIds, ...ids])].filter((id) => !plan.excludedSiteIds.includes(id));
      update({ nspSiteIds: nsps }, { type: 'nsps' });
    },
    /** @param {string} id @param {boolean} on */
    setCp(id, on) {
      if (on === plan.cpSiteIds.includes(id)) return false;
      update({ cpSiteIds: setIn(plan.cpSiteIds, id, on) }, { type: 'cp', id, on });
      return true;
    },
    /** @param {string} id */
    toggleCp(id) { return api.setCp(id, !plan.cpSiteIds.includes(id)); },
    /** A fixed site must stay an NSP: fixing opens it and lifts an exclusion. @param {string} id @param {boolean} on */
    setFixed(id, on) {
      if (on === plan.fixedSiteIds.includes(id)) return false;
      update({
        fixedSiteIds: setIn(plan.fixedSiteIds, id, on),
        nspSiteIds: on ? setIn(plan.nspSiteIds, id, true) : plan.nspSiteIds,
        excludedSiteIds: on ? setIn(plan.excludedSiteIds, id, false) : plan.excludedSiteIds,
      }, { type: 'fixed', id, on });
      return true;
    },
    /** An excluded site must not be used as NSP: excluding closes and unfixes it. @param {string} id @param {boolean} on */
    setExcluded(id, on) {
      if (on === plan.excludedSiteIds.includes(id)) return false;
      update({
        excludedSiteIds: setIn(plan.excludedSiteIds, id, on),
        nspSiteIds: on ? setIn(plan.nspSiteIds, id, false) : plan.nspSiteIds,
        fixedSiteIds: on ? setIn(plan.fixedSiteIds, id, false) : plan.fixedSiteIds,
      }, { type: 'excluded', id, on });
      return true;
    },
    /**
     * Adds an own location (RD metres); by default it becomes an NSP.
     * @param {{name: string, address?: string, x: number, y: number}} site
     * @param {{nsp?: boolean, cp?: boolean}} [roles]
     * @returns {string} its new id
     */
    addOwnSite(site, roles = { nsp: true }) {
      if (!(Number.isFinite(site.x) && Number.isFinite(site.y))) throw new Error('Een eigen locatie heeft x en y (RD-meters) nodig.');
      let id;
      do id = `${OWN_ID_PREFIX}${randomId()}`; while (plan.ownSites.some((o) => o.id === id) || !OWN_ID.test(id));
      const own = { id, name: (site.name || 'Eigen locatie').trim(), address: (site.address ?? '').trim(), x: site.x, y: site.y };
      update({
        ownSites: [...plan.ownSites, own],
        nspSiteIds: roles.nsp ? [...plan.nspSiteIds, id] : plan.nspSiteIds,
        cpSiteIds: roles.cp ? [...plan.cpSiteIds, id] : plan.cpSiteIds,
      }, { type: 'own', id, action: 'add' });
      return id;
    },
    /** Renames or moves an own site. @param {string} id @param {{name?: string, address?: string, x?: number, y?: number}} patch */
    updateOwnSite(id, patch) {
      const old = plan.ownSites.find((o) => o.id === id);
      if (!old) return false;
      const next = { ...old, ...patch, id };
      if (patch.name !== undefined) next.name = patch.name.trim() || old.name;
      if (!(Number.isFinite(next.x) && Number.isFinite(next.y))) throw new Error('Een eigen locatie heeft x en y (RD-meters) nodig.');
      if (next.name === old.name && next.address === old.address && next.x === old.x && next.y === old.y) return false;
      const moved = next.x !== old.x || next.y !== old.y;
      update({ ownSites: plan.ownSites.map((o) => (o.id === id ? next : o)) }, { type: 'own', id, action: moved ? 'move' : 'update' });
      return true;
    },
    /** @param {string} id */
    removeOwnSite(id) {
      if (!plan.ownSites.some((o) => o.id === id)) return false;
      const drop = (/** @type {string[]} */ l) => l.filter((x) => x !== id);
      update({
        ownSites: plan.ownSites.filter((o) => o.id !== id),
        nspSiteIds: drop(plan.nspSiteIds), cpSiteIds: drop(plan.cpSiteIds),
        fixedSiteIds: drop(plan.fixedSiteIds), excludedSiteIds: drop(plan.excludedSiteIds),
      }, { type: 'own', id, action: 'remove' });
      return true;
    },
  };
  return api;
}

/** The map's working plan (one per page). */
export const workingPlan = createWorkingPlan();
