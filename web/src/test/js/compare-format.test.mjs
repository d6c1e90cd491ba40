import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  basisDifferences, changedSummary, comparisonRows, differenceSites, formatDifference, formatValue, municipalityRows, verdict,
} from '../../main/resources/static/js/scenario/compare-format.js';

const NORMS = { radiusMetres: 1000, radius65Metres: 500, urbanityRadiusMetres: {}, linkRangeMetres: 5000, maxNspPerCp: 20, inhabitantsPerNsp: 5000 };

/** An area row of a coverage report. */
function row(code, name, inhabitants, covered, extra = {}) {
  return {
    level: 'municipality', code, name, demandPoints: 10, inhabitants, coveredInhabitants: covered,
    coveredShare: inhabitants ? covered / inhabitants : null, uncoveredPoints: 1, inhabitants65: 200, covered65: 100,
    covered65Share: 0.5, inhabitantsUnknown65: 30, coveredInhabitantsUnknown65: 10,
    distance: { meanMetres: 900, medianMetres: 800, p90Metres: 1500, maxMetres: 3000 }, ...extra,
  };
}

/**
 * A: 2 NSPs (one over the rule), 1 CP linking one of them; covers 6,000 of 10,000.
 * B: 3 NSPs (none over the rule), no CP; covers 7,500 of 10,000, mean distance 850 m.
 */
function comparison() {
  const totalA = row('total', 'totaal', 10000, 6000);
  const totalB = row('total', 'totaal', 10000, 7500, { distance: { meanMetres: 850, medianMetres: 800, p90Metres: 1400, maxMetres: 3000 } });
  return {
    a: { region: 'VR17', demandLayer: 'cbs100', norms: NORMS, sites: [
      { id: 'n1', name: 'School', lat: 51.9, lon: 4.4 }, { id: 'n2', name: 'Kerk', lat: 51.91, lon: 4.41 }, { id: 'c1', name: 'Brandweer', lat: 51.92, lon: 4.42 }] },
    b: { region: 'VR17', demandLayer: 'cbs100', norms: NORMS, sites: [
      { id: 'n2', name: 'Kerk', lat: 51.91, lon: 4.41 }, { id: 'n3', name: 'Sporthal', lat: 51.93, lon: 4.43 }, { id: 'n4', name: 'Buurthuis', lat: 51.94, lon: 4.44 }] },
    statisticsA: {
      report: { norms: NORMS, openSites: 2, total: totalA, nspLoads: [{ overRule: true }, { overRule: false }],
        municipalities: [row('GM0599', 'Rotterdam', 8000, 5000), row('GM0489', 'Barendrecht', 1500, 1000), row('', '', 500, 0)] },
      links: { cps: 1, links: [{ nspId: 'n1', cpId: 'c1' }], unlinkedNspIds: ['n2'] },
    },
    statisticsB: {
      report: { norms: NORMS, openSites: 3, total: totalB, nspLoads: [{ overRule: false }, { overRule: false }, { overRule: false }],
        municipalities: [row('GM0599', 'Rotterdam', 8000, 6000), row('GM0489', 'Barendrecht', 1500, 1500), row('', '', 500, 0)] },
      links: { cps: 0, links: [], unlinkedNspIds: ['n2', 'n3', 'n4'] },
    },
    difference: { nspOnlyInA: ['n1'], nspOnlyInB: ['n3', 'n4'], nspInBoth: ['n2'], cpOnlyInA: ['c1'], cpOnlyInB: [], cpInBoth: [] },
    sameBasis: true,
    changedPoints: [
      { id: 'p1', x: 1, y: 2, inhabitants: 40, coveredInA: true, coveredInB: false },
      { id: 'p2', x: 1, y: 2, inhabitants: 25, coveredInA: false, coveredInB: true },
      { id: 'p3', x: 1, y: 2, inhabitants: 5, coveredInA: false, coveredInB: true },
      { id: 'p4', x: 1, y: 2, inhabitants: null, coveredInA: false, coveredInB: true },
    ],
  };
}

