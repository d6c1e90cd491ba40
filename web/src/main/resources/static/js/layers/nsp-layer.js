// @ts-check
import { L } from '../map/leaflet.js';
import { clickSite } from './candidate-layer.js';

export const NSP_COLOUR = '#e07b00';
const RING_COLOUR = '#0b3d59';
/** The ring of a fixed NSP ("vast": the optimiser keeps it). */
export const FIXED_COLOUR = '#c9a200';

/**
 * The open NSPs: larger orange markers with a dark ring, drawn above the candidate sites (a fixed NSP gets a wide
 * gold ring), and for the selected site (the NSP opened last, or any site whose popup was opened) a circle of the
 * walking radius. Their popups offer "Verwijder NSP"; in an edit mode a click acts at once.
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 * @param {import('./candidate-layer.js').NspEditing} editing
 * @param {(id: string) => any} siteOf a site's feature by id (candidates and own sites)
 * @param {(id: string) => void} [onSelect] called when the selected site changes ('' = none)
 */
export function createNspLayer(map, renderer, editing, siteOf, onSelect = () => undefined) {
  const group = L.layerGroup();
  const radiusGroup = L.layerGroup();
  /** @type {Map<string, any>} */
  let sites = new Map();
  let selected = '';
  let radiusMetres = 1000;

  function drawRadius() {
    radiusGroup.clearLayers();
    const f = selected ? siteOf(selected) : undefined;
    if (!f) return;
    radiusGroup.addLayer(L.circle([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
      renderer, radius: radiusMetres, color: RING_COLOUR, weight: 2, dashArray: '6 4', fill: true,
      fillColor: NSP_COLOUR, fillOpacity: 0.05, interactive: false,
    }));
  }

  /** Marker size by zoom: large when zoomed in, small enough at region scale to keep the coverage visible. */
  function markerRadius() {
    const z = map.getZoom();
    return z >= 14 ? 9 : z >= 12 ? 6 : 2.5;
  }

  /** @param {string} id */
  function select(id) {
    const changed = id !== selected;
    selected = id;
    drawRadius();
    if (changed) onSelect(id);
  }

  let fixedDrawn = 0;
  /** @type {any[]} */
  let lastFeatures = [];

  function draw() {
    group.clearLayers();
    fixedDrawn = 0;
    const r = markerRadius();
    for (const f of lastFeatures) {
      const latLng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      if (editing.isFixed?.(f.properties.id)) {
        group.addLayer(L.circleMarker(latLng, { renderer, radius: r + 4, weight: 4, color: FIXED_COLOUR, fill: false, interactive: false }));
        fixedDrawn++;
      }
      const m = L.circleMarker(latLng, {
        renderer, radius: r, weight: r > 5 ? 3 : 1, color: RING_COLOUR, fillColor: NSP_COLOUR, fillOpacity: 1,
      });
      const fixed = editing.isFixed?.(f.properties.id) ? ' (vast)' : '';
      m.bindTooltip(`NSP: ${f.properties.name}${fixed}`, { direction: 'top', offset: [0, -9] });
      m.on('click', (e) => {
        L.DomEvent.stop(e);
        select(f.properties.id);
        clickSite(map, f, editing);
      });
      group.addLayer(m);
    }
  }
  map.on('zoomend', draw);

  return {
    layer: group,
    radiusLayer: radiusGroup,
    /**
     * @param {any[]} features GeoJSON features of the open sites
     * @param {number} radius walking radius in metres (for the selected NSP's circle)
     */
    show(features, radius) {
      lastFeatures = features;
      sites = new Map(features.map((f) => [f.properties.id, f]));
      radiusMetres = radius;
      draw();
      if (selected && !siteOf(selected)) select('');
      else drawRadius();
    },
    /** @param {string} id the site whose radius (and reach) is shown ('' = none) */
    select,
    /** @returns {string} the selected NSP ('' = none) */
    selected: () => selected,
    count: () => sites.size,
    /** Fixed-NSP rings drawn by the last show(). */
    fixedDrawn: () => fixedDrawn,
  };
}
