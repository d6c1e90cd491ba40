import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenarioRights } from '../../main/resources/static/js/scenario/scenario-rights.js';

const server = (role, region = '', municipality = '') => ({ mode: 'server', authenticated: true, name: 'x', role, region, municipality });

test('the local mode and an unknown account may do everything', () => {
  assert.deepEqual(scenarioRights({ mode: 'local', authenticated: true, name: 'local' }, 'VR17'), { manage: true, change: true, reason: '' });
  assert.deepEqual(scenarioRights(null, 'VR17'), { manage: true, change: true, reason: '' });
});

test('a region planner manages its own region and reads the others', () => {
  assert.deepEqual(scenarioRights(server('region', 'VR17'), 'VR17'), { manage: true, change: true, reason: '' });
  const other = scenarioRights(server('region', 'VR17'), 'VR18');
  assert.equal(other.manage, false);
  assert.equal(other.change, false);
  assert.match(other.reason, /plant in VR17, niet in VR18/);
});

test('a municipality changes existing scenarios of its region only', () => {
  const own = scenarioRights(server('municipality', 'VR17', 'GM0599'), 'VR17');
  assert.equal(own.manage, false);
  assert.equal(own.change, true);
  assert.match(own.reason, /GM0599/);
  assert.equal(scenarioRights(server('municipality', 'VR17', 'GM0599'), 'VR01').change, false);
});

test('national accounts, viewers and the logged-out change nothing', () => {
  for (const a of [server('national'), server('viewer', 'VR17'), { mode: 'server', authenticated: false }]) {
    const r = scenarioRights(a, 'VR17');
    assert.equal(r.manage, false);
    assert.equal(r.change, false);
    assert.ok(r.reason.length > 0);
  }
});
