// @ts-check
import { ViewportCanvas } from '../map/viewport-canvas.js';
import { rdToLatLon } from '../geo/rd.js';

const EARTH_CIRCUMFERENCE_METRES = 40075016.686;
export const COVERED_COLOUR = '#1a9850';
export const UNCOVERED_COLOUR = '#d73027';

/**
 * Covered and uncovered demand: every demand point of the coverage session drawn on one canvas (never one DOM
 * node per cell), green when an open NSP lies within its radius, red when not. Grid layers are drawn as squares
 * of their cell size, other layers as dots. After a toggle only the changed points are updated (the toggle's
 * delta lists them) and the canvas is redrawn.
 */
const CoverageCanvas = ViewportCanvas.extend({
  options: { pane: 'coverage' },
  canvasClass: 'coverage-canvas',

  initialize() {
    this._n = 0;
    this._drawn = 0;
    this._use65 = false;
    this._cellSize = 0;
  },

  onAdd(map) {
    if (!map.getPane('coverage')) map.createPane('coverage').style.zIndex = '360';
    ViewportCanvas.prototype.onAdd.call(this, map);
  },

  setPoints(points, cellSizeMetres) {
    const n = points.length;
    this._n = n;
    this._cellSize = cellSizeMetres;
    this._lat = new Float64Array(n);
    this._lon = new Float64Array(n);
    this._covered = new Uint8Array(n);
    this._covered65 = new Uint8Array(n);
    /** @type {Map<string, number>} */
    this._index = new Map();
    points.forEach((p, i) => {
      const [lat, lon] = rdToLatLon(p.x, p.y);
      this._lat[i] = lat;
      this._lon[i] = lon;
      this._covered[i] = p.covered ? 1 : 0;
      this._covered65[i] = p.covered65 ? 1 : 0;
      this._index.set(p.id, i);
    });
    this._reset();
  },

  /** @param {{newlyCovered: string[], newlyUncovered: string[], newlyCovered65: string[], newlyUncovered65: string[]}} delta */
  applyDelta(delta) {
    if (!this._n) return;
    const set = (ids, array, value) => {
      for (const id of ids) {
        const i = this._index.get(id);
        if (i !== undefined) array[i] = value;
      }
    };
    set(delta.newlyCovered, this._covered, 1);
    set(delta.newlyUncovered, this._covered, 0);
    set(delta.newlyCovered65, this._covered65, 1);
    set(delta.newlyUncovered65, this._covered65, 0);
    this._reset();
  },

  clear() {
    this._n = 0;
    this._reset();
  },

  setUse65(use65) {
    this._use65 = use65;
    this._reset();
  },

  counts() {
    const flags = this._use65 ? this._covered65 : this._covered;
    let covered = 0;
    for (let i = 0; i < this._n; i++) covered += flags[i];
    return { points: this._n, covered, uncovered: this._n - covered };
  },

  _draw(ctx, size) {
    const started = performance.now();
    this._draw1(ctx, size);
    this._drawMs = performance.now() - started;
  },

  _draw1(ctx, size) {
    ctx.clearRect(0, 0, size.x, size.y);
    this._drawn = 0;
    if (!this._n) return;
    const map = this._map;
    const metresPerPixel = (EARTH_CIRCUMFERENCE_METRES * Math.cos((map.getCenter().lat * Math.PI) / 180))
      / 2 ** (map.getZoom() + 8);
    const grid = this._cellSize > 0;
    const side = grid ? Math.max(1.5, this._cellSize / metresPerPixel) : 0;
    const flags = this._use65 ? this._covered65 : this._covered;
    const pad = 20;
    ctx.globalAlpha = 0.55;
    // two passes, one fill style each: far fewer canvas state changes than switching per cell
    for (const value of [0, 1]) {
      ctx.fillStyle = value ? COVERED_COLOUR : UNCOVERED_COLOUR;
      ctx.beginPath();
      for (let i = 0; i < this._n; i++) {
        if (flags[i] !== value) continue;
        const p = map.latLngToContainerPoint([this._lat[i], this._lon[i]]);
        if (p.x < -pad || p.y < -pad || p.x > size.x + pad || p.y > size.y + pad) continue;
        if (grid) {
          ctx.rect(p.x - side / 2, p.y - side / 2, side, side);
        } else {
          ctx.moveTo(p.x + 4, p.y);
          ctx.arc(p.x, p.y, 4, 0, 2 * Math.PI);
        }
        this._drawn++;
      }
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  },
});

/** Creates the covered/uncovered layer. */
export function createCoverageLayer() {
  const layer = new CoverageCanvas();
  return {
    layer,
    /** @param {any[]} points from /api/coverage/sessions/{id}/points @param {number} cellSizeMetres 0 = dots */
    show(points, cellSizeMetres) { layer.setPoints(points, cellSizeMetres); },
    /** @param {any} delta a toggle's delta */
    apply(delta) { layer.applyDelta(delta); },
    clear() { layer.clear(); },
    /** @param {boolean} use65 colour by the 65+ radius instead of the all-inhabitants radius */
    setUse65(use65) { layer.setUse65(use65); },
    /** @returns {{points: number, covered: number, uncovered: number}} */
    counts: () => layer.counts(),
    /** Cells on the canvas after the last redraw (only those in view). */
    drawn: () => layer._drawn,
    /** Milliseconds the last redraw took. */
    drawMs: () => layer._drawMs ?? 0,
  };
}
