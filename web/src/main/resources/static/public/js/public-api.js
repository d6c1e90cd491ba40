// @ts-check
/**
 * The public page's only module that talks to the server: the read-only endpoints under /api/public, nothing else
 * (the page must keep working when everything but /public/** and /api/public/** requires an account).
 */

export class LookupError extends Error {
  /** @param {number} status HTTP status (0 = server unreachable) @param {string} message Dutch, for the resident */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {string} path @param {Record<string, string>} [params] */
async function getJson(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new LookupError(0, 'De server is nu niet bereikbaar. Probeer het later opnieuw.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new LookupError(response.status, body?.errors?.[0]?.reason ?? body?.message ?? 'Er ging iets mis. Probeer het later opnieuw.');
  }
  return body;
}

/**
 * @typedef {{number: number, name: string, address: string, lon: number, lat: number, distanceMetres: number}} Nsp
 * @typedef {{postcode: string, pc4: string, resolvedToPc4: boolean, note: string, municipality: string, region: string,
 *   from: {lon: number, lat: number}, nsps: Nsp[]}} Nearest
 */

export const publicApi = {
  /** @param {string} postcode @returns {Promise<Nearest>} */
  nearest: (postcode) => getJson('/api/public/nearest', { postcode }),
  /** @returns {Promise<{baseMap: {url: string, attribution: string}|null}>} */
  config: () => getJson('/api/public/config'),
};
