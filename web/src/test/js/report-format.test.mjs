import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileSize, isFinal, reportRequest, statusLine, summaryLine } from '../../main/resources/static/js/report/report-format.js';

const form = {
  regions: ['VR17'], allRegions: false, norm: '1000', target: '0.95', basis: 'reachable', cooperation: true,
  urbanity: false, key: 'equal', costsCsv: '', realisedCsv: '', outageMunicipalities: '', outageArea: '',
  unavailableSites: '', outageLabel: '',
};

test('the request leaves empty fields to the server defaults', () => {
  assert.deepEqual(reportRequest(form), {
    regions: ['VR17'], headlineRadiusMetres: 1000, headlineTarget: 0.95, targetBasis: 'reachable', cooperation: true,
    urbanity: false, accountabilityKey: 'equal',
  });
  assert.equal(reportRequest({ ...form, allRegions: true }).regions, undefined);
  assert.equal(reportRequest({ ...form, norm: '65plus' }).headline65, true);
});

test('an outage is sent only when something is marked, with lists split on commas and spaces', () => {
  const r = reportRequest({ ...form, outageMunicipalities: 'GM0599, GM0606', unavailableSites: 'a;b c', outageLabel: ' storing ' });
  assert.deepEqual(r.outage, { label: 'storing', municipalities: ['GM0599', 'GM0606'], unavailableSiteIds: ['a', 'b', 'c'] });
  assert.equal(reportRequest({ ...form, outageLabel: 'x' }).outage, undefined);
});

test('status lines in Dutch', () => {
  assert.equal(statusLine({ status: 'queued', progress: 0, elapsedSeconds: 0 }), 'in de wachtrij');
  assert.equal(statusLine({ status: 'running', phase: 'regions', progress: 0.456, elapsedSeconds: 12.4 }),
    "bezig: regio's doorrekenen (46 %, 12 s)");
  assert.equal(statusLine({ status: 'failed', error: 'boem', progress: 0, elapsedSeconds: 1 }), 'mislukt: boem');
  assert.ok(isFinal('done') && isFinal('cancelled') && !isFinal('running'));
});

test('the summary line and file sizes', () => {
  const line = summaryLine({ regions: 25, headlineNorm: 'r1000', headlineTarget: 0.95, nsp: 3199, nspLowerBound: 3106,
    ruleOfThumb: 3600, cp: 510, oneOffEur: 41726500, yearlyEur: 8148250, nationalSeconds: 30 });
  assert.equal(line, "3.199 NSP's (ondergrens 3.106) bij 1.000 m, 95 %; vuistregel 3.600; 510 CP's; € 41,7 mln eenmalig, "
    + "€ 8,1 mln per jaar (25 regio's).");
  assert.equal(fileSize(963931), '964 kB');
  assert.equal(fileSize(2515659), '2,5 MB');
  assert.equal(fileSize(1832), '2 kB');
});
