// @ts-check
/** The only module that talks to the server. Every function returns parsed JSON or throws an ApiError. */

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status (0 when the server was unreachable)
   * @param {string} message the server's one-line message
   * @param {Array<{file?: string, line?: number, field?: string, reason: string}>} errors the server's error list
   */
  constructor(status, message, errors) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

/**
 * @param {string} path
 * @param {Record<string, string|number|undefined|null>} [params]
 */
async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, `Server niet bereikbaar (${url})`, []);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) toLoginPage();
    throw new ApiError(response.status, body?.message ?? response.statusText, body?.errors ?? []);
  }
  return body;
}

/**
 * The server mode's CSRF header: the value of the XSRF-TOKEN cookie the server sets, sent back as X-XSRF-TOKEN on
 * every POST, PUT and DELETE (the local mode sets no cookie and needs none).
 * @returns {Record<string, string>}
 */
function csrfHeader() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match.slice('XSRF-TOKEN='.length)) } : {};
}

/** After a 401 (the session ended, or never began): the login page, which comes back here afterwards. */
function toLoginPage() {
  if (location.pathname.endsWith('/login.html')) return;
  location.assign(`/login.html?terug=${encodeURIComponent(location.pathname + location.search + location.hash)}`);
}

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body] sent as JSON
 */
async function sendJson(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { Accept: 'application/json', ...csrfHeader() }
        : { Accept: 'application/json', 'Content-Type': 'application/json', ...csrfHeader() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, `Server niet bereikbaar (${path})`, []);
  }
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) toLoginPage();
    throw new ApiError(response.status, json?.message ?? response.statusText, json?.errors ?? []);
  }
  return json;
}

/**
 * POST /api/login as a form (username, password); a 401 here is a wrong password, not a reason to leave the page.
 * @param {string} username @param {string} password
 */
async function postLogin(username, password) {
  let response;
  try {
    response = await fetch('/api/login', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', ...csrfHeader() },
      body: new URLSearchParams({ username, password }).toString(),
    });
  } catch (e) {
    throw new ApiError(0, 'Server niet bereikbaar (/api/login)', []);
  }
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, json?.message ?? response.statusText, json?.errors ?? []);
  }
  return json;
}

/** @typedef {{radiusMetres?: number, radius65Metres?: number, urbanityRadiusMetres?: Record<string, number>,
 *   linkRangeMetres?: number, maxNspPerCp?: number, inhabitantsPerNsp?: number}} Norms */
/** @typedef {{id: string, name: string, address: string, x: number, y: number}} OwnSite */
/** @typedef {{code: string, name: string, inhabitants: number, municipalityCount: number, bbox: number[]|null}} Region */
/** @typedef {{name: string, description: string, primary: boolean, points: number, inhabitants: number, cellSizeMetres: number}} DemandLayer */
/** @typedef {{region?: string, municipality?: string, bbox?: string}} AreaQuery */

/** @typedef {{mode: 'local'|'server', authenticated: boolean, name?: string, role?: string, region?: string, municipality?: string}} Account */

