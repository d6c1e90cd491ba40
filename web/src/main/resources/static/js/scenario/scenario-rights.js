// @ts-check
/**
 * What the caller's account may do with the scenarios of one region, mirroring the server's AccessRules
 * (docs/server.md#roles), so the panel offers only what the server will accept. DOM-free: `node --test` checks it.
 * The server stays the judge: a refused request still answers 403 with its reason.
 */

/** @typedef {import('../api.js').Account} Account */

/**
 * @typedef {object} Rights
 * @property {boolean} manage create, duplicate, publish or withdraw, delete
 * @property {boolean} change save a new version of an existing scenario
 * @property {string} reason Dutch sentence why not everything is allowed ('' when it is)
 */

/**
 * @param {Account|null} account GET /api/account, null while unknown (then everything: the local mode is the common case)
 * @param {string} region the working plan's region ('' = none chosen)
 * @returns {Rights}
 */
export function scenarioRights(account, region) {
  const all = { manage: true, change: true, reason: '' };
  if (!account || account.mode !== 'server') return all;
  if (!account.authenticated) return { manage: false, change: false, reason: 'Log in om scenario’s op te slaan.' };
  const own = !region || region === account.region;
  switch (account.role) {
    case 'region':
      return own ? all : { manage: false, change: false,
        reason: `Alleen lezen: uw account plant in ${account.region}, niet in ${region}.` };
    case 'municipality':
      return own ? { manage: false, change: true,
        reason: `Uw account (gemeente ${account.municipality}) mag in bestaande scenario’s van ${account.region} alleen locaties in de eigen gemeente wijzigen; nieuwe scenario’s, kopieën, publiceren en verwijderen doet de regio.` }
        : { manage: false, change: false, reason: `Alleen lezen: uw account hoort bij ${account.region}, niet bij ${region}.` };
    case 'national':
      return { manage: false, change: false, reason: 'Alleen lezen: een landelijk account vergelijkt en leest, maar wijzigt geen scenario’s.' };
    default:
      return { manage: false, change: false, reason: 'Alleen lezen: uw account mag scenario’s bekijken, niet wijzigen.' };
  }
}
