// @ts-check
/**
 * The coverage session of the map: which sites are open NSPs, for which region, demand layer and norms. It owns
 * the server-side session (/api/coverage/sessions) and runs every request one after the other, so fast clicks
 * never interleave. Listeners get each new report, the toggle's delta (or the fresh per-point coverage after a
 * new session) and the measured round trip.
 *
 * @param {typeof import('../api.js').api} api
 */
export function createCoverageSession(api) {
  let sessionId = '';
  /** @type {Set<string>} */
  let open = new Set();
  /** @type {any} */
  let report = null;
  let lastRoundTripMs = 0;
  let queue = Promise.resolve();
  /** @type {Array<(change: {report: any, delta?: any, points?: any[], pointsError?: string, roundTripMs: number}) => void>} */
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
     * @param {{region: string, demandLayer: string, openSiteIds: string[], norms?: {radiusMetres?: number, radius65Metres?: number}}} request
     */
    start(request) {
      return enqueue(async () => {
        const previous = sessionId;
        sessionId = '';
        if (previous) api.deleteCoverageSession(previous).catch(() => undefined);
        const started = performance.now();
        const created = await api.createCoverageSession(request);
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
        report = created.report;
        lastRoundTripMs = performance.now() - started;
        notify({ report, points, pointsError, roundTripMs: lastRoundTripMs });
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
        lastRoundTripMs = performance.now() - started;
        notify({ report, delta: answer.delta, roundTripMs: lastRoundTripMs });
        return answer.delta;
      });
    },
    /** Tells the listeners the current report again (e.g. after the shown area narrowed to a municipality). */
    refresh() {
      return enqueue(async () => {
        if (report) notify({ report, roundTripMs: lastRoundTripMs });
      });
    },
    /** Ends the session (e.g. when no region is chosen). */
    stop() {
      return enqueue(async () => {
        if (sessionId) api.deleteCoverageSession(sessionId).catch(() => undefined);
        sessionId = '';
        open = new Set();
        report = null;
      });
    },
    /** @param {string} id */
    isOpen: (id) => open.has(id),
    /** @returns {string[]} */
    openIds: () => [...open],
    active: () => sessionId !== '',
    /** @param {(change: {report: any, delta?: any, points?: any[], pointsError?: string, roundTripMs: number}) => void} listener */
    subscribe(listener) { listeners.push(listener); },
  };
}
