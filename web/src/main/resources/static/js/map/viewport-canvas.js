// @ts-check
import { L } from './leaflet.js';

/**
 * A Leaflet layer that owns one canvas covering the map's viewport, redrawn on every move, zoom and resize
 * (hidden while a zoom animates) and sharp on high-DPI screens. Subclasses set `options.pane` and
 * `canvasClass`, and implement `_draw(ctx, size)` with `size` in CSS pixels.
 */
export const ViewportCanvas = L.Layer.extend({
  canvasClass: 'viewport-canvas',

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', this.canvasClass);
    this._canvas.style.pointerEvents = 'none';
    this.getPane().appendChild(this._canvas);
    map.on('moveend zoomend resize viewreset', this._reset, this);
    map.on('zoomstart', this._hide, this);
    this._reset();
  },

  onRemove(map) {
    map.off('moveend zoomend resize viewreset', this._reset, this);
    map.off('zoomstart', this._hide, this);
    L.DomUtil.remove(this._canvas);
    this._canvas = null;
  },

  _hide() {
    if (this._canvas) this._canvas.style.visibility = 'hidden';
  },

  _reset() {
    if (!this._map || !this._canvas) return;
    const size = this._map.getSize();
    const ratio = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(this._canvas, this._map.containerPointToLayerPoint([0, 0]));
    this._canvas.width = Math.round(size.x * ratio);
    this._canvas.height = Math.round(size.y * ratio);
    this._canvas.style.width = `${size.x}px`;
    this._canvas.style.height = `${size.y}px`;
    this._canvas.style.visibility = 'visible';
    const ctx = this._canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this._draw(ctx, size);
  },
});
