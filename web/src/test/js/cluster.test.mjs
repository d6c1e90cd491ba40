import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterByGrid } from '../../main/resources/static/js/layers/cluster.js';

test('points in the same screen cell form one cluster at their mean position', () => {
  //  cell size 50:  a(10,10) b(40,20) -> cell 0:0;  c(60,10) -> cell 1:0;  d(10,160) -> cell 0:3
  const pts = [{ id: 'a', x: 10, y: 10 }, { id: 'b', x: 40, y: 20 }, { id: 'c', x: 60, y: 10 }, { id: 'd', x: 10, y: 160 }];
  const clusters = clusterByGrid(pts, (p) => p, 50);
  assert.equal(clusters.length, 3);
  assert.deepEqual(clusters[0].members.map((p) => p.id), ['a', 'b']);
  assert.equal(clusters[0].x, 25);
  assert.equal(clusters[0].y, 15);
  assert.deepEqual(clusters.map((c) => c.members.length), [2, 1, 1]);
});

test('every point ends up in exactly one cluster (seeded random check)', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pts = Array.from({ length: 500 }, (_, i) => ({ i, x: rnd() * 1000, y: rnd() * 1000 }));
  const clusters = clusterByGrid(pts, (p) => p, 64);
  const seen = clusters.flatMap((c) => c.members.map((p) => p.i)).sort((a, b) => a - b);
  assert.deepEqual(seen, pts.map((p) => p.i));
  for (const c of clusters) {
    const keys = new Set(c.members.map((p) => `${Math.floor(p.x / 64)}:${Math.floor(p.y / 64)}`));
    assert.equal(keys.size, 1);
  }
});
