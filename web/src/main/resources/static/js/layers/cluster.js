// @ts-check
/**
 * Grid clustering in screen space (DOM-free): points whose pixel positions fall in the same square of
 * `cellPixels` form one cluster, placed at their mean position. Deterministic: clusters come out in the
 * order their first member appears.
 *
 * @template T
 * @param {T[]} items
 * @param {(item: T) => {x: number, y: number}} toPixel
 * @param {number} cellPixels
 * @returns {Array<{x: number, y: number, members: T[]}>}
 */
export function clusterByGrid(items, toPixel, cellPixels) {
  /** @type {Map<string, {sx: number, sy: number, members: T[]}>} */
  const cells = new Map();
  for (const item of items) {
    const p = toPixel(item);
    const key = `${Math.floor(p.x / cellPixels)}:${Math.floor(p.y / cellPixels)}`;
    let c = cells.get(key);
    if (!c) {
      c = { sx: 0, sy: 0, members: [] };
      cells.set(key, c);
    }
    c.sx += p.x;
    c.sy += p.y;
    c.members.push(item);
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.members.length, y: c.sy / c.members.length, members: c.members }));
}
