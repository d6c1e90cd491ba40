import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constraintLine, curveSummary, formatGap, formatPercent1, isFinal, progressValue, resultSummary, statusLine } from '../../main/resources/static/js/optimise/optimise-format.js';

test('gap with two decimals, share with one, in Dutch', () => {
  assert.equal(formatGap(0.002), '0,20 %');
  assert.equal(formatGap(0), '0,00 %');
  assert.equal(formatGap(null), '—');
  assert.equal(formatPercent1(0.96712), '96,7 %');
  assert.equal(formatPercent1(undefined), '—');
});

test('progress: queued 0, ended 1, running clamped', () => {
  assert.equal(progressValue({ status: 'queued', progress: 0.5 }), 0);
  assert.equal(progressValue({ status: 'running', progress: 0.25 }), 0.25);
  assert.equal(progressValue({ status: 'running', progress: 1.7 }), 1);
  assert.equal(progressValue({ status: 'running', progress: -1 }), 0);
  assert.equal(progressValue({ status: 'running' }), 0);
  assert.equal(progressValue({ status: 'cancelled', progress: 0.3 }), 1);
  assert.equal(progressValue({ status: 'done', progress: 0.9 }), 1);
});

test('final statuses stop the polling', () => {
  assert.deepEqual(['queued', 'running', 'done', 'cancelled', 'failed'].map(isFinal), [false, false, true, true, true]);
});

test('status lines in Dutch', () => {
  assert.equal(statusLine({ status: 'queued', elapsedSeconds: 0 }), 'in de wachtrij');
  assert.equal(statusLine({ status: 'running', phase: 'greedy', elapsedSeconds: 3.4, bestObjective: 1234567.4 }), 'bezig (greedy) · 3 s · beste 1.234.567');
  assert.equal(statusLine({ status: 'running', phase: null, elapsedSeconds: 0, bestObjective: null }), 'bezig · 0 s');
  assert.equal(statusLine({ status: 'cancelled', elapsedSeconds: 2 }), 'geannuleerd');
  assert.equal(statusLine({ status: 'failed', error: 'geen kandidaten' }), 'mislukt: geen kandidaten');
  assert.equal(statusLine({ status: 'done', elapsedSeconds: 12.6 }), 'klaar · 13 s');
});

test('result summaries per model', () => {
  assert.equal(resultSummary({ model: 'mclp', objective: 1234567, bound: 1237036.2, gap: 0.002, coveredShare: 0.967, selected: ['a'] }),
    'Dekking 96,7 % · 1.234.567 inw. · bovengrens 1.237.036 · gat 0,20 %');
  assert.equal(resultSummary({ model: 'lscp', objective: 41, bound: 39.2, gap: 0.0465, coveredShare: 1, selected: new Array(41).fill('x') }),
    '41 punten · dekking 100,0 % · ondergrens 40 · gat 4,65 %');
  assert.equal(resultSummary({ model: 'mclp', objective: 10, bound: null, gap: null, coveredShare: 0.5, selected: [] }),
    'Dekking 50,0 % · 10 inw. · bovengrens — · gat —');
});

test('the curve line names its range of p and coverage, and a time limit', () => {
  const curve = [{ p: 1, coveredShare: 0.0097 }, { p: 2, coveredShare: 0.05 }, { p: 15, coveredShare: 0.343 }];
  assert.equal(curveSummary({ curve, status: 'feasible' }), '1 tot 15 punten: 1,0 % tot 34,3 % · klik op de curve om p te kiezen');
  assert.equal(curveSummary({ curve, status: 'time-limit' }), '1 tot 15 punten: 1,0 % tot 34,3 % · tijdslimiet bereikt · klik op de curve om p te kiezen');
  assert.match(curveSummary({ curve: [], status: 'time-limit' }), /tijdslimiet/);
});

test('the constraint line counts what a run takes along', () => {
  assert.equal(constraintLine({ fixed: 0, excluded: 0, own: 0, skipped: 0 }), 'Geen vaste of uitgesloten locaties.');
  assert.equal(constraintLine({ fixed: 1, excluded: 2, own: 1, skipped: 0 }), 'Gaat mee: 1 vast · 2 uitgesloten · 1 eigen locatie.');
  assert.equal(constraintLine({ fixed: 0, excluded: 0, own: 3, skipped: 2 }), 'Gaat mee: 3 eigen locaties · 2 buiten de regio genegeerd.');
});

test('a p-median result gives the mean walking distance, not a coverage share', () => {
  // measured on VR17 (cbs100), p = 20, 30 s: objective 1,907,615,136.6 over 1,299,060 inhabitants = 1,468 m; gap 7.06 %
  const r = { model: 'pmedian', objective: 1907615136.6485822, bound: 1772981271.19, gap: 0.07057705868827409, coveredShare: 1,
    totalWeight: 1299060, selected: new Array(20).fill('x') };
  assert.equal(resultSummary(r), '20 punten · gem. afstand 1.468 m · afstandssom 1.907.615.137 · ondergrens 1.772.981.271 · gat 7,06 %');
});
