// @ts-check
import { ViewportCanvas } from '../map/viewport-canvas.js';
import { rdToLatLon } from '../geo/rd.js';

const EARTH_CIRCUMFERENCE_METRES = 40075016.686;
export const REACH_COLOUR = '#0b3d59';
export const ONLY_HERE_COLOUR = '#7b2cbf';

/**
 * The demand cells within the radius of the selected NSP (from /api/coverage/sessions/{id}/reach/{siteId}): outlined
 * squares, with a purple dot where no other open NSP covers the cell — what closing this NSP would lose (or opening
 * it would gain). Drawn on one canvas above the coverage colours.
 */
const ReachCanvas = ViewportCanvas.extend({
  options: { pane: 'reach' },
  canvasClass: 'reach-canvas',

  initialize() {
    this._points = [];
    this._cellSize = 0;
  },

  onAdd(map) {
    if (!map.getPane('reach')) map.createPane('reach').style.zIndex = '370';
    ViewportCanvas.prototype.onAdd.call(this, map);
  },

  setPoints(points, cellSizeMetres) {
    this._points = points.map((p) => ({ ll: rdToLatLon(p.x, p.y), onlyHere: p.onlyHere }));
    this._cellSize = cellSizeMetres;
    this._reset();
  },

  _draw(ctx, size) {
    ctx.clearRect(0, 0, size.x, size.y);
    if (!this._points.length) return;
    const map = this._map;
    const metresPerPixel = (EARTH_CIRCUMFERENCE_METRES * Math.cos((map.getCenter().lat * Math.PI) / 180)) / 2 ** (map.getZoom() + 8);
    const side = this._cellSize > 0 ? Math.max(2, this._cellSize / metresPerPixel) : 6;
    // every reached cell outlined; a purple dot in those no other open NSP covers
    const dot = Math.max(1.5, Math.min(5, side / 6));
    ctx.strokeStyle = REACH_COLOUR;
    ctx.lineWidth = side > 6 ? 1.5 : 0.8;
    ctx.globalAlpha = 0.9;
    const only = new Path2D();
    ctx.beginPath();
    for (const p of this._points) {
      const c = map.latLngToContainerPoint(p.ll);
      if (c.x < -side || c.y < -side || c.x > size.x + side || c.y > size.y + side) continue;
      ctx.rect(c.x - side / 2, c.y - side / 2, side, side);
      if (p.onlyHere) {
        only.moveTo(c.x + dot, c.y);
        only.arc(c.x, c.y, dot, 0, 2 * Math.PI);
      }
    }
    ctx.stroke();
    ctx.fillStyle = ONLY_HERE_COLOUR;
    ctx.fill(only);
    ctx.globalAlpha = 1;
  },
});

/** Creates the reach layer of the selected NSP. */
export function createReachLayer() {
  const layer = new ReachCanvas();
  let count = 0;
  return {
    layer,
    /** @param {any[]} points the reach's points (RD x/y, onlyHere) @param {number} cellSizeMetres 0 = dots */
    show(points, cellSizeMetres) {
      count = points.length;
      layer.setPoints(points, cellSizeMetres);
    },
    clear() {
      count = 0;
      layer.setPoints([], 0);
    },
    /** Cells of the last reach shown. */
    count: () => count,
  };
}
