import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScenarioTracker } from '../../main/resources/static/js/scenario/scenario-tracker.js';
import { statusLine, summaryLine, unsavedQuestion, formatDateTime } from '../../main/resources/static/js/scenario/scenario-format.js';
import { createWorkingPlan } from '../../main/resources/static/js/plan/working-plan.js';

function saved(version = 2, extra = {}) {
  return {
    id: 's1', version, name: 'Rijnmond basis', author: 'Anna', description: '', published: false, region: 'VR17', demandLayer: 'cbs100',
    norms: { radiusMetres: 1000, radius65Metres: 500, urbanityRadiusMetres: {}, linkRangeMetres: 5000, maxNspPerCp: 20, inhabitantsPerNsp: 5000 },
    nspSiteIds: ['a', 'b'], cpSiteIds: [], fixedSiteIds: [], excludedSiteIds: [], ownSites: [],
    dataVersion: 1, currentDataVersion: 1, updatedAt: '2026-12-02T13:02:11Z', ...extra,
  };
}

test('without a scenario the plan is unsaved as soon as it holds a site', () => {
  const t = createScenarioTracker();
  const plan = createWorkingPlan();
  plan.setArea('VR17', 'cbs100');
  assert.deepEqual(t.status(plan.snapshot()), { state: 'empty', dirty: false, scenario: null, changes: [], origin: '' });
  plan.toggleNsp('a');
  assert.equal(t.status(plan.snapshot()).state, 'new');
  assert.equal(t.status(plan.snapshot()).dirty, true);
});

test('an opened scenario is clean until the plan differs from what was saved, and clean again when undone', () => {
  const t = createScenarioTracker();
  const plan = createWorkingPlan();
  let notified = 0;
  t.subscribe(() => notified++);
  const s = saved();
  t.open(s);
  plan.restore(s);
  assert.equal(notified, 1);
  assert.equal(t.status(plan.snapshot()).state, 'saved');
  plan.toggleNsp('c');
  assert.deepEqual(t.status(plan.snapshot()).changes, ['1 NSP erbij']);
  assert.equal(t.status(plan.snapshot()).dirty, true);
  plan.toggleNsp('c');
  assert.equal(t.status(plan.snapshot()).dirty, false);
  // a save answers with version + 1: that is the baseline now
  plan.toggleNsp('c');
  t.open(saved(3, { nspSiteIds: ['a', 'b', 'c'] }));
  assert.equal(t.status(plan.snapshot()).state, 'saved');
  assert.equal(t.scenario()?.version, 3);
});

test('publishing moves the open version only when it was made on it; closing keeps the plan and names its origin', () => {
  const t = createScenarioTracker();
  t.open(saved(2));
  t.published({ id: 's1', version: 3, published: true }, 2);
  assert.deepEqual([t.scenario()?.version, t.scenario()?.published], [3, true]);
  // published from the list on version 5 (someone saved 4 and 5 in between): the open version stays, so the next save conflicts
  t.published({ id: 's1', version: 6, published: false }, 5);
  assert.deepEqual([t.scenario()?.version, t.scenario()?.published], [3, false]);
  t.published({ id: 'other', version: 9, published: true }, 3);
  assert.equal(t.scenario()?.version, 3);
  t.close('uit bestand plan.geojson');
  assert.equal(t.scenario(), null);
  const plan = createWorkingPlan();
  plan.toggleNsp('a');
  assert.equal(t.status(plan.snapshot()).origin, 'uit bestand plan.geojson');
});

test('the status line names the scenario, its version, author and what changed', () => {
  const t = createScenarioTracker();
  const plan = createWorkingPlan();
  assert.deepEqual(statusLine(t.status(plan.snapshot())), { title: 'Nieuw werkplan', detail: 'nog leeg', badge: '' });
  plan.toggleNsp('a');
  assert.deepEqual(statusLine(t.status(plan.snapshot())), { title: 'Nieuw werkplan', detail: 'nog geen scenario', badge: 'niet opgeslagen' });
  const s = saved(2, { published: true, currentDataVersion: 2 });
  t.open(s);
  plan.restore(s);
  assert.deepEqual(statusLine(t.status(plan.snapshot())),
    { title: 'Rijnmond basis', detail: 'versie 2 · Anna · gepubliceerd · gegevensversie 1 (nu 2)', badge: '' });
  plan.setNorms({ radiusMetres: 800 });
  plan.toggleNsp('b');
  const st = t.status(plan.snapshot());
  assert.equal(statusLine(st).badge, 'niet opgeslagen wijzigingen');
  assert.ok(statusLine(st).detail.endsWith('gewijzigd: normen, 1 NSP eraf'));
  assert.equal(unsavedQuestion(st, 'Een ander scenario openen'),
    'De wijzigingen in “Rijnmond basis” sinds versie 2 (normen, 1 NSP eraf) zijn nog niet opgeslagen. '
    + 'Een ander scenario openen vervangt het werkplan; wat niet is opgeslagen gaat dan verloren.');
});

test('a list line has author, date in Dutch time, counts and version', () => {
  // 13:02 UTC on 2 December is 14:02 in Amsterdam (CET, UTC+1)
  assert.equal(formatDateTime('2026-12-02T13:02:11Z'), '2 dec 2026, 14:02');
  assert.equal(summaryLine({ author: 'Anna', updatedAt: '2026-12-02T13:02:11Z', nspCount: 659, cpCount: 1, version: 3 }),
    "Anna · 2 dec 2026, 14:02 · 659 NSP's · 1 CP · versie 3");
  assert.equal(summaryLine({ author: '', updatedAt: '', nspCount: 1, cpCount: 0, version: 1 }), "onbekende auteur · 1 NSP · 0 CP's · versie 1");
});
