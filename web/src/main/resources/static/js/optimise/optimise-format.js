// @ts-check
/** Pure formatting of optimisation job status and results for the "Optimaliseren" section (Dutch). */
import { formatCount } from '../format.js';

const percent2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Dutch words for the job statuses. */
export const STATUS_TEXT = Object.freeze({
  queued: 'in de wachtrij',
  running: 'bezig',
  done: 'klaar',
  cancelled: 'geannuleerd',
  failed: 'mislukt',
});

/** @param {string} status @returns {boolean} whether the job has ended (no more polling) */
export const isFinal = (status) => status === 'done' || status === 'cancelled' || status === 'failed';

/** A share 0..1 as "96,7 %" (one decimal); null as a dash. @param {number|null|undefined} share */
export const formatPercent1 = (share) => (share === null || share === undefined || Number.isNaN(share) ? '—' : `${percent1.format(share * 100)} %`);

/** A gap 0..1 as "0,20 %" (two decimals); null as a dash. @param {number|null|undefined} gap */
export const formatGap = (gap) => (gap === null || gap === undefined || Number.isNaN(gap) ? '—' : `${percent2.format(gap * 100)} %`);

/**
 * The status line while polling, e.g. "bezig (local-search) · 4 s · beste 1.234.567".
 * @param {{status: string, phase?: string|null, elapsedSeconds?: number, bestObjective?: number|null, error?: string}} s
 */
export function statusLine(s) {
  const parts = [STATUS_TEXT[/** @type {keyof typeof STATUS_TEXT} */ (s.status)] ?? s.status];
  if (s.status === 'running' && s.phase) parts[0] += ` (${s.phase})`;
  if (s.status === 'failed' && s.error) parts[0] += `: ${s.error}`;
  if (s.status === 'running' || s.status === 'done') parts.push(`${formatCount(Math.round(s.elapsedSeconds ?? 0))} s`);
  if (s.status === 'running' && s.bestObjective !== null && s.bestObjective !== undefined) parts.push(`beste ${formatCount(Math.round(s.bestObjective))}`);
  return parts.join(' · ');
}

/** Progress bar value 0..1; queued 0, ended 1, otherwise the server's estimate clamped. @param {{status: string, progress?: number}} s */
export function progressValue(s) {
  if (s.status === 'queued') return 0;
  if (isFinal(s.status)) return 1;
  const p = Number(s.progress);
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}

/**
 * The summary of a finished job's result, e.g. "Dekking 96,7 % · bovengrens 1.234.567 · gat 0,20 %".
 * MCLP/CMCLP: the covered share with the upper bound in inhabitants; LSCP: the number of points with its lower bound;
 * p-median: the mean and summed weighted distance with its lower bound.
 * @param {{model: string, objective: number, bound: number|null, gap: number|null, coveredShare: number, selected: string[],
 *   totalWeight?: number}} r
 */
export function resultSummary(r) {
  const gap = `gat ${formatGap(r.gap)}`;
  const bound = (/** @type {string} */ word) => `${word} ${r.bound === null || r.bound === undefined ? '—' : formatCount(Math.round(r.bound))}`;
  if (r.model === 'lscp') {
    return `${formatCount(r.selected.length)} punten · dekking ${formatPercent1(r.coveredShare)} · ondergrens ${r.bound === null || r.bound === undefined ? '—' : formatCount(Math.ceil(r.bound - 1e-9))} · ${gap}`;
  }
  if (r.model === 'pmedian') {
    // every point is assigned to its nearest chosen site: the mean walking distance says more than a coverage share
    const mean = r.totalWeight > 0 ? ` · gem. afstand ${formatCount(Math.round(r.objective / r.totalWeight))} m` : '';
    return `${formatCount(r.selected.length)} punten${mean} · afstandssom ${formatCount(Math.round(r.objective))} · ${bound('ondergrens')} · ${gap}`;
  }
  return `Dekking ${formatPercent1(r.coveredShare)} · ${formatCount(Math.round(r.objective))} inw. · ${bound('bovengrens')} · ${gap}`;
}

/**
 * The line under the trade-off curve, e.g. "1 tot 100 punten: 12,3 % tot 96,7 % · volledige dekking bij 87".
 * @param {{curve: Array<{p: number, coveredShare: number}>, status: string}} r
 */
export function curveSummary(r) {
  const c = r.curve;
  if (!c.length) return 'Geen curve: de tijdslimiet was op voor het eerste punt.';
  const first = c[0];
  const last = c[c.length - 1];
  const parts = [`${formatCount(first.p)} tot ${formatCount(last.p)} punten: ${formatPercent1(first.coveredShare)} tot ${formatPercent1(last.coveredShare)}`];
  if (r.status === 'time-limit') parts.push('tijdslimiet bereikt');
  parts.push('klik op de curve om p te kiezen');
  return parts.join(' · ');
}

/**
 * Which side constraints and own locations a run takes along, e.g. "2 vast · 1 uitgesloten · 3 eigen locaties".
 * @param {{fixed: number, excluded: number, own: number, skipped: number}} n
 */
export function constraintLine(n) {
  const parts = [];
  if (n.fixed) parts.push(`${formatCount(n.fixed)} vast`);
  if (n.excluded) parts.push(`${formatCount(n.excluded)} uitgesloten`);
  if (n.own) parts.push(`${formatCount(n.own)} eigen ${n.own === 1 ? 'locatie' : 'locaties'}`);
  if (n.skipped) parts.push(`${formatCount(n.skipped)} buiten de regio genegeerd`);
  return parts.length ? `Gaat mee: ${parts.join(' · ')}.` : 'Geen vaste of uitgesloten locaties.';
}
