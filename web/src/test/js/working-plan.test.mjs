import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkingPlan, defaultNorms, normalisePlan } from '../../main/resources/static/js/plan/working-plan.js';

function plan() {
  let n = 0;
  return createWorkingPlan({ randomId: () => `t${++n}` });
}

test('snapshot has exactly the shared plan shape and is a copy', () => {
  const p = plan();
  const s = p.snapshot();
  assert.deepEqual(Object.keys(s), ['region', 'demandLayer', 'norms', 'nspSiteIds', 'cpSiteIds', 'fixedSiteIds', 'excludedSiteIds', 'ownSites']);
  assert.deepEqual(Object.keys(s.norms), ['radiusMetres', 'radius65Metres', 'urbanityRadiusMetres', 'linkRangeMetres', 'maxNspPerCp', 'inhabitantsPerNsp']);
  assert.deepEqual(s.norms, defaultNorms());
  s.nspSiteIds.push('x');
  s.norms.radiusMetres = 1;
  assert.deepEqual(p.snapshot().nspSiteIds, []);
  assert.equal(p.snapshot().norms.radiusMetres, 1000);
});

test('every edit notifies with its change and a rising revision', () => {
  const p = plan();
  const seen = [];
  p.subscribe((s, change, revision) => seen.push([change.type, change.id ?? '', revision, s.nspSiteIds.join(',')]));
  p.setArea('VR17', 'cbs100');
  p.setArea('VR17', 'cbs100'); // no change, no notification
  p.toggleNsp('a');
  p.toggleNsp('b');
  p.toggleNsp('a');
  p.setNorms({ radiusMetres: 800 });
  p.setNorms({ radiusMetres: 800 });
  assert.deepEqual(seen, [['area', '', 1, ''], ['nsp', 'a', 2, 'a'], ['nsp', 'b', 3, 'a,b'], ['nsp', 'a', 4, 'b'], ['norms', '', 5, 'b']]);
  assert.equal(p.revision(), 5);
  assert.equal(p.snapshot().norms.radiusMetres, 800);
});

test('fixed sites are NSPs and never excluded; excluded sites are never NSPs', () => {
  const p = plan();
  p.setFixed('f', true);
  assert.ok(p.isNsp('f') && p.isFixed('f'));
  p.setExcluded('f', true);
  assert.ok(p.isExcluded('f') && !p.isNsp('f') && !p.isFixed('f'));
  assert.equal(p.setNsp('f', true), false, 'an excluded site cannot open');
  p.setFixed('f', true);
  assert.ok(!p.isExcluded('f') && p.isNsp('f'));
  p.toggleNsp('f'); // closing a fixed NSP unfixes it
  assert.ok(!p.isNsp('f') && !p.isFixed('f'));
});

test('accepting a proposal replaces the NSPs but keeps fixed sites and CPs; exclusions hold', () => {
  const p = plan();
  p.setNsps(['a', 'b', 'c']);
  p.setFixed('b', true);
  p.setCp('k', true);
  p.setExcluded('z', true);
  p.acceptProposal(['x', 'y', 'z']);
  const s = p.snapshot();
  assert.deepEqual(s.nspSiteIds, ['b', 'x', 'y']);
  assert.deepEqual(s.fixedSiteIds, ['b']);
  assert.deepEqual(s.cpSiteIds, ['k']);
  p.setNsps([]);
  assert.deepEqual(p.snapshot().fixedSiteIds, [], '"no NSPs" unfixes');
});

test('own sites get eigen- ids, can be NSP or CP, renamed, moved and removed from every list', () => {
  const p = plan();
  const changes = [];
  p.subscribe((_s, c) => changes.push(`${c.type}:${c.action ?? ''}`));
  const id = p.addOwnSite({ name: ' Buurthuis De Kern ', address: 'Kerkstraat 1', x: 92512.3, y: 437120.8 });
  assert.equal(id, 'eigen-t1');
  assert.deepEqual(p.snapshot().ownSites, [{ id, name: 'Buurthuis De Kern', address: 'Kerkstraat 1', x: 92512.3, y: 437120.8 }]);
  assert.ok(p.isNsp(id) && !p.isCp(id));
  const cp = p.addOwnSite({ name: 'Sporthal', x: 1, y: 2 }, { cp: true });
  assert.ok(!p.isNsp(cp) && p.isCp(cp));
  p.updateOwnSite(id, { name: 'De Kern' });
  p.updateOwnSite(id, { x: 92600, y: 437200 });
  assert.equal(p.updateOwnSite(id, { x: 92600 }), false, 'nothing changed');
  p.setFixed(id, true);
  p.removeOwnSite(id);
  const s = p.snapshot();
  assert.deepEqual(s.ownSites.map((o) => o.id), [cp]);
  assert.deepEqual([s.nspSiteIds, s.fixedSiteIds], [[], []]);
  assert.deepEqual(changes, ['own:add', 'own:add', 'own:update', 'own:move', 'fixed:', 'own:remove']);
  assert.throws(() => p.addOwnSite({ name: 'x', x: NaN, y: 1 }), /RD-meters/);
});

test('restore takes a saved plan, fills defaults and keeps the invariants; a malformed one changes nothing', () => {
  const p = plan();
  const changes = [];
  p.subscribe((_s, c) => changes.push(c.type));
  p.restore({
    region: 'VR17', demandLayer: 'cbs100', norms: { radiusMetres: 750 },
    nspSiteIds: ['0599-12', 'eigen-3f2a'], cpSiteIds: ['0599-40'], fixedSiteIds: ['0599-12', '0599-13'], excludedSiteIds: ['0599-77', '0599-13'],
    ownSites: [{ id: 'eigen-3f2a', name: 'Buurthuis De Kern', address: 'Kerkstraat 1, 3011 AB Rotterdam', x: 92512.3, y: 437120.8 }],
  });
  const s = p.snapshot();
  assert.equal(s.norms.radiusMetres, 750);
  assert.equal(s.norms.inhabitantsPerNsp, 5000);
  assert.deepEqual(s.fixedSiteIds, ['0599-12'], 'fixed and excluded: excluded wins');
  assert.deepEqual(s.nspSiteIds, ['0599-12', 'eigen-3f2a']);
  assert.deepEqual(changes, ['restore']);
  assert.deepEqual(normalisePlan(s), s, 'a snapshot restores to itself');
  assert.throws(() => p.restore({ nspSiteIds: ['eigen-none'] }), /niet in ownSites/);
  assert.throws(() => p.restore({ norms: { radiusMetres: -1 } }), /norms.radiusMetres/);
  assert.throws(() => p.restore({ ownSites: [{ id: 'mijn-1', x: 1, y: 2 }] }), /ownSites\[0\].id/);
  assert.equal(p.snapshot().region, 'VR17');
  assert.deepEqual(changes, ['restore']);
});
