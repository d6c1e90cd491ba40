// @ts-check
/**
 * The coverage session of the map: which sites are open NSPs, for which region, demand layer and norms. It owns
 * the server-side session (/api/coverage/sessions) and runs every request one after the other, so fast clicks
 * never interleave. Listeners get each new report, the toggle's delta (or the fresh per-point coverage after a
 * new session), the NSP–CP links and the measured round trip.
 *
 * The session is always created with the coördinatiepunten (`cpSiteIds`, possibly none), so every answer has
 * `links`. A toggle's answer has no links: after it the session is read again (GET), which also gives the links.
 * Making a site a CP or not starts a new session with the same open NSPs (the per-point coverage is unchanged,
 * so it is not fetched again).
 *
 * @param {typeof import('../api.js').api} api
 */
export function createCoverageSession(api) {
  let sessionId = '';
  /** @type {Set<string>} */
  let open = new Set();
  /** @type {Set<string>} */
  let cps = new Set();
  /** @type {any} */
  let report = null;
  /** @type {any} */
  let links = null;
  /** @type {any} the last session request (region, layer, norms) */
  let lastRequest = null;
  let lastRoundTripMs = 0;
  let queue = Promise.resolve();
  /** @type {Array<(change: {report: any, links: any, delta?: any, points?: any[], pointsError?: string, roundTripMs: number}) => void>} */
  const listeners = [];

  /** @template T @param {() => Promise<T>} job @returns {Promise<T>} */
  function enqueue(job) {
    const run = queue.then(job);
    queue = run.then(() => undefined, () => undefined);
    return run;
  }

  function notify(change) {
    for (const l of listeners) l(change);
  }

  return {
    /**
     * Starts a new session (the previous one is dropped on the server).
     * @param {{region: string, demandLayer: string, openSiteIds: string[], cpSiteIds?: string[], norms?: import('../api.js').Norms}} request
     *   without cpSiteIds the current CPs are kept
     */
    start(request) {
      return enqueue(async () => {
        const previous = sessionId;
        sessionId = '';
        if (previous) api.deleteCoverageSession(previous).catch(() => undefined);
        const started = performance.now();
        const cpSiteIds = request.cpSiteIds ?? [...cps];
        const created = await api.createCoverageSession({ ...request, cpSiteIds });
        // the statistics stand on their own; a region with too many points for the map (400) only loses the colouring
        /** @type {any[]} */
        let points = [];
        let pointsError = '';
        try {
          points = await api.coveragePoints(created.sessionId);
        } catch (e) {
          pointsError = e instanceof Error ? e.message : String(e);
        }
        sessionId = created.sessionId;
        open = new Set(request.openSiteIds);
        cps = new Set(cpSiteIds);
        lastRequest = { region: request.region, demandLayer: request.demandLayer, norms: request.norms };
        report = created.report;
        links = created.links;
        lastRoundTripMs = performance.now() - started;
        notify({ report, links, points, pointsError, roundTripMs: lastRoundTripMs });
        return report;
      });
    },
    /** Opens a closed site or closes an open one. @param {string} siteId */
    toggle(siteId) {
      return enqueue(async () => {
        if (!sessionId) throw new Error('Er is nog geen dekkingsberekening voor dit gebied.');
        const started = performance.now();
        const answer = await api.toggleCoverageSite(sessionId, siteId);
        if (answer.delta.opened) open.add(siteId); else open.delete(siteId);
        report = answer.report;
        // the links follow the open set: read them (with the report) from the session
        const current = await api.coverageSession(sessionId);
        report = current.report;
        links = current.links;
        lastRoundTripMs = performance.now() - started;
        notify({ report, links, delta: answer.delta, roundTripMs: lastRoundTripMs });
        return answer.delta;
      });
    },
    /** Makes a site a coördinatiepunt or no longer one (a new session, same open NSPs). @param {string} siteId */
    toggleCp(siteId) {
      return enqueue(async () => {
        if (!sessionId || !lastRequest) throw new Error('Er is nog geen dekkingsberekening voor dit gebied.');
        const next = new Set(cps);
        if (next.has(siteId)) next.delete(siteId); else next.add(siteId);
        const started = performance.now();
        const created = await api.createCoverageSession({ ...lastRequest, openSiteIds: [...open], cpSiteIds: [...next] });
        const previous = sessionId;
        api.deleteCoverageSession(previous).catch(() => undefined);
        sessionId = created.sessionId;
        cps = next;
        report = created.report;
        links = created.links;
        lastRoundTripMs = performance.now() - started;
        notify({ report, links, roundTripMs: lastRoundTripMs });
        return cps.has(siteId);
      });
    },
    /** Tells the listeners the current report again (e.g. after the shown area narrowed to a municipality). */
    refresh() {
      return enqueue(async () => {
        if (report) notify({ report, links, roundTripMs: lastRoundTripMs });
      });
    },
    /** Ends the session (e.g. when no region is chosen). */
    stop() {
      return enqueue(async () => {
        if (sessionId) api.deleteCoverageSession(sessionId).catch(() => undefined);
        sessionId = '';
        open = new Set();
        report = null;
        links = null;
      });
    },
    /** @param {string} id */
    isOpen: (id) => open.has(id),
    /** @returns {string[]} */
    openIds: () => [...open],
    /** @param {string} id */
    isCp: (id) => cps.has(id),
    /** @returns {string[]} */
    cpIds: () => [...cps],
    /** The current session id ('' = none), for checks against the API. */
    id: () => sessionId,
    active: () => sessionId !== '',
    /** @param {(change: {report: any, links: any, delta?: any, points?: any[], pointsError?: string, roundTripMs: number}) => void} listener */
    subscribe(listener) { listeners.push(listener); },
  };
}
