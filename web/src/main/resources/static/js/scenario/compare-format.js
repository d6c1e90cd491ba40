// @ts-check
/**
 * Two saved scenarios side by side (GET /api/scenarios/compare): the rows of the comparison table with the
 * difference B − A, the per-municipality rows, why the bases differ, the demand cells covered by one scenario only,
 * and the sites of the difference map. DOM-free (node tests).
 */
import { formatCount } from '../format.js';
import { formatMetres, formatShare } from '../coverage/coverage-format.js';

const onePlace = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** @typedef {'count'|'share'|'metres'} Unit */
/**
 * @typedef {{key: string, label: string, unit: Unit, a: number|null, b: number|null, diff: number|null,
 *   better: 'higher'|'lower'|null}} Row
 */

/** @param {number} n @param {string} text */
const signed = (n, text) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text);

/** @param {number|null} v @param {Unit} unit @returns {string} */
export function formatValue(v, unit) {
  if (v === null || v === undefined) return '—';
  if (unit === 'share') return formatShare(v);
  if (unit === 'metres') return formatMetres(v);
  return formatCount(v);
}

/**
 * The difference B − A as shown: counts "+1.234", shares in percentage points "+1,2 %-punt", metres "−12 m".
 * @param {number|null} d @param {Unit} unit
 */
export function formatDifference(d, unit) {
  if (d === null || d === undefined) return '—';
  if (unit === 'share') {
    const points = Math.round(d * 1000) / 10;
    return `${signed(points, onePlace.format(Math.abs(points)))} %-punt`;
  }
  if (unit === 'metres') {
    const m = Math.round(d);
    return `${signed(m, formatCount(Math.abs(m)))} m`;
  }
  const n = Math.round(d * 100) / 100;
  return signed(n, formatCount(Math.abs(n)));
}

/**
 * Whether a difference is an improvement: 'better', 'worse' or '' (no change, or no direction).
 * @param {Row} row
 */
export function verdict(row) {
  if (row.diff === null || row.better === null) return '';
  const d = row.unit === 'share' ? Math.round(row.diff * 1000) : row.unit === 'metres' ? Math.round(row.diff) : Math.round(row.diff * 100);
  if (d === 0) return '';
  return (d > 0) === (row.better === 'higher') ? 'better' : 'worse';
}

/** @param {any} side statisticsA or statisticsB @param {(r: any, l: any) => number|null} f */
function value(side, f) {
  const v = f(side.report, side.links);
  return v === undefined ? null : v;
}

/**
 * The rows of the comparison table: every statistic of the region total for A and B and B − A.
 * @param {any} cmp the comparison answer
 * @returns {Row[]}
 */
export function comparisonRows(cmp) {
  const na = cmp.statisticsA.report.norms;
  const nb = cmp.statisticsB.report.norms;
  const same = (/** @type {string} */ k) => na[k] === nb[k];
  const radius = same('radiusMetres') ? `≤ ${formatCount(na.radiusMetres)} m` : 'binnen de straal';
  const radius65 = same('radius65Metres') ? `≤ ${formatCount(na.radius65Metres)} m` : 'binnen de 65+-straal';
  const load = same('inhabitantsPerNsp') ? `1 per ${formatCount(na.inhabitantsPerNsp)}` : 'de max. belasting';
  /** @type {Array<[string, string, Unit, (r: any, l: any) => number|null, 'higher'|'lower'|null]>} */
  const spec = [
    ['inhabitants', 'Inwoners', 'count', (r) => r.total.inhabitants, null],
    ['covered', `Gedekt ${radius}`, 'count', (r) => r.total.coveredInhabitants, 'higher'],
    ['coveredShare', 'Gedekt aandeel', 'share', (r) => r.total.coveredShare, 'higher'],
    ['inhabitants65', '65+ (cijfer bekend)', 'count', (r) => r.total.inhabitants65, null],
    ['covered65', `65+ gedekt ${radius65}`, 'count', (r) => r.total.covered65, 'higher'],
    ['covered65Share', '65+ gedekt aandeel', 'share', (r) => r.total.covered65Share, 'higher'],
    ['unknown65', '65+ onbekend (inw.)', 'count', (r) => r.total.inhabitantsUnknown65, null],
    ['unknown65Covered', `65+ onbekend, ${radius65}`, 'count', (r) => r.total.coveredInhabitantsUnknown65, 'higher'],
    ['meanMetres', 'Afstand gemiddeld', 'metres', (r) => r.total.distance?.meanMetres ?? null, 'lower'],
    ['medianMetres', 'Afstand mediaan', 'metres', (r) => r.total.distance?.medianMetres ?? null, 'lower'],
    ['p90Metres', 'Afstand P90', 'metres', (r) => r.total.distance?.p90Metres ?? null, 'lower'],
    ['openSites', "NSP's", 'count', (r) => r.openSites, null],
    ['overRule', `NSP's boven ${load}`, 'count', (r) => r.nspLoads.filter((/** @type {any} */ l) => l.overRule).length, 'lower'],
    ['cps', "CP's", 'count', (_r, l) => (l ? l.cps : 0), null],
    ['linked', "NSP's gekoppeld aan een CP", 'count', (_r, l) => (l ? l.links.length : 0), 'higher'],
    ['unlinked', "NSP's zonder CP", 'count', (r, l) => (l ? l.unlinkedNspIds.length : r.openSites), 'lower'],
  ];
  return spec.map(([key, label, unit, f, better]) => {
    const a = value(cmp.statisticsA, f);
    const b = value(cmp.statisticsB, f);
    return { key, label, unit, a, b, diff: a === null || b === null ? null : b - a, better };
  });
}

