// @ts-check
import { L } from '../map/leaflet.js';
import { openSitePopup } from './candidate-layer.js';

export const NSP_COLOUR = '#e07b00';
const RING_COLOUR = '#0b3d59';

/**
 * The open NSPs: larger orange markers with a dark ring, drawn above the candidate sites, and for the selected
 * NSP (the last one opened or clicked) a circle of the walking radius. Their popups offer "Verwijder NSP".
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 * @param {import('./candidate-layer.js').NspEditing} editing
 */
export function createNspLayer(map, renderer, editing) {
  const group = L.layerGroup();
  const radiusGroup = L.layerGroup();
  /** @type {Map<string, any>} */
  let sites = new Map();
  let selected = '';
  let radiusMetres = 1000;

  function drawRadius() {
    radiusGroup.clearLayers();
    const f = sites.get(selected);
    if (!f) return;
    radiusGroup.addLayer(L.circle([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
      renderer, radius: radiusMetres, color: RING_COLOUR, weight: 2, dashArray: '6 4', fill: true,
      fillColor: NSP_COLOUR, fillOpacity: 0.08, interactive: false,
    }));
  }

  /** Marker size by zoom: large when zoomed in, small enough at region scale to keep the coverage visible. */
  function markerRadius() {
    const z = map.getZoom();
    return z >= 14 ? 9 : z >= 12 ? 6 : 2.5;
  }
  map.on('zoomend', () => {
    const r = markerRadius();
    group.eachLayer((m) => /** @type {L.CircleMarker} */ (m).setStyle({ weight: r > 5 ? 3 : 1 }).setRadius(r));
  });

  return {
    layer: group,
    radiusLayer: radiusGroup,
    /**
     * @param {any[]} features GeoJSON features of the open sites
     * @param {number} radius walking radius in metres (for the selected NSP's circle)
     */
    show(features, radius) {
      group.clearLayers();
      sites = new Map(features.map((f) => [f.properties.id, f]));
      radiusMetres = radius;
      if (!sites.has(selected)) selected = '';
      for (const f of features) {
        const m = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          renderer, radius: markerRadius(), weight: markerRadius() > 5 ? 3 : 1, color: RING_COLOUR, fillColor: NSP_COLOUR, fillOpacity: 1,
        });
        m.bindTooltip(`NSP: ${f.properties.name}`, { direction: 'top', offset: [0, -9] });
        m.on('click', (e) => {
          L.DomEvent.stop(e);
          selected = f.properties.id;
          drawRadius();
          openSitePopup(map, f, editing);
        });
        group.addLayer(m);
      }
      drawRadius();
    },
    /** @param {string} id the NSP whose radius is drawn ('' = none) */
    select(id) {
      selected = id;
      drawRadius();
    },
    count: () => sites.size,
  };
}
