// @ts-check
import { L } from '../map/leaflet.js';
import { ViewportCanvas } from '../map/viewport-canvas.js';
import { COLOURS, UNKNOWN_COLOUR, breaksFor, classOf, quantileBreaks } from './population-classes.js';

const EARTH_CIRCUMFERENCE_METRES = 40075016.686;

/**
 * The population layer: demand points drawn on one canvas (never one DOM node per cell). Grid layers are
 * drawn as squares of their cell size, other layers as dots. Redrawn after every pan or zoom; clicking a
 * cell shows its counts.
 *
 * Data: the compact /api/demand response ({cellSizeMetres, points: [[lon, lat, inh, inh65], ...]}).
 */
const PopulationCanvas = ViewportCanvas.extend({
  options: { pane: 'population' },
  canvasClass: 'population-canvas',

  initialize() {
    this._data = null;
    this._value = 'inhabitants';
    this._drawn = 0;
  },

  onAdd(map) {
    ViewportCanvas.prototype.onAdd.call(this, map);
    map.on('click', this._click, this);
  },

  onRemove(map) {
    map.off('click', this._click, this);
    ViewportCanvas.prototype.onRemove.call(this, map);
  },

  setData(data) {
    this._data = data;
    this._breaks = null;
    this._reset();
  },

  setValue(value) {
    this._value = value;
    this._breaks = null;
    this._reset();
  },

  /** Class breaks in use: fixed per cell for CBS grids, from the data for other layers. */
  breaks() {
    const data = this._data;
    if (!data) return [];
    if (!this._breaks) {
      const column = this._value === 'inhabitants65Plus' ? 3 : 2;
      this._breaks = data.cellSizeMetres > 0 ? breaksFor(true, this._value)
        : quantileBreaks(data.points.map((row) => row[column]));
    }
    return this._breaks;
  },

  _pixelsPerMetre() {
    const centre = this._map.getCenter();
    const metresPerPixel = (EARTH_CIRCUMFERENCE_METRES * Math.cos((centre.lat * Math.PI) / 180))
      / 2 ** (this._map.getZoom() + 8);
    return 1 / metresPerPixel;
  },

  _draw(ctx, size) {
    ctx.clearRect(0, 0, size.x, size.y);
    this._drawn = 0;
    const data = this._data;
    if (!data) return;
    const grid = data.cellSizeMetres > 0;
    const column = this._value === 'inhabitants65Plus' ? 3 : 2;
    const breaks = this.breaks();
    const side = grid ? Math.max(1.5, data.cellSizeMetres * this._pixelsPerMetre()) : 0;
    const map = this._map;
    const pad = 20;
    ctx.globalAlpha = 0.8;
    for (const row of data.points) {
      const p = map.latLngToContainerPoint([row[1], row[0]]);
      if (p.x < -pad || p.y < -pad || p.x > size.x + pad || p.y > size.y + pad) continue;
      const k = classOf(row[column], breaks);
      if (k === -1) continue;
      ctx.fillStyle = k === null ? UNKNOWN_COLOUR : COLOURS[k];
      if (grid) {
        ctx.fillRect(p.x - side / 2, p.y - side / 2, side, side);
      } else {
        ctx.beginPath();
        ctx.arc(p.x, p.y, 3 + 1.2 * (k ?? 0), 0, 2 * Math.PI);
        ctx.fill();
      }
      this._drawn++;
    }
    ctx.globalAlpha = 1;
  },

  _click(e) {
    const data = this._data;
    if (!data || data.cellSizeMetres <= 0) return;
    const half = Math.max(3, (data.cellSizeMetres * this._pixelsPerMetre()) / 2);
    const c = this._map.latLngToContainerPoint(e.latlng);
    for (const row of data.points) {
      const p = this._map.latLngToContainerPoint([row[1], row[0]]);
      if (Math.abs(p.x - c.x) <= half && Math.abs(p.y - c.y) <= half) {
        const fmt = new Intl.NumberFormat('nl-NL');
        const inh65 = row[3] === null ? 'onbekend (geheimhouding CBS)' : fmt.format(row[3]);
        L.popup().setLatLng([row[1], row[0]])
          .setContent(`<div class="popup"><h3>Cel ${data.cellSizeMetres} m</h3><dl><dt>Inwoners</dt><dd>${fmt.format(row[2])}</dd>`
            + `<dt>65+</dt><dd>${inh65}</dd></dl></div>`)
          .openOn(this._map);
        return;
      }
    }
  },
});

/** Creates the population layer; `show(data)` replaces its points. */
export function createPopulationLayer() {
  const layer = new PopulationCanvas();
  return {
    layer,
    /** @param {any} data compact demand response */
    show(data) { layer.setData(data); },
    /** @param {'inhabitants'|'inhabitants65Plus'} value */
    setValue(value) { layer.setValue(value); },
    /** Class breaks of what is drawn. */
    breaks: () => layer.breaks(),
    /** Points on the canvas after the last redraw (only those in view). */
    drawn: () => layer._drawn,
  };
}
