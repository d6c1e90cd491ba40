// @ts-check
/** DOM-free logic of the report page: the request from the form values, status lines and the summary text. */
import { counted, formatCount } from '../format.js';

/** @typedef {{status: string, phase?: string, progress: number, elapsedSeconds: number, error?: string,
 *   summary?: {regions: number, headlineNorm: string, headlineTarget: number, nsp: number, nspLowerBound: number,
 *   ruleOfThumb: number, cp: number, oneOffEur: number, yearlyEur: number, nationalSeconds: number},
 *   files?: Array<{name: string, bytes: number, url: string}>}} ReportStatus */

const PHASES = { regions: 'regio\'s doorrekenen', outage: 'uitvalscenario', report: 'rapport schrijven' };

/** @param {string} status */
export const isFinal = (status) => status === 'done' || status === 'failed' || status === 'cancelled';

/**
 * The POST body from the form values; empty fields are left out so the server's defaults apply.
 * @param {{regions: string[], allRegions: boolean, norm: string, target: string, basis: string, cooperation: boolean,
 *   urbanity: boolean, key: string, costsCsv: string, realisedCsv: string, outageMunicipalities: string,
 *   outageArea: string, unavailableSites: string, outageLabel: string}} v
 */
export function reportRequest(v) {
  /** @type {Record<string, unknown>} */
  const body = {};
  if (!v.allRegions) body.regions = v.regions;
  if (v.norm === '65plus') body.headline65 = true;
  else body.headlineRadiusMetres = Number(v.norm);
  body.headlineTarget = Number(v.target);
  body.targetBasis = v.basis;
  body.cooperation = v.cooperation;
  body.urbanity = v.urbanity;
  body.accountabilityKey = v.key;
  if (v.costsCsv.trim()) body.costsCsv = v.costsCsv;
  if (v.realisedCsv.trim()) body.realisedCsv = v.realisedCsv;
  const municipalities = v.outageMunicipalities.split(/[\s,;]+/).filter((s) => s);
  const sites = v.unavailableSites.split(/[\s,;]+/).filter((s) => s);
  if (municipalities.length || v.outageArea.trim() || sites.length) {
    /** @type {Record<string, unknown>} */
    const outage = {};
    if (v.outageLabel.trim()) outage.label = v.outageLabel.trim();
    if (municipalities.length) outage.municipalities = municipalities;
    if (v.outageArea.trim()) outage.area = v.outageArea;
    if (sites.length) outage.unavailableSiteIds = sites;
    body.outage = outage;
  }
  return body;
}

/** @param {ReportStatus} s */
export function statusLine(s) {
  const secs = `${Math.round(s.elapsedSeconds)} s`;
  switch (s.status) {
    case 'queued': return 'in de wachtrij';
    case 'running': return `bezig: ${PHASES[/** @type {keyof typeof PHASES} */ (s.phase)] ?? 'starten'} (${Math.round(100 * s.progress)} %, ${secs})`;
    case 'done': return `klaar (${secs})`;
    case 'cancelled': return 'geannuleerd';
    case 'failed': return `mislukt: ${s.error ?? 'onbekende fout'}`;
    default: return s.status;
  }
}

/** @param {number} eur */
function euros(eur) {
  return eur >= 1e6 ? `€ ${(eur / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} mln` : `€ ${formatCount(eur)}`;
}

/** The headline in one sentence. @param {NonNullable<ReportStatus['summary']>} m */
export function summaryLine(m) {
  const target = `${Math.round(m.headlineTarget * 100)} %`;
  const norm = m.headlineNorm.startsWith('65plus') ? '65+ binnen 500 m' : `${formatCount(Number(m.headlineNorm.slice(1)))} m`;
  return `${formatCount(m.nsp)} NSP's (ondergrens ${formatCount(m.nspLowerBound)}) bij ${norm}, ${target}; `
    + `vuistregel ${formatCount(m.ruleOfThumb)}; ${formatCount(m.cp)} CP's; ${euros(m.oneOffEur)} eenmalig, `
    + `${euros(m.yearlyEur)} per jaar (${counted(m.regions, 'regio', "regio's")}).`;
}

/** A file size in kB or MB. @param {number} bytes */
export function fileSize(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
    : `${formatCount(Math.max(1, Math.round(bytes / 1000)))} kB`;
}
