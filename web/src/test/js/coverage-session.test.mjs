import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoverageSession } from '../../main/resources/static/js/coverage/coverage-session.js';
import { createWorkingPlan } from '../../main/resources/static/js/plan/working-plan.js';

/** A fake API recording calls; toggles answer after a delay that shrinks, so unserialised calls would reorder. */
function fakeApi() {
  const calls = [];
  let sessions = 0;
  let delay = 30;
  return {
    calls,
    async createCoverageSession(request) {
      calls.push(['create', request.openSiteIds.join(','), request.cpSiteIds.join(','), (request.ownSites ?? []).map((o) => o.id).join(',')]);
      sessions++;
      this.open = new Set(request.openSiteIds);
      this.cps = request.cpSiteIds;
      return { sessionId: `s${sessions}`, report: { openSites: request.openSiteIds.length }, links: { cps: request.cpSiteIds.length, nsps: this.open.size } };
    },
    async coverageSession(id) {
      calls.push(['get', id]);
      return { sessionId: id, report: { openSites: this.open.size }, links: { cps: this.cps.length, nsps: this.open.size } };
    },
    async coveragePoints(id) {
      calls.push(['points', id]);
      if (this.failPoints) throw new Error('te veel punten');
      return [{ id: 'p1' }];
    },
    async toggleCoverageSite(id, siteId) {
      const wait = (delay = Math.max(0, delay - 10));
      await new Promise((r) => setTimeout(r, wait));
      calls.push(['toggle', id, siteId]);
      const opened = !this.open.has(siteId);
      if (opened) this.open.add(siteId); else this.open.delete(siteId);
      return { delta: { siteId, opened }, report: { openSites: this.open.size } };
    },
    async coverageReach(id, siteId) { calls.push(['reach', id, siteId]); return { siteId }; },
    async deleteCoverageSession(id) { calls.push(['delete', id]); return null; },
    open: new Set(),
  };
}

function setUp() {
  const api = fakeApi();
  const plan = createWorkingPlan({ randomId: () => 'x1' });
  const session = createCoverageSession(api, plan);
  const changes = [];
  session.subscribe((c) => changes.push(c));
  return { api, plan, session, changes };
}

test('without a region there is no session; the first sync for an area creates one with the per-point coverage', async () => {
  const { api, plan, session, changes } = setUp();
  await session.sync();
  assert.equal(session.active(), false);
  assert.deepEqual(api.calls, []);
  plan.setArea('VR17', 'cbs100');
  plan.setNsp('a', true);
  await session.sync();
  assert.deepEqual(api.calls.map((c) => c[0]), ['create', 'points']);
  assert.deepEqual(changes.at(-1).points, [{ id: 'p1' }]);
  assert.equal(session.id(), 's1');
  assert.deepEqual(session.openIds(), ['a']);
});

test('NSP clicks become toggles in click order; queued syncs collapse; the links are read once after them', async () => {
  const { api, plan, session, changes } = setUp();
  plan.setArea('VR17', 'cbs100');
  await session.sync();
  api.calls.length = 0;
  plan.toggleNsp('a');
  const first = session.sync();
  plan.toggleNsp('b');
  const second = session.sync();
  plan.toggleNsp('a');
  const third = session.sync();
  await Promise.all([first, second, third]);
  // the first sync ran when the plan already was {b}: a opened and closed again before any request ran
  assert.deepEqual(api.calls.map((c) => c.slice(0, 3).join(':')), ['toggle:s1:b', 'get:s1']);
  assert.deepEqual(session.openIds(), ['b']);
  assert.deepEqual(changes.at(-1).deltas.map((d) => d.siteId), ['b']);
  assert.deepEqual(changes.at(-1).links, { cps: 0, nsps: 1 });
});

test('norms, own sites or many NSPs at once give a new session with new colouring; CPs alone keep the colouring', async () => {
  const { api, plan, session, changes } = setUp();
  plan.setArea('VR17', 'cbs100');
  await session.sync();
  plan.setNorms({ radiusMetres: 800 });
  await session.sync();
  assert.deepEqual(api.calls.slice(-3).map((c) => c[0]), ['delete', 'create', 'points']);
  const own = plan.addOwnSite({ name: 'Buurthuis', x: 92500, y: 437500 });
  await session.sync();
  assert.deepEqual(api.calls.filter((c) => c[0] === 'create').at(-1), ['create', own, '', own]);
  plan.setCp('cp1', true);
  await session.sync();
  assert.deepEqual(api.calls.filter((c) => c[0] === 'create').at(-1), ['create', own, 'cp1', own]);
  assert.notEqual(api.calls.at(-1)[0], 'points', 'a CP change keeps the colouring');
  assert.equal(changes.at(-1).points, undefined);
  assert.deepEqual(changes.at(-1).links, { cps: 1, nsps: 1 });
  plan.setNsps(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
  await session.sync();
  assert.deepEqual(api.calls.slice(-2).map((c) => c[0]), ['create', 'points']);
  assert.equal(session.openIds().length, 9);
  api.failPoints = true;
  plan.setNorms({ radius65Metres: 400 });
  await session.sync();
  assert.equal(changes.at(-1).pointsError, 'te veel punten');
  assert.deepEqual(changes.at(-1).points, []);
});

test('leaving the region ends the session; reach asks the current session', async () => {
  const { api, plan, session } = setUp();
  plan.setArea('VR17', 'cbs100');
  await session.sync();
  assert.deepEqual(await session.reach('a'), { siteId: 'a' });
  assert.deepEqual(api.calls.at(-1), ['reach', 's1', 'a']);
  plan.setArea('', '');
  await session.sync();
  assert.equal(session.active(), false);
  assert.ok(api.calls.some((c) => c[0] === 'delete' && c[1] === 's1'));
  assert.equal(await session.reach('a'), null);
});

test('sync says whether the listeners were told: a plan restored as it was leaves the session alone', async () => {
  const { api, plan, session, changes } = setUp();
  assert.equal(await session.sync(), false, 'no region, no session');
  plan.setArea('VR17', 'cbs100');
  plan.setNsp('a', true);
  assert.equal(await session.sync(), true);
  const told = changes.length;
  const calls = api.calls.length;
  // the same scenario reopened: the same plan again
  plan.restore(plan.snapshot());
  assert.equal(await session.sync(), false);
  assert.deepEqual([changes.length, api.calls.length], [told, calls]);
  plan.toggleNsp('b');
  assert.equal(await session.sync(), true);
});
