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

/** Quantiles of the non-zero values that start the classes above the first, for data-driven breaks. */
const QUANTILES = [0.5, 0.75, 0.9, 0.97, 0.995];

/** Rounds down to one or two significant digits (1, 1.5, 2, 3, 5, 7.5 x 10^k): readable legend numbers. */
export function niceFloor(v) {
  if (!(v > 0)) return 0;
  const e = Math.floor(Math.log10(v));
  const m = e >= 0 ? v / 10 ** e : v * 10 ** -e;
  const steps = [1, 1.5, 2, 3, 5, 7.5];
  let best = 1;
  for (const s of steps) if (s <= m + 1e-9) best = s;
  // divide for negative exponents: 3 / 10 is exactly 0.3, 3 * 0.1 is not
  return e >= 0 ? best * 10 ** e : best / 10 ** -e;
}

/**
 * Class breaks taken from the data, for layers whose points carry very different shares of people (areal
 * units spread over cells of several sizes): the first class starts just above 0, the others at rounded
 * quantiles of the non-zero values. Breaks are strictly increasing; fewer classes when values repeat.
 * @param {Array<number|null>} values
 * @returns {number[]}
 */
export function quantileBreaks(values) {
  const v = values.filter((x) => x !== null && x > 0).sort((a, b) => a - b);
  const breaks = [Number.MIN_VALUE];
  if (v.length === 0) return breaks;
  for (const q of QUANTILES) {
    const b = niceFloor(v[Math.min(v.length - 1, Math.floor(q * v.length))]);
    if (b > breaks[breaks.length - 1]) breaks.push(b);
  }
  return breaks;
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
  const fromData = breaks[0] < 1;
  return breaks.map((b, i) => {
    let label;
    if (i + 1 === breaks.length) label = `${fmt(b)} en meer`;
    else if (fromData) label = i === 0 ? `minder dan ${fmt(breaks[1])}` : `${fmt(b)} tot ${fmt(breaks[i + 1])}`;
    else label = `${fmt(b)} – ${fmt(breaks[i + 1] - 1)}`;
    return { colour: COLOURS[i], label };
  });
}
