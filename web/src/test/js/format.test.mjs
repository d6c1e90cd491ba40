import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, counted } from '../../main/resources/static/js/format.js';

test('Dutch thousands separators and plural forms', () => {
  assert.equal(formatCount(1299500), '1.299.500');
  assert.equal(formatCount(16383), '16.383');
  assert.equal(counted(1, 'gemeente', 'gemeenten'), '1 gemeente');
  assert.equal(counted(12, 'gemeente', 'gemeenten'), '12 gemeenten');
});
