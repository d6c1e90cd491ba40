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