export const api = {
  /** Who is logged in (200 also before login; sets the CSRF cookie). @returns {Promise<Account>} */
  account: () => getJson('/api/account'),
  /** @param {string} username @param {string} password @returns {Promise<Account>} */
  login: (username, password) => postLogin(username, password),
  /** Ends the session (204). */
  logout: () => sendJson('POST', '/api/logout'),
  /** @returns {Promise<{baseMaps: Array<{name: string, url: string, attribution: string}>, defaultRegion: string, storeEmpty: boolean, dataVersion: number|null}>} */
  config: () => getJson('/api/config'),
  /** @returns {Promise<Region[]>} */
  regions: () => getJson('/api/regions'),
  /** @param {string} code */
  region: (code) => getJson(`/api/regions/${encodeURIComponent(code)}`),
  /** @param {string|undefined} region @param {number} [simplify] */
  municipalities: (region, simplify) => getJson('/api/municipalities', { region, simplify }),
  /** @returns {Promise<DemandLayer[]>} */
  demandLayers: () => getJson('/api/demand/layers'),
  /** @param {string} layer @param {AreaQuery} area */
  demand: (layer, area) => getJson('/api/demand', { layer, ...area }),
  /** @param {AreaQuery} area */
  candidates: (area) => getJson('/api/candidates', { ...area }),
  importReport: () => getJson('/api/import/report'),
  /**
   * A coverage session for a region, a demand layer and a set of open sites (201 {sessionId, report, links}).
   * With `cpSiteIds` the answer's `links` holds the NSP–CP links.
   * @param {{region: string, demandLayer: string, openSiteIds: string[], cpSiteIds?: string[], norms?: Norms,
   *   ownSites?: OwnSite[]}} request
   */
  createCoverageSession: (request) => sendJson('POST', '/api/coverage/sessions', request),
  /** The session's full statistics and its NSP–CP links: {sessionId, report, links}. @param {string} sessionId */
  coverageSession: (sessionId) => getJson(`/api/coverage/sessions/${encodeURIComponent(sessionId)}`),
  /** Opens or closes one site; with the full report. @param {string} sessionId @param {string} siteId */
  toggleCoverageSite: (sessionId, siteId) =>
    sendJson('POST', `/api/coverage/sessions/${encodeURIComponent(sessionId)}/toggle/${encodeURIComponent(siteId)}?full=true`),
  /**
   * Per demand point of the session: covered, covered65, nearestSiteId (optionally limited to an RD box).
   * @param {string} sessionId @param {{minX: number, minY: number, maxX: number, maxY: number}} [box]
   */
  coveragePoints: (sessionId, box) => getJson(`/api/coverage/sessions/${encodeURIComponent(sessionId)}/points`, { ...box }),
  /** The demand points within the radius of one site (open or not). @param {string} sessionId @param {string} siteId */
  coverageReach: (sessionId, siteId) =>
    getJson(`/api/coverage/sessions/${encodeURIComponent(sessionId)}/reach/${encodeURIComponent(siteId)}`),
  /** @param {string} sessionId */
  deleteCoverageSession: (sessionId) => sendJson('DELETE', `/api/coverage/sessions/${encodeURIComponent(sessionId)}`),
  /** Saved scenarios, most recently changed first (summaries). @param {string} [region] only this region's */
  scenarios: (region) => getJson('/api/scenarios', { region }),
  /** One saved scenario with its plan and sites. @param {string} id */
  scenario: (id) => getJson(`/api/scenarios/${encodeURIComponent(id)}`),
  /** Saves a plan as a new scenario (201, version 1). @param {any} body plan + name, author, description */
  createScenario: (body) => sendJson('POST', '/api/scenarios', body),
  /** Saves a plan over a scenario; `body.version` is the version read (409 when someone saved in between). @param {string} id @param {any} body */
  updateScenario: (id, body) => sendJson('PUT', `/api/scenarios/${encodeURIComponent(id)}`, body),
  /** @param {string} id @param {number} version the version read (409 when stale) */
  deleteScenario: (id, version) => sendJson('DELETE', `/api/scenarios/${encodeURIComponent(id)}?version=${encodeURIComponent(version)}`),
  /** A copy (version 1, not published). @param {string} id @param {{name?: string, author?: string}} body */
  duplicateScenario: (id, body) => sendJson('POST', `/api/scenarios/${encodeURIComponent(id)}/duplicate`, body),
  /** Publishes (withdrawing the region's other published one) or withdraws. @param {string} id @param {boolean} published @param {number} version */
  publishScenario: (id, published, version) => sendJson('PUT', `/api/scenarios/${encodeURIComponent(id)}/published`, { published, version }),
  /** Two scenarios side by side. @param {string} a @param {string} b @param {boolean} [use65] changed cells by the 65+ radius */
  compareScenarios: (a, b, use65) => getJson('/api/scenarios/compare', { a, b, use65: use65 ? 'true' : undefined }),
  /** Reads a GeoJSON (already parsed) into a plan; nothing is saved. @param {unknown} geojson */
  importPlan: (geojson) => sendJson('POST', '/api/scenarios/import', geojson),
  /**
   * Where a saved scenario's export is downloaded (a link, not a fetch: the browser saves the file).
   * @param {string} id @param {'geojson'|'csv'|'gpkg'|'statistics'|'print'} kind @param {string} [municipality] print only this one
   */
  scenarioExportUrl: (id, kind, municipality) => {
    const base = `/api/scenarios/${encodeURIComponent(id)}`;
    if (kind === 'print') return municipality ? `${base}/print?municipality=${encodeURIComponent(municipality)}` : `${base}/print`;
    return `${base}/export/${kind === 'statistics' ? 'statistics.csv' : `sites.${kind}`}`;
  },
  /**
   * Starts an optimisation job (202 {jobId, status}); see docs/api.md "Optimisation jobs".
   * @param {{region: string, demandLayer?: string, model: string, p?: number, radiusMetres?: number, target?: number,
   *   capacity?: number, timeLimitSeconds?: number, exact?: boolean, fixedSiteIds?: string[], excludedSiteIds?: string[],
   *   ownSites?: OwnSite[], curve?: boolean, maxP?: number}} request
   */
  startOptimisation: (request) => sendJson('POST', '/api/optimisations', request),
  /** The job's status, progress, best objective and bound. @param {string} jobId */
  optimisation: (jobId) => getJson(`/api/optimisations/${encodeURIComponent(jobId)}`),
  /** The proposal of a finished job (409 unless done). @param {string} jobId */
  optimisationResult: (jobId) => getJson(`/api/optimisations/${encodeURIComponent(jobId)}/result`),
  /** Cancels a queued or running job (409 when it has ended). @param {string} jobId */
  cancelOptimisation: (jobId) => sendJson('DELETE', `/api/optimisations/${encodeURIComponent(jobId)}`),
  /**
   * Places for a query: coordinates, PC4 postcodes, candidate sites, and online addresses when configured.
   * @param {string} q @param {string} [region] sites of this region first
   * @returns {Promise<{query: string, results: any[], online: {status: string, message?: string}}>}
   */
  geocode: (q, region) => getJson('/api/geocode', { q, region }),
  /**
   * Starts a national report job (202 {jobId, status}); see docs/api.md "National report".
   * @param {Record<string, unknown>} request
   */
  startNationalReport: (request) => sendJson('POST', '/api/reports/national', request),
  /** Status and progress; when done the files and the headline numbers. @param {string} jobId */
  nationalReport: (jobId) => getJson(`/api/reports/national/${encodeURIComponent(jobId)}`),
  /** Cancels a queued or running report (409 when it has ended). @param {string} jobId */
  cancelNationalReport: (jobId) => sendJson('DELETE', `/api/reports/national/${encodeURIComponent(jobId)}`),
  /** Where a file of a finished report is served. @param {string} jobId @param {string} name @param {boolean} [download] */
  nationalReportFileUrl: (jobId, name, download = false) =>
    `/api/reports/national/${encodeURIComponent(jobId)}/files/${encodeURIComponent(name)}${download ? '?download=true' : ''}`,
};
