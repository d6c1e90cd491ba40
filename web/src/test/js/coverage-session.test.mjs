import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoverageSession } from '../../main/resources/static/js/coverage/coverage-session.js';

/** A fake API recording calls; toggles answer after a delay that shrinks, so unserialised calls would reorder. */
function fakeApi() {
  const calls = [];
  let sessions = 0;
  let delay = 30;
  return {
    calls,
    async createCoverageSession(request) {
      calls.push(['create', request.openSiteIds.join(','), (request.cpSiteIds ?? []).join(',')]);
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
      if (id === 's3') throw new Error('te veel punten');
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
    async deleteCoverageSession(id) { calls.push(['delete', id]); return null; },
    open: new Set(),
  };
}

test('toggles run one after another in click order and track the open set', async () => {
  const api = fakeApi();
  const session = createCoverageSession(api);
  const seen = [];
  session.subscribe((c) => seen.push(c.delta ? `${c.delta.siteId}:${c.delta.opened}` : `start:${c.report.openSites}`));
  await assert.rejects(session.toggle('a'), /nog geen dekkingsberekening/);
  session.start({ region: 'VR17', demandLayer: 'cbs100', openSiteIds: [] });
  const clicks = [session.toggle('a'), session.toggle('b'), session.toggle('a')];
  await Promise.all(clicks);
  assert.deepEqual(seen, ['start:0', 'a:true', 'b:true', 'a:false']);
  assert.deepEqual(api.calls.filter((c) => c[0] === 'toggle').map((c) => c[2]), ['a', 'b', 'a']);
  assert.deepEqual(session.openIds(), ['b']);
  assert.equal(session.isOpen('a'), false);
  assert.equal(session.isOpen('b'), true);
});

test('a new session replaces the open set and drops the previous server session; failed points still give the report', async () => {
  const api = fakeApi();
  const session = createCoverageSession(api);
  const changes = [];
  session.subscribe((c) => changes.push(c));
  await session.start({ region: 'VR17', demandLayer: 'cbs100', openSiteIds: ['x'] });
  await session.start({ region: 'VR17', demandLayer: 'cbs100', openSiteIds: ['y', 'z'] });
  assert.deepEqual(session.openIds(), ['y', 'z']);
  assert.ok(api.calls.some((c) => c[0] === 'delete' && c[1] === 's1'));
  await session.start({ region: 'VR17', demandLayer: 'pc4', openSiteIds: [] });
  const last = changes[changes.length - 1];
  assert.equal(last.report.openSites, 0);
  assert.deepEqual(last.points, []);
  assert.equal(last.pointsError, 'te veel punten');
  await session.stop();
  assert.equal(session.active(), false);
  assert.deepEqual(session.openIds(), []);
});

test('links come with every change: a toggle reads the session again; a CP change is a new session with the same NSPs', async () => {
  const api = fakeApi();
  const session = createCoverageSession(api);
  const changes = [];
  session.subscribe((c) => changes.push(c));
  await assert.rejects(session.toggleCp('cp'), /nog geen dekkingsberekening/);
  await session.start({ region: 'VR17', demandLayer: 'cbs100', openSiteIds: ['a'], norms: { linkRangeMetres: 3000 } });
  assert.deepEqual(changes.at(-1).links, { cps: 0, nsps: 1 });
  await session.toggle('b');
  assert.deepEqual(api.calls.slice(-2).map((c) => c[0]), ['toggle', 'get']);
  assert.deepEqual(changes.at(-1).links, { cps: 0, nsps: 2 });
  assert.equal(await session.toggleCp('cp'), true);
  assert.deepEqual(api.calls.filter((c) => c[0] === 'create').at(-1), ['create', 'a,b', 'cp']);
  assert.ok(api.calls.some((c) => c[0] === 'delete' && c[1] === 's1'));
  assert.equal(session.isCp('cp'), true);
  assert.deepEqual(changes.at(-1).links, { cps: 1, nsps: 2 });
  assert.equal(changes.at(-1).points, undefined, 'a CP change keeps the per-point colouring');
  // a new session for other norms keeps the CPs
  await session.start({ region: 'VR17', demandLayer: 'cbs100', openSiteIds: ['a', 'b'] });
  assert.deepEqual(api.calls.filter((c) => c[0] === 'create').at(-1), ['create', 'a,b', 'cp']);
  assert.equal(await session.toggleCp('cp'), false);
  assert.deepEqual(session.cpIds(), []);
  assert.deepEqual(changes.at(-1).links, { cps: 0, nsps: 2 });
});