/**
 * One row per municipality of either side (by name, Dutch order; points in no municipality last): inhabitants,
 * covered and share of A and B, and the differences.
 * @param {any} cmp
 */
export function municipalityRows(cmp) {
  /** @type {Map<string, {code: string, name: string, a: any, b: any}>} */
  const rows = new Map();
  for (const [side, stats] of /** @type {const} */ ([['a', cmp.statisticsA], ['b', cmp.statisticsB]])) {
    for (const m of stats.report.municipalities) {
      const row = rows.get(m.code) ?? { code: m.code, name: m.code ? m.name : 'buiten een gemeente', a: null, b: null };
      row[side] = m;
      rows.set(m.code, row);
    }
  }
  return [...rows.values()]
    .sort((x, y) => (x.code === '' ? 1 : y.code === '' ? -1 : x.name.localeCompare(y.name, 'nl')))
    .map((r) => {
      const coveredA = r.a ? r.a.coveredInhabitants : null;
      const coveredB = r.b ? r.b.coveredInhabitants : null;
      const shareA = r.a ? r.a.coveredShare : null;
      const shareB = r.b ? r.b.coveredShare : null;
      return {
        code: r.code, name: r.name,
        inhabitantsA: r.a ? r.a.inhabitants : null, inhabitantsB: r.b ? r.b.inhabitants : null,
        coveredA, coveredB, shareA, shareB,
        coveredDiff: coveredA === null || coveredB === null ? null : coveredB - coveredA,
        shareDiff: shareA === null || shareB === null || shareA === undefined || shareB === undefined ? null : shareB - shareA,
      };
    });
}

const NORM_LABELS = /** @type {const} */ ([['radiusMetres', 'straal', 'm'], ['radius65Metres', '65+-straal', 'm'],
  ['linkRangeMetres', 'koppelbereik', 'm'], ['maxNspPerCp', "max NSP's per CP", ''], ['inhabitantsPerNsp', 'max inw. per NSP', '']]);

/**
 * What differs between the bases of two scenarios (region, demand layer, norms), in Dutch; empty when both have the
 * same basis (then the server lists the cells covered by one of them only).
 * @param {any} a scenario A @param {any} b scenario B
 * @returns {string[]}
 */
export function basisDifferences(a, b) {
  const out = [];
  if (a.region !== b.region) out.push(`regio ${a.region} / ${b.region}`);
  if (a.demandLayer !== b.demandLayer) out.push(`bevolkingslaag ${a.demandLayer} / ${b.demandLayer}`);
  for (const [key, label, unit] of NORM_LABELS) {
    if (a.norms[key] !== b.norms[key]) {
      out.push(`${label} ${formatCount(a.norms[key])} / ${formatCount(b.norms[key])}${unit ? ` ${unit}` : ''}`);
    }
  }
  const urbanity = (/** @type {any} */ n) => JSON.stringify(Object.entries(n.urbanityRadiusMetres ?? {}).sort());
  if (urbanity(a.norms) !== urbanity(b.norms)) out.push('stralen per stedelijkheid');
  return out;
}

/**
 * The demand cells covered by one scenario only (`changedPoints`): how many and how many inhabitants on each side
 * (`unknown` counts cells whose 65+ count CBS suppressed, in a 65+ comparison).
 * @param {Array<{inhabitants: number|null, coveredInA: boolean, coveredInB: boolean}>} points
 */
export function changedSummary(points) {
  const side = () => ({ cells: 0, inhabitants: 0, unknown: 0 });
  const onlyA = side();
  const onlyB = side();
  for (const p of points) {
    const s = p.coveredInA ? onlyA : onlyB;
    s.cells++;
    if (p.inhabitants === null || p.inhabitants === undefined) s.unknown++;
    else s.inhabitants += p.inhabitants;
  }
  return { onlyA, onlyB };
}

/**
 * The sites of the difference map: NSPs and CPs of A only, of B only and of both, with their positions (from each
 * scenario's `sites`; a site of both is drawn where A has it).
 * @param {any} cmp
 * @returns {Record<'nspOnlyInA'|'nspOnlyInB'|'nspInBoth'|'cpOnlyInA'|'cpOnlyInB'|'cpInBoth',
 *   Array<{id: string, name: string, lat: number, lon: number}>>}
 */
export function differenceSites(cmp) {
  const byId = (/** @type {any} */ s) => new Map((s.sites ?? []).map((/** @type {any} */ x) => [x.id, x]));
  const sitesA = byId(cmp.a);
  const sitesB = byId(cmp.b);
  const d = cmp.difference;
  /** @param {string[]} ids @param {Map<string, any>} first @param {Map<string, any>} [second] */
  const place = (ids, first, second) => ids.map((id) => first.get(id) ?? second?.get(id)).filter(Boolean)
    .map((/** @type {any} */ s) => ({ id: s.id, name: s.name, lat: s.lat, lon: s.lon }));
  return {
    nspOnlyInA: place(d.nspOnlyInA, sitesA),
    nspOnlyInB: place(d.nspOnlyInB, sitesB),
    nspInBoth: place(d.nspInBoth, sitesA, sitesB),
    cpOnlyInA: place(d.cpOnlyInA, sitesA),
    cpOnlyInB: place(d.cpOnlyInB, sitesB),
    cpInBoth: place(d.cpInBoth, sitesA, sitesB),
  };
}
