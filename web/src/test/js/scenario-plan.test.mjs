import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyName, describeChanges, hasContent, nameFromFile, planOf, samePlan, saveBody } from '../../main/resources/static/js/scenario/scenario-plan.js';
import { defaultNorms, emptyPlan } from '../../main/resources/static/js/plan/working-plan.js';

/** A scenario as GET /api/scenarios/{id} answers it (norms as the server writes them, with doubles). */
function scenario() {
  return {
    id: 's1', version: 3, name: 'Rijnmond basis', author: 'Anna', description: '', published: false,
    createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-02T13:02:11Z', dataVersion: 1, currentDataVersion: 1,
    region: 'VR17', demandLayer: 'cbs100',
    norms: { radiusMetres: 1000.0, radius65Metres: 500.0, urbanityRadiusMetres: {}, linkRangeMetres: 5000.0, maxNspPerCp: 20, inhabitantsPerNsp: 5000.0 },
    nspSiteIds: ['a', 'b', 'eigen-1'], cpSiteIds: ['c', 'a'], fixedSiteIds: ['a'], excludedSiteIds: ['x'],
    ownSites: [{ id: 'eigen-1', name: 'Buurthuis', address: 'Kerkstraat 1', x: 92500.5, y: 437500 }],
    sites: [], missingSiteIds: [],
  };
}

test('planOf takes the plan fields of a scenario, optionally without ids the data set no longer has', () => {
  const p = planOf(scenario());
  assert.deepEqual(Object.keys(p), ['region', 'demandLayer', 'norms', 'nspSiteIds', 'cpSiteIds', 'fixedSiteIds', 'excludedSiteIds', 'ownSites']);
  assert.deepEqual(p.nspSiteIds, ['a', 'b', 'eigen-1']);
  assert.deepEqual(p.norms, defaultNorms());
  const without = planOf(scenario(), new Set(['a', 'x']));
  // 'a' was NSP, CP and fixed: it leaves all three lists
  assert.deepEqual([without.nspSiteIds, without.cpSiteIds, without.fixedSiteIds, without.excludedSiteIds], [['b', 'eigen-1'], ['c'], [], []]);
});

test('the same plan regardless of list order; any real difference is named', () => {
  const saved = planOf(scenario());
  const reordered = { ...saved, nspSiteIds: ['eigen-1', 'b', 'a'], cpSiteIds: ['a', 'c'] };
  assert.equal(samePlan(saved, reordered), true);
  assert.deepEqual(describeChanges(saved, reordered), []);

  const changed = {
    ...saved,
    nspSiteIds: ['a', 'eigen-1', 'd', 'e'], // b removed; d, e added
    cpSiteIds: ['c'], // a removed as CP
    norms: { ...saved.norms, radiusMetres: 800 },
    ownSites: [{ ...saved.ownSites[0], x: 92600 }],
  };
  assert.deepEqual(describeChanges(saved, changed), ['normen', "2 NSP's erbij", '1 NSP eraf', '1 CP eraf', 'eigen locaties']);
  assert.equal(samePlan(saved, changed), false);
  assert.deepEqual(describeChanges(saved, { ...saved, region: 'VR18', demandLayer: 'pc4' }), ['regio VR18 in plaats van VR17', 'bevolkingslaag pc4']);
  assert.deepEqual(describeChanges(saved, { ...saved, fixedSiteIds: [], excludedSiteIds: [] }), ['vaste locaties', 'uitgesloten locaties']);
  // urbanity radii compare by content, not key order
  const u1 = { ...saved, norms: { ...saved.norms, urbanityRadiusMetres: { 1: 500, 5: 1500 } } };
  const u2 = { ...saved, norms: { ...saved.norms, urbanityRadiusMetres: { 5: 1500, 1: 500 } } };
  assert.equal(samePlan(u1, u2), true);
  assert.deepEqual(describeChanges(saved, u1), ['normen']);
});

test('a plan has content when it lists a site or an own location; region, layer and norms alone are not content', () => {
  assert.equal(hasContent({ ...emptyPlan(), region: 'VR17', demandLayer: 'cbs100', norms: { ...defaultNorms(), radiusMetres: 700 } }), false);
  assert.equal(hasContent({ ...emptyPlan(), cpSiteIds: ['c'] }), true);
  assert.equal(hasContent({ ...emptyPlan(), excludedSiteIds: ['x'] }), true);
  assert.equal(hasContent({ ...emptyPlan(), ownSites: [{ id: 'eigen-1', name: 'n', address: '', x: 1, y: 2 }] }), true);
});

test('the save body is the plan plus name, author and description; PUT adds the version read', () => {
  const p = planOf(scenario());
  const post = saveBody(p, { name: '  Basis ', author: ' Anna ', description: 'eerste versie' });
  assert.deepEqual(Object.keys(post), ['name', 'author', 'description', 'region', 'demandLayer', 'norms', 'nspSiteIds', 'cpSiteIds',
    'fixedSiteIds', 'excludedSiteIds', 'ownSites']);
  assert.equal(post.name, 'Basis');
  assert.equal(post.author, 'Anna');
  assert.equal(saveBody(p, { name: 'B', author: '', description: '' }, 3).version, 3);
});

test('names for a copy and for an imported file stay within 200 characters', () => {
  assert.equal(copyName('Rijnmond basis'), 'Kopie van Rijnmond basis');
  assert.equal(copyName('x'.repeat(200)).length, 200);
  assert.ok(copyName('x'.repeat(200)).startsWith('Kopie van x'));
  assert.equal(nameFromFile('noodsteunpunten-vr17-basis.geojson'), 'noodsteunpunten-vr17-basis');
  assert.equal(nameFromFile('plan.JSON'), 'plan');
  assert.equal(nameFromFile('.geojson'), 'Geïmporteerd plan');
});
