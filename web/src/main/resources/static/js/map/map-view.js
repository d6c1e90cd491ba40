// @ts-check
import { L } from './leaflet.js';

/** The Netherlands, for the initial view. */
export const NETHERLANDS = L.latLngBounds([50.75, 3.35], [53.56, 7.23]);

/**
 * Creates the Leaflet map with its base maps (from the server's configuration, plus "Geen achtergrond"),
 * a layer control, a pane for the population canvas below the vector layers, and a shared canvas renderer.
 * With no tiles reachable the map keeps working: the background stays plain and a note is shown once.
 *
 * @param {HTMLElement} container
 * @param {Array<{name: string, url: string, attribution: string}>} baseMaps
 * @param {(text: string) => void} onTilesUnavailable
 */
export function createMapView(container, baseMaps, onTilesUnavailable) {
  const map = L.map(container, { zoomControl: true, preferCanvas: true, minZoom: 6, maxZoom: 19, zoomSnap: 0.5 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.createPane('population').style.zIndex = '350';
  const renderer = L.canvas({ padding: 0.3 });

  /** @type {Record<string, L.Layer>} */
  const bases = {};
  const plain = L.layerGroup();
  for (const b of baseMaps) {
    const tiles = L.tileLayer(b.url, { attribution: b.attribution, maxZoom: 19, crossOrigin: true });
    let errors = 0;
    let loaded = 0;
    tiles.on('tileload', () => { loaded += 1; });
    tiles.on('tileerror', () => {
      errors += 1;
      // several failures and not one tile: unreachable (e.g. offline); fall back to a plain background
      if (errors === 4 && loaded === 0 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        plain.addTo(map);
        onTilesUnavailable(`Achtergrondkaart (${b.name}) niet bereikbaar; de kaart toont alleen de eigen lagen.`);
      }
    });
    bases[b.name] = tiles;
  }
  bases['Geen achtergrond'] = plain;
  Object.values(bases)[0].addTo(map);
  // the control lists many layers: folded to its icon, it opens on hover, tap, or Enter on the focused icon
  const layerControl = L.control.layers(bases, {}, { collapsed: true, position: 'topright' }).addTo(map);
  /** @type {Array<{layer: L.Layer, name: string}>} overlays in the control, in order */
  let overlays = [];
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  map.fitBounds(NETHERLANDS);

  return {
    map,
    renderer,
    /** @param {L.Layer} layer @param {string} name @param {boolean} [on] shown at first (default) */
    addOverlay(layer, name, on = true) {
      if (on) layer.addTo(map);
      layerControl.addOverlay(layer, name);
      overlays.push({ layer, name });
    },
    /**
     * Puts overlays into the control after `after` (replacing those previously put there with the same `group`),
     * keeping the control's order: e.g. one entry per kind of candidate site present in the area.
     * @param {string} group @param {L.Layer} after @param {Array<{layer: L.Layer, name: string}>} entries
     */
    setOverlayGroup(group, after, entries) {
      const keep = overlays.filter((x) => /** @type {any} */ (x).group !== group);
      const at = keep.findIndex((x) => x.layer === after) + 1;
      const next = [...keep.slice(0, at), ...entries.map((e) => ({ ...e, group })), ...keep.slice(at)];
      for (const x of overlays) layerControl.removeLayer(x.layer);
      for (const x of next) layerControl.addOverlay(x.layer, x.name);
      overlays = next;
    },
  };
}
