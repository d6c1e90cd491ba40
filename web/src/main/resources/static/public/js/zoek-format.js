// @ts-check
/** DOM-free text of the public lookup page (tested with node --test). */

const metres = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const km = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A straight-line distance as residents read it: "230 m", "1,2 km".
 * @param {number} m metres
 */
export function formatDistance(m) {
  return m < 1000 ? `${metres.format(m)} m` : `${km.format(m / 1000)} km`;
}

/**
 * The postcode as typed, tidied for the request and the address bar ("3011ab " -> "3011AB"); null when it cannot be
 * a postcode, so the page can say so before asking the server.
 * @param {string} typed
 */
export function tidyPostcode(typed) {
  const compact = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[1-9][0-9]{3}([A-Z]{2})?$/.test(compact) ? compact : null;
}

/**
 * The heading above the list.
 * @param {{postcode: string, municipality: string, nsps: unknown[]}} answer
 */
export function resultTitle(answer) {
  const n = answer.nsps.length;
  const what = n === 1 ? 'Het dichtstbijzijnde noodsteunpunt' : `De ${n} dichtstbijzijnde noodsteunpunten`;
  return `${what} bij postcode ${answer.postcode} (${answer.municipality})`;
}
