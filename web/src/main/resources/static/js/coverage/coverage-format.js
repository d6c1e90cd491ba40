// @ts-check
/** Pure helpers of the coverage panel: number formats and the histogram as displayed. No DOM, no fetch. */
import { formatCount } from '../format.js';

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** @param {number|null|undefined} share 0..1 @returns {string} "12,3%" ("—" when unknown) */
export const formatShare = (share) => (share === null || share === undefined || Number.isNaN(share) ? '—' : percent.format(share));

/** @param {number|null|undefined} metres @returns {string} "1.234 m" ("—" when unknown) */
export const formatMetres = (metres) => (metres === null || metres === undefined ? '—' : `${formatCount(Math.round(metres))} m`);

/**
 * @typedef {{fromMetres: number, toMetres: number|null, inhabitants: number, withinNorm: boolean}} ServerBin
 * @typedef {{binMetres: number, normMetres: number, bins: ServerBin[], unresolvedInhabitants: number}} ServerHistogram
 * @typedef {{label: string, fromMetres: number, toMetres: number, inhabitants: number, withinNorm: boolean}} Bar
 */

/**
 * The server's distance histogram (bins of `binMetres`, `from < d <= to`, the last one open) as bars up to twice the
 * norm, at most `maxBars` of them (adjacent server bins merged). Everything farther lies in `beyond` (shown as a
 * number, not a bar, so one huge far bin does not flatten the chart). `normIndex` is the index of the first bar past
 * the norm (where the norm line is drawn); a merged bar counts as within the norm only when all its bins are.
 *
 * @param {ServerHistogram} h
 * @param {number} [maxBars]
 * @returns {{bars: Bar[], beyond: number, beyondFromMetres: number, unresolved: number, normIndex: number}}
 */
export function displayHistogram(h, maxBars = 20) {
  const limit = 2 * h.normMetres;
  const closed = h.bins.filter((b) => b.toMetres !== null && b.toMetres <= limit);
  const merge = Math.max(1, Math.ceil(closed.length / maxBars));
  /** @type {Bar[]} */
  const bars = [];
  for (let i = 0; i < closed.length; i += merge) {
    const group = closed.slice(i, i + merge);
    const from = group[0].fromMetres;
    const to = /** @type {number} */ (group[group.length - 1].toMetres);
    bars.push({
      label: `${formatCount(from)}–${formatCount(to)}`,
      fromMetres: from,
      toMetres: to,
      inhabitants: group.reduce((s, b) => s + b.inhabitants, 0),
      withinNorm: group.every((b) => b.withinNorm),
    });
  }
  const beyondFromMetres = bars.length ? bars[bars.length - 1].toMetres : 0;
  const beyond = h.bins.filter((b) => !closed.includes(b)).reduce((s, b) => s + b.inhabitants, 0);
  const firstOut = bars.findIndex((b) => !b.withinNorm);
  return { bars, beyond, beyondFromMetres, unresolved: h.unresolvedInhabitants, normIndex: firstOut === -1 ? bars.length : firstOut };
}

/**
 * The numbers of the panel for one area row of the report (total or one municipality) plus the NSP loads.
 * @param {any} row an area row ({inhabitants, coveredInhabitants, coveredShare, inhabitants65, covered65, ...})
 * @param {Array<{overRule: boolean}>} loads
 */
export function panelFigures(row, loads) {
  return {
    inhabitants: row.inhabitants,
    covered: row.coveredInhabitants,
    coveredShare: row.coveredShare,
    inhabitants65: row.inhabitants65,
    covered65: row.covered65,
    covered65Share: row.covered65Share,
    unknown65: row.inhabitantsUnknown65,
    unknown65Covered: row.coveredInhabitantsUnknown65,
    mean: row.distance ? row.distance.meanMetres : null,
    median: row.distance ? row.distance.medianMetres : null,
    p90: row.distance ? row.distance.p90Metres : null,
    overRule: loads.filter((l) => l.overRule).length,
  };
}
