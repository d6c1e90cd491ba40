import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breaksFor, classOf, legendRows, COLOURS } from '../../main/resources/static/js/layers/population-classes.js';

test('grid cells are classed by people per cell, 0 people not drawn, unknown kept apart', () => {
  const b = breaksFor(true, 'inhabitants'); // 1, 25, 50, 100, 200, 400
  assert.equal(classOf(0, b), -1);
  assert.equal(classOf(1, b), 0);
  assert.equal(classOf(24, b), 0);
  assert.equal(classOf(25, b), 1);
  assert.equal(classOf(399, b), 4);
  assert.equal(classOf(400, b), 5);
  assert.equal(classOf(100000, b), 5);
  assert.equal(classOf(null, b), null);
});

test('legend rows cover every class with Dutch labels', () => {
  const fmt = (n) => new Intl.NumberFormat('nl-NL').format(n);
  const rows = legendRows(breaksFor(false, 'inhabitants'), fmt);
  assert.equal(rows.length, COLOURS.length);
  assert.deepEqual(rows[1], { colour: COLOURS[1], label: '1.000 – 2.499' });
  assert.equal(rows[5].label, '20.000 en meer');
});

test('data-driven breaks: start above 0, rounded quantiles, strictly increasing', async () => {
  const { quantileBreaks, niceFloor, classOf: cls } = await import('../../main/resources/static/js/layers/population-classes.js');
  assert.equal(niceFloor(0.37), 0.3);
  assert.equal(niceFloor(17), 15);
  assert.equal(niceFloor(4200), 3000);
  // 1..200: quantiles 0.5 -> 101 -> 100; 0.75 -> 151 -> 150; 0.9 -> 181 -> 150 (dropped, not increasing);
  // 0.97 -> 195 -> 150 (dropped); 0.995 -> 200 -> 200
  const values = Array.from({ length: 200 }, (_, i) => i + 1);
  const b = quantileBreaks([0, null, ...values]);
  assert.deepEqual(b.slice(1), [100, 150, 200]);
  assert.ok(b[0] > 0 && b[0] < 1e-300);
  assert.equal(cls(0, b), -1);
  assert.equal(cls(0.2, b), 0);
  assert.equal(cls(150, b), 2);
  assert.deepEqual(quantileBreaks([null, 0]), [Number.MIN_VALUE]);
});

test('legend of data-driven breaks reads "minder dan" and "tot"', () => {
  const rows = legendRows([Number.MIN_VALUE, 10, 20], (n) => String(n));
  assert.deepEqual(rows.map((r) => r.label), ['minder dan 10', '10 tot 20', '20 en meer']);
});
