import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDistance, resultTitle, tidyPostcode } from '../../main/resources/static/public/js/zoek-format.js';

test('distances in metres below a kilometre, else kilometres with a decimal comma', () => {
  assert.equal(formatDistance(230), '230 m');
  assert.equal(formatDistance(990), '990 m');
  assert.equal(formatDistance(1000), '1,0 km');
  assert.equal(formatDistance(2940), '2,9 km');
  assert.equal(formatDistance(12500), '12,5 km');
});

test('postcodes are tidied, and what cannot be one is refused before asking the server', () => {
  assert.equal(tidyPostcode('3011 ab '), '3011AB');
  assert.equal(tidyPostcode('3011-AB'), '3011AB');
  assert.equal(tidyPostcode('3011'), '3011');
  assert.equal(tidyPostcode('0123'), null);
  assert.equal(tidyPostcode('3011 A'), null);
  assert.equal(tidyPostcode('Rotterdam'), null);
  assert.equal(tidyPostcode(''), null);
});

test('the heading names the count, the postcode and the municipality', () => {
  assert.equal(resultTitle({ postcode: '3011 AB', municipality: 'Rotterdam', nsps: [1, 2, 3] }),
    'De 3 dichtstbijzijnde noodsteunpunten bij postcode 3011 AB (Rotterdam)');
  assert.equal(resultTitle({ postcode: '3011', municipality: 'Rotterdam', nsps: [1] }),
    'Het dichtstbijzijnde noodsteunpunt bij postcode 3011 (Rotterdam)');
});
