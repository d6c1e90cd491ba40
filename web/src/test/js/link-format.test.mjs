import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkFigures, linkKind, unlinkedReasons } from '../../main/resources/static/js/coverage/link-format.js';

test('a region border outranks a municipal border; unknown sides are unknown', () => {
  assert.equal(linkKind({ crossesMunicipality: false, crossesRegion: false }), 'local');
  assert.equal(linkKind({ crossesMunicipality: true, crossesRegion: false }), 'municipality');
  assert.equal(linkKind({ crossesMunicipality: true, crossesRegion: true }), 'region');
  assert.equal(linkKind({ crossesMunicipality: null, crossesRegion: null }), 'unknown');
  assert.equal(linkKind({ crossesMunicipality: null, crossesRegion: true }), 'region');
});

const links = {
  linkRangeMetres: 5000, maxNspPerCp: 1, nsps: 4, cps: 2,
  links: [
    { nspId: 'a', cpId: 'X', metres: 100, crossesMunicipality: false, crossesRegion: false },
    { nspId: 'b', cpId: 'Y', metres: 300, crossesMunicipality: true, crossesRegion: false },
  ],
  unlinkedNspIds: ['c', 'd'], unreachableNspIds: ['d'],
  cpLoads: [{ cpId: 'X', nsps: 1, capacity: 1 }, { cpId: 'Y', nsps: 1, capacity: 1 }],
  crossMunicipality: 1, crossRegion: 0, totalLinkMetres: 400,
};
const names = { a: 'Aula', b: 'Buurthuis', c: 'Clubhuis', d: 'Dorpshuis', X: 'Xenia', Y: 'Ypsilon' };

test('unlinked NSPs: unreachable (no CP in range) versus all CPs in range full', () => {
  assert.deepEqual([...unlinkedReasons(links)], [['c', 'full'], ['d', 'unreachable']]);
});

test('panel figures: counts, unreachable first, loads by use then name, mean link length', () => {
  const f = linkFigures(links, (id) => names[id]);
  assert.equal(f.cps, 2);
  assert.equal(f.nsps, 4);
  assert.equal(f.linked, 2);
  assert.deepEqual(f.unlinked.map((u) => [u.name, u.reason]), [['Dorpshuis', 'unreachable'], ['Clubhuis', 'full']]);
  assert.equal(f.unreachable, 1);
  assert.equal(f.full, 1);
  assert.equal(f.crossMunicipality, 1);
  assert.equal(f.meanMetres, 200);
  assert.deepEqual(f.loads.map((l) => [l.name, l.nsps, l.full]), [['Xenia', 1, true], ['Ypsilon', 1, true]]);
});

test('no links: mean is null', () => {
  const none = { ...links, links: [], unlinkedNspIds: ['a'], unreachableNspIds: ['a'], cpLoads: [], cps: 0, nsps: 1, totalLinkMetres: 0 };
  const f = linkFigures(none, (id) => id);
  assert.equal(f.linked, 0);
  assert.equal(f.meanMetres, null);
  assert.equal(f.unreachable, 1);
});
