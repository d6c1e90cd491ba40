import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latLonToRd, rdToLatLon } from '../../main/resources/static/js/geo/rd.js';

/** Metres between two lat/lon points (equirectangular; fine at these distances). */
function metres([lat1, lon1], [lat2, lon2]) {
  const dy = (lat2 - lat1) * 111_195;
  const dx = (lon2 - lon1) * 111_195 * Math.cos((lat1 * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

test('the RD origin (Amersfoort) maps to its defined WGS84 position', () => {
  const [lat, lon] = rdToLatLon(155000, 463000);
  assert.equal(lat, 52.1551744);
  assert.equal(lon, 5.38720621);
});

test('Rijnmond 100 m cell centres agree with the server transformation (5 decimals) within 2 m', () => {
  // [RD x, RD y] of a cell centre -> [lat, lon] the server's /api/demand gives for that cell (rounded to 1e-5)
  const cells = [
    [[97450, 451450], [52.04837, 4.54824]],
    [[66650, 437250], [51.91671, 4.10299]],
    [[102350, 436450], [51.91405, 4.62197]],
    [[72450, 427150], [51.82684, 4.1897]],
    [[91350, 433750], [51.88863, 4.46261]],
  ];
  for (const [[x, y], expected] of cells) {
    const d = metres(rdToLatLon(x, y), expected);
    assert.ok(d < 2, `(${x}, ${y}) is ${d.toFixed(2)} m off`);
  }
});

test('one kilometre east in RD is about one kilometre on the ground', () => {
  const d = metres(rdToLatLon(92000, 437000), rdToLatLon(93000, 437000));
  assert.ok(Math.abs(d - 1000) < 5, `${d}`);
});

test('WGS84 to RD agrees with the server (proj4j) within a metre and round-trips', () => {
  // stemlokalen_tk2023.csv "Basisschool De Schakel": RD 96861.2966 464336.2812 = 52.1641236973 N, 4.5374631533 E
  const [x, y] = latLonToRd(52.1641236973, 4.5374631533);
  assert.ok(Math.hypot(x - 96861.2966, y - 464336.2812) < 1, `${x} ${y}`);
  assert.deepEqual(latLonToRd(52.1551744, 5.38720621), [155000, 463000]);
  for (const [rx, ry] of [[92500, 437500], [66650, 437250], [180000, 580000], [250000, 480000]]) {
    const [bx, by] = latLonToRd(...rdToLatLon(rx, ry));
    assert.ok(Math.hypot(bx - rx, by - ry) < 1, `(${rx}, ${ry}) back at (${bx}, ${by})`);
  }
});
