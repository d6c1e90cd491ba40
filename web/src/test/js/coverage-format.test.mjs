import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayHistogram, formatMetres, formatShare, panelFigures } from '../../main/resources/static/js/coverage/coverage-format.js';

/** Server-shaped histogram: 100 m bins up to 3 × norm and an open last bin. */
function serverHistogram(norm, counts, open, unresolved = 0) {
  const bins = counts.map((c, i) => ({ fromMetres: i * 100, toMetres: (i + 1) * 100, inhabitants: c, withinNorm: (i + 1) * 100 <= norm }));
  bins.push({ fromMetres: counts.length * 100, toMetres: null, inhabitants: open, withinNorm: false });
  return { binMetres: 100, normMetres: norm, norm65Metres: 500, bins, unresolvedInhabitants: unresolved };
}

test('shares and distances in Dutch, unknown as a dash', () => {
  assert.equal(formatShare(0.009741659), '1,0%');
  assert.equal(formatShare(0.99472), '99,5%');
  assert.equal(formatShare(null), '—');
  assert.equal(formatMetres(10045.66), '10.046 m');
  assert.equal(formatMetres(null), '—');
});

test('bars run to twice the norm; the rest is counted beyond; the norm line sits after the last bin within', () => {
  const counts = Array.from({ length: 30 }, (_, i) => i + 1); // 1..30 inhabitants in bins 0-100 .. 2900-3000
  const h = displayHistogram(serverHistogram(1000, counts, 500, 7));
  assert.equal(h.bars.length, 20);
  assert.deepEqual(h.bars[0], { label: '0–100', fromMetres: 0, toMetres: 100, inhabitants: 1, withinNorm: true });
  assert.equal(h.bars[19].label, '1.900–2.000');
  assert.equal(h.normIndex, 10);
  assert.equal(h.bars[9].withinNorm, true);
  assert.equal(h.bars[10].withinNorm, false);
  assert.equal(h.beyondFromMetres, 2000);
  // bins 2000-2100 .. 2900-3000 hold 21..30 (sum 255) plus the open bin 500
  assert.equal(h.beyond, 255 + 500);
  assert.equal(h.unresolved, 7);
  const total = h.bars.reduce((s, b) => s + b.inhabitants, 0) + h.beyond;
  assert.equal(total, counts.reduce((s, c) => s + c, 0) + 500);
});

test('a larger norm merges adjacent bins so at most maxBars bars are drawn', () => {
  const counts = Array.from({ length: 45 }, () => 2); // norm 1500: bins to 4500
  const h = displayHistogram(serverHistogram(1500, counts, 0), 20);
  // 30 bins up to 3000 m, merged in pairs: 15 bars of 200 m
  assert.equal(h.bars.length, 15);
  assert.equal(h.bars[0].toMetres, 200);
  assert.equal(h.bars[0].inhabitants, 4);
  // 1500 m lies inside the 1400-1600 bar, which is therefore not within the norm
  assert.equal(h.bars[7].label, '1.400–1.600');
  assert.equal(h.bars[7].withinNorm, false);
  assert.equal(h.normIndex, 7);
  assert.equal(h.beyond, 15 * 2);
});

test('panel figures come from the area row; NSPs over the rule are counted', () => {
  const row = {
    inhabitants: 100, coveredInhabitants: 40, coveredShare: 0.4, inhabitants65: 20, covered65: 5, covered65Share: 0.25,
    inhabitantsUnknown65: 10, coveredInhabitantsUnknown65: 3, distance: { meanMetres: 900, medianMetres: 800, p90Metres: 2000 },
  };
  const f = panelFigures(row, [{ overRule: true }, { overRule: false }, { overRule: true }]);
  assert.deepEqual(f, {
    inhabitants: 100, covered: 40, coveredShare: 0.4, inhabitants65: 20, covered65: 5, covered65Share: 0.25,
    unknown65: 10, unknown65Covered: 3, mean: 900, median: 800, p90: 2000, overRule: 2,
  });
  assert.equal(panelFigures({ ...row, distance: null }, []).median, null);
});
