// @ts-check
import { L } from '../map/leaflet.js';
import { ViewportCanvas } from '../map/viewport-canvas.js';
import { rdToLatLon } from '../geo/rd.js';

const EARTH_CIRCUMFERENCE_METRES = 40075016.686;
/** Scenario A and B on the difference map (a colour-blind-safe blue/orange pair); sites of both in grey. */
export const A_COLOUR = '#2166ac';
export const B_COLOUR = '#e66101';
export const BOTH_COLOUR = '#555555';
export const A_CELL_COLOUR = '#67a9cf';
export const B_CELL_COLOUR = '#fdb863';

/**
 * The demand cells covered by one scenario only, on one canvas (a comparison can list thousands): squares of the
 * layer's cell size, light blue = covered in A only, light orange = covered in B only; dots for layers without cells.
 */
const ChangedCells = ViewportCanvas.extend({
  options: { pane: 'difference' },
  canvasClass: 'difference-canvas',

  initialize() {
    this._n = 0;
    this._cellSize = 0;
  },

  onAdd(map) {
    if (!map.getPane('difference')) map.createPane('difference').style.zIndex = '360';
    ViewportCanvas.prototype.onAdd.call(this, map);
  },

  /** @param {Array<{x: number, y: number, coveredInA: boolean}>} points @param {number} cellSizeMetres */
  setPoints(points, cellSizeMetres) {
    this._n = points.length;
    this._cellSize = cellSizeMetres;
    this._lat = new Float64Array(this._n);
    this._lon = new Float64Array(this._n);
    this._inA = new Uint8Array(this._n);
    points.forEach((p, i) => {
      const [lat, lon] = rdToLatLon(p.x, p.y);
      this._lat[i] = lat;
      this._lon[i] = lon;
      this._inA[i] = p.coveredInA ? 1 : 0;
    });
    this._reset();
  },

  _draw(ctx, size) {
    ctx.clearRect(0, 0, size.x, size.y);
    if (!this._n) return;
    const map = this._map;
    const metresPerPixel = (EARTH_CIRCUMFERENCE_METRES * Math.cos((map.getCenter().lat * Math.PI) / 180)) / 2 ** (map.getZoom() + 8);
    const side = this._cellSize > 0 ? Math.max(2, this._cellSize / metresPerPixel) : 0;
    ctx.globalAlpha = 0.8;
    for (const inA of [1, 0]) {
      ctx.fillStyle = inA ? A_CELL_COLOUR : B_CELL_COLOUR;
      ctx.beginPath();
      for (let i = 0; i < this._n; i++) {
        if (this._inA[i] !== inA) continue;
        const p = map.latLngToContainerPoint([this._lat[i], this._lon[i]]);
        if (p.x < -20 || p.y < -20 || p.x > size.x + 20 || p.y > size.y + 20) continue;
        if (side) {
          ctx.rect(p.x - side / 2, p.y - side / 2, side, side);
        } else {
          ctx.moveTo(p.x + 4, p.y);
          ctx.arc(p.x, p.y, 4, 0, 2 * Math.PI);
        }
      }
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  },
});

/**
 * The difference map of two scenarios: the cells covered by one of them only (canvas), NSPs of A only (blue), of B
 * only (orange) and of both (small grey), and CPs as diamonds in the same colours, each with its name as tooltip.
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 */
export function createDifferenceLayer(map, renderer) {
  const cells = new ChangedCells();
  const sites = L.layerGroup();
  /** @type {Array<{marker: L.CircleMarker, both: boolean}>} */
  let markers = [];
  /** Small at region scale, so the cells between the sites stay visible. @param {boolean} both */
  const radius = (both) => {
    const z = map.getZoom();
    const r = z >= 14 ? 8 : z >= 12 ? 6 : 4;
    return both ? r * 0.6 : r;
  };
  map.on('zoomend', () => { for (const m of markers) m.marker.setRadius(radius(m.both)); });
  /** @type {L.LatLngBounds|null} */
  let bounds = null;

  /** @param {{lat: number, lon: number}} s */
  const extend = (s) => {
    const ll = L.latLng(s.lat, s.lon);
    bounds = bounds ? bounds.extend(ll) : L.latLngBounds(ll, ll);
  };

  return {
    cells,
    sites,
    /**
     * @param {ReturnType<typeof import('../scenario/compare-format.js').differenceSites>} groups
     * @param {any[]} changedPoints the comparison's `changedPoints` (RD metres) @param {number} cellSizeMetres 0 = dots
     */
    show(groups, changedPoints, cellSizeMetres) {
      sites.clearLayers();
      markers = [];
      bounds = null;
      cells.setPoints(changedPoints, cellSizeMetres);
      for (const p of changedPoints) {
        const [lat, lon] = rdToLatLon(p.x, p.y);
        extend({ lat, lon });
      }
      /** @type {Array<[keyof typeof groups, string, string]>} */
      const nspStyles = [['nspInBoth', BOTH_COLOUR, 'In beide'], ['nspOnlyInA', A_COLOUR, 'Alleen in A'], ['nspOnlyInB', B_COLOUR, 'Alleen in B']];
      for (const [group, colour, label] of nspStyles) {
        const both = group === 'nspInBoth';
        for (const s of groups[group]) {
          const m = L.circleMarker([s.lat, s.lon], { renderer, radius: radius(both), weight: 1.5, color: '#fff', fillColor: colour, fillOpacity: 1 });
          markers.push({ marker: m, both });
          m.bindTooltip(`${label}: ${s.name} (NSP)`, { direction: 'top' });
          sites.addLayer(m);
          extend(s);
        }
      }
      /** @type {Array<[keyof typeof groups, string, string]>} */
      const cpStyles = [['cpInBoth', 'both', 'In beide'], ['cpOnlyInA', 'a', 'Alleen in A'], ['cpOnlyInB', 'b', 'Alleen in B']];
      for (const [group, cls, label] of cpStyles) {
        for (const s of groups[group]) {
          const icon = L.divIcon({ className: `diff-cp ${cls}`, html: '<span></span>', iconSize: [14, 14] });
          const m = L.marker([s.lat, s.lon], { icon, keyboard: false });
          m.bindTooltip(`${label}: ${s.name} (CP)`, { direction: 'top' });
          sites.addLayer(m);
          extend(s);
        }
      }
    },
    /** @returns {L.LatLngBounds|null} everything drawn */
    bounds: () => bounds,
  };
}
