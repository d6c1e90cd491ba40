// @ts-check
/** Dutch wording of who is logged in; DOM-free, so `node --test` checks it. */

/** @typedef {import('./api.js').Account} Account */

/**
 * What the header shows: "lokale modus" without accounts, else the name and the role with its area.
 * @param {Account} account
 * @returns {string}
 */
export function describeAccount(account) {
  if (account.mode === 'local') return 'lokale modus';
  if (!account.authenticated) return 'niet ingelogd';
  return `${account.name} · ${describeRole(account)}`;
}

/**
 * @param {Account} account
 * @returns {string}
 */
export function describeRole(account) {
  switch (account.role) {
    case 'national': return 'landelijk';
    case 'region': return `regio ${account.region}`;
    case 'municipality': return `gemeente ${account.municipality} (${account.region})`;
    case 'viewer': return account.region ? `meekijker ${account.region}` : 'meekijker (alle regio’s)';
    default: return account.role ?? '';
  }
}

/**
 * The Dutch message for a failed login.
 * @param {number} status HTTP status of POST /api/login
 * @returns {string}
 */
export function loginFailure(status) {
  if (status === 401) return 'Onjuiste gebruikersnaam of wachtwoord, of het account is uitgeschakeld.';
  if (status === 429) return 'Te veel mislukte pogingen met deze naam. Wacht een halve minuut en probeer het opnieuw.';
  if (status === 403) return 'De pagina was verlopen. Probeer het nog eens.';
  if (status === 0) return 'De server is niet bereikbaar.';
  return `Inloggen mislukt (fout ${status}).`;
}

/**
 * Where to go after logging in: the `terug` parameter when it is a path on this server, else the map.
 * @param {string} search location.search of the login page
 * @returns {string}
 */
export function returnPath(search) {
  const back = new URLSearchParams(search).get('terug');
  return back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/login.html') ? back : '/';
}
