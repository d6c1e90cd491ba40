// @ts-check
/**
 * Colour classes for the population layer (DOM-free, so `node --test` can check them).
 * Grid cells are classed by people per cell; other demand points (areal units spread to points) by
 * people per point.
 */
export const COLOURS = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
export const UNKNOWN_COLOUR = '#b8bec4';

/** Lower bounds of the classes, per kind of layer and value shown. */
const BREAKS = {
  grid: { inhabitants: [1, 25, 50, 100, 200, 400], inhabitants65Plus: [1, 10, 20, 40, 80, 150] },
  points: { inhabitants: [1, 1000, 2500, 5000, 10000, 20000], inhabitants65Plus: [1, 200, 500, 1000, 2000, 4000] },
};

/**
 * @param {boolean} grid true for CBS grid layers
 * @param {'inhabitants'|'inhabitants65Plus'} value
 * @returns {number[]}
 */
export function breaksFor(grid, value) {
  return BREAKS[grid ? 'grid' : 'points'][value];
}

/**
 * Index of the class a value falls in, -1 for 0 people (not drawn), or null when unknown.
 * @param {number|null} v @param {number[]} breaks
 */
export function classOf(v, breaks) {
  if (v === null || v === undefined) return null;
  if (v < breaks[0]) return -1;
  let k = 0;
  while (k + 1 < breaks.length && v >= breaks[k + 1]) k++;
  return k;
}

/**
 * Legend rows: label and colour per class, Dutch number formatting.
 * @param {number[]} breaks @param {(n: number) => string} fmt
 */
export function legendRows(breaks, fmt) {
  return breaks.map((b, i) => ({
    colour: COLOURS[i],
    label: i + 1 < breaks.length ? `${fmt(b)} – ${fmt(breaks[i + 1] - 1)}` : `${fmt(b)} en meer`,
  }));
}