test('every statistic of both scenarios with B − A', () => {
  const rows = comparisonRows(comparison());
  const by = Object.fromEntries(rows.map((r) => [r.key, r]));
  assert.deepEqual(rows.map((r) => r.key), ['inhabitants', 'covered', 'coveredShare', 'inhabitants65', 'covered65', 'covered65Share',
    'unknown65', 'unknown65Covered', 'meanMetres', 'medianMetres', 'p90Metres', 'openSites', 'overRule', 'cps', 'linked', 'unlinked']);
  assert.equal(by.covered.label, 'Gedekt ≤ 1.000 m');
  assert.deepEqual([by.covered.a, by.covered.b, by.covered.diff], [6000, 7500, 1500]);
  // 0.75 − 0.6 = 0.15 = 15 percentage points
  assert.ok(Math.abs(by.coveredShare.diff - 0.15) < 1e-12);
  assert.equal(formatDifference(by.coveredShare.diff, 'share'), '+15,0 %-punt');
  assert.deepEqual([by.meanMetres.diff, formatDifference(by.meanMetres.diff, 'metres')], [-50, '−50 m']);
  assert.deepEqual([by.openSites.a, by.openSites.b], [2, 3]);
  assert.deepEqual([by.overRule.label, by.overRule.a, by.overRule.b], ["NSP's boven 1 per 5.000", 1, 0]);
  assert.deepEqual([by.cps.a, by.cps.b, by.linked.a, by.linked.b, by.unlinked.a, by.unlinked.b], [1, 0, 1, 0, 1, 3]);
  assert.deepEqual([verdict(by.covered), verdict(by.meanMetres), verdict(by.overRule), verdict(by.unlinked), verdict(by.inhabitants), verdict(by.medianMetres)],
    ['better', 'better', 'better', 'worse', '', '']);
});

test('values and differences in Dutch notation', () => {
  assert.equal(formatValue(1299500, 'count'), '1.299.500');
  assert.equal(formatValue(0.4304, 'share'), '43,0%');
  assert.equal(formatValue(1468.4, 'metres'), '1.468 m');
  assert.equal(formatValue(null, 'metres'), '—');
  assert.equal(formatDifference(-1234, 'count'), '−1.234');
  assert.equal(formatDifference(0, 'count'), '0');
  assert.equal(formatDifference(-0.0004, 'share'), '0,0 %-punt');
  assert.equal(formatDifference(null, 'count'), '—');
});

test('per municipality: both sides by name, points in no municipality last', () => {
  const rows = municipalityRows(comparison());
  assert.deepEqual(rows.map((r) => r.name), ['Barendrecht', 'Rotterdam', 'buiten een gemeente']);
  assert.deepEqual([rows[0].coveredA, rows[0].coveredB, rows[0].coveredDiff], [1000, 1500, 500]);
  // 1000/1500 → 1500/1500: +1/3
  assert.ok(Math.abs(rows[0].shareDiff - 1 / 3) < 1e-12);
  assert.equal(rows[2].shareDiff, 0);
});

test('a municipality of one side only has no difference', () => {
  const c = comparison();
  c.statisticsB.report.municipalities = [row('GM0599', 'Rotterdam', 8000, 6000)];
  const barendrecht = municipalityRows(c).find((r) => r.code === 'GM0489');
  assert.deepEqual([barendrecht.coveredA, barendrecht.coveredB, barendrecht.coveredDiff, barendrecht.shareDiff], [1000, null, null, null]);
});

test('the bases differ by region, layer or a norm, and say which', () => {
  const c = comparison();
  assert.deepEqual(basisDifferences(c.a, c.b), []);
  const b = { ...c.b, region: 'VR18', demandLayer: 'pc4', norms: { ...NORMS, radiusMetres: 800, maxNspPerCp: 10, urbanityRadiusMetres: { 1: 600 } } };
  assert.deepEqual(basisDifferences(c.a, b), ['regio VR17 / VR18', 'bevolkingslaag cbs100 / pc4', 'straal 1.000 / 800 m', "max NSP's per CP 20 / 10",
    'stralen per stedelijkheid']);
});

test('cells covered by one scenario only: counts and inhabitants, suppressed counts apart', () => {
  // A only: p1 (40); B only: p2 (25), p3 (5), p4 (suppressed)
  assert.deepEqual(changedSummary(comparison().changedPoints), {
    onlyA: { cells: 1, inhabitants: 40, unknown: 0 }, onlyB: { cells: 3, inhabitants: 30, unknown: 1 } });
});

test('the difference map places each site where its scenario has it', () => {
  const s = differenceSites(comparison());
  assert.deepEqual(s.nspOnlyInA.map((x) => x.name), ['School']);
  assert.deepEqual(s.nspOnlyInB.map((x) => x.name), ['Sporthal', 'Buurthuis']);
  assert.deepEqual(s.nspInBoth, [{ id: 'n2', name: 'Kerk', lat: 51.91, lon: 4.41 }]);
  assert.deepEqual(s.cpOnlyInA.map((x) => x.id), ['c1']);
  assert.deepEqual([s.cpOnlyInB, s.cpInBoth], [[], []]);
});
