// @ts-check
/**
 * The server-side coverage session of the working plan (/api/coverage/sessions). `sync()` brings the session in
 * line with the plan as it is when the request runs: a new session when the region, demand layer, norms, own sites
 * or CPs changed (or many NSPs at once), otherwise one toggle per NSP that opened or closed. Requests run one after
 * the other, so fast clicks never interleave, and queued syncs collapse (a later one finds nothing left to do).
 *
 * Listeners get each new report with the NSP–CP links (the session is always created with `cpSiteIds`), the
 * toggles' deltas (to recolour only the changed cells) or, after a new session, the per-point coverage — unless
 * only the CPs changed, which leaves the colouring as it is — and the measured round trip.
 *
 * @param {typeof import('../api.js').api} api
 * @param {{snapshot: () => import('../plan/working-plan.js').Plan}} plan
 */
export function createCoverageSession(api, plan) {
  /** More NSP changes than this at once: a new session is cheaper than the toggles. */
  const MAX_TOGGLES = 8;
  let sessionId = '';
  /** region|layer|norms|own sites of the session (what the per-point colouring depends on besides the NSPs) */
  let pointsKey = '';
  let cpKey = '';
  /** @type {Set<string>} */
  let open = new Set();
  /** @type {any} */
  let report = null;
  /** @type {any} */
  let links = null;
  let lastRoundTripMs = 0;
  let queue = Promise.resolve();
  /** @typedef {{report: any, links: any, deltas?: any[], points?: any[], pointsError?: string, roundTripMs: number}} Change */
  /** @type {Array<(change: Change) => void>} */
  const listeners = [];

  /** @template T @param {() => Promise<T>} job @returns {Promise<T>} */
  function enqueue(job) {
    const run = queue.then(job);
    queue = run.then(() => undefined, () => undefined);
    return run;
  }

  /** @param {Change} change */
  function notify(change) {
    for (const l of listeners) l(change);
  }

  /** @param {import('../plan/working-plan.js').Plan} p */
  const keyOf = (p) => JSON.stringify([p.region, p.demandLayer, p.norms, p.ownSites]);

  /** @param {import('../plan/working-plan.js').Plan} p @param {boolean} withPoints */
  async function create(p, withPoints) {
    const previous = sessionId;
    sessionId = '';
    if (previous) api.deleteCoverageSession(previous).catch(() => undefined);
    const started = performance.now();
    const created = await api.createCoverageSession({
      region: p.region, demandLayer: p.demandLayer, openSiteIds: p.nspSiteIds, cpSiteIds: p.cpSiteIds, norms: p.norms,
      ownSites: p.ownSites,
    });
    /** @type {any[]|undefined} */
    let points;
    let pointsError = '';
    if (withPoints) {
      // the statistics stand on their own; a region with too many points for the map (400) only loses the colouring
      try {
        points = await api.coveragePoints(created.sessionId);
      } catch (e) {
        points = [];
        pointsError = e instanceof Error ? e.message : String(e);
      }
    }
    sessionId = created.sessionId;
    pointsKey = keyOf(p);
    cpKey = JSON.stringify(p.cpSiteIds);
    open = new Set(p.nspSiteIds);
    report = created.report;
    links = created.links;
    lastRoundTripMs = performance.now() - started;
    notify({ report, links, points, pointsError, roundTripMs: lastRoundTripMs });
  }

  return {
    /**
     * Brings the session in line with the plan (queued).
     * @returns {Promise<boolean>} whether the listeners were told (false: the session already matched the plan)
     */
    sync() {
      return enqueue(async () => {
        const p = plan.snapshot();
        if (!p.region || !p.demandLayer) {
          if (sessionId) api.deleteCoverageSession(sessionId).catch(() => undefined);
          sessionId = '';
          pointsKey = '';
          open = new Set();
          report = null;
          links = null;
          return false;
        }
        const wanted = new Set(p.nspSiteIds);
        const changed = [...open].filter((id) => !wanted.has(id)).concat(p.nspSiteIds.filter((id) => !open.has(id)));
        const sameColouring = sessionId !== '' && keyOf(p) === pointsKey;
        if (!sameColouring || changed.length > MAX_TOGGLES) {
          await create(p, true);
          return true;
        }
        if (JSON.stringify(p.cpSiteIds) !== cpKey) {
          // a CP change: a new session; the per-point colouring follows the NSPs only, so it is kept if they did not change
          await create(p, changed.length > 0);
          return true;
        }
        if (changed.length === 0) return false;
        const started = performance.now();
        const deltas = [];
        for (const id of changed) {
          const answer = await api.toggleCoverageSite(sessionId, id);
          if (answer.delta.opened) open.add(id); else open.delete(id);
          deltas.push(answer.delta);
        }
        // the links follow the open set: read them (with the report) from the session
        const current = await api.coverageSession(sessionId);
        report = current.report;
        links = current.links;
        lastRoundTripMs = performance.now() - started;
        notify({ report, links, deltas, roundTripMs: lastRoundTripMs });
        return true;
      });
    },
    /** Tells the listeners the current report again (e.g. after the shown area narrowed to a municipality). */
    refresh() {
      return enqueue(async () => {
        if (report) notify({ report, links, roundTripMs: lastRoundTripMs });
      });
    },
    /**
     * The demand points within the radius of one site in the current session (GET …/reach/{siteId}).
     * @param {string} siteId @returns {Promise<any>} null when there is no session
     */
    reach(siteId) {
      return enqueue(async () => (sessionId ? api.coverageReach(sessionId, siteId) : null));
    },
    /** @param {string} id whether the server session has this NSP open */
    isOpen: (id) => open.has(id),
    /** @returns {string[]} */
    openIds: () => [...open],
    /** The current session id ('' = none), for checks against the API. */
    id: () => sessionId,
    active: () => sessionId !== '',
    /** @param {(change: Change) => void} listener */
    subscribe(listener) { listeners.push(listener); },
  };
}
