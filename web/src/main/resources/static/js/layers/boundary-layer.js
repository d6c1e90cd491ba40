// @ts-check
import { L } from '../map/leaflet.js';

/**
 * Municipal boundaries and the safety-region outline. Hovering a municipality shows its name; clicking it
 * calls `onMunicipalityClick` with its code.
 *
 * @param {L.Renderer} renderer
 * @param {(code: string) => void} onMunicipalityClick
 */
export function createBoundaryLayers(renderer, onMunicipalityClick) {
  const municipalities = L.geoJSON(undefined, {
    renderer,
    style: () => ({ color: '#34495e', weight: 1.2, fillColor: '#ffffff', fillOpacity: 0.05 }),
    onEachFeature: (feature, layer) => {
      const p = feature.properties;
      layer.bindTooltip(`${p.name} (${p.code})`, { sticky: true, direction: 'top' });
      layer.on('click', () => onMunicipalityClick(p.code));
    },
  });
  const region = L.geoJSON(undefined, {
    renderer,
    interactive: false,
    style: () => ({ color: '#0b3d59', weight: 3.5, fill: false, dashArray: '8 4' }),
  });
  let selected = '';
  return {
    municipalities,
    region,
    /**
     * @param {any} municipalityCollection GeoJSON FeatureCollection
     * @param {any|null} outline GeoJSON geometry of the region, or null
     * @param {string} selectedCode municipality to emphasise, or ''
     */
    show(municipalityCollection, outline, selectedCode) {
      municipalities.clearLayers();
      region.clearLayers();
      municipalities.addData(municipalityCollection);
      if (outline) region.addData({ type: 'Feature', geometry: outline, properties: {} });
      this.highlight(selectedCode);
    },
    /** @param {string} code */
    highlight(code) {
      selected = code;
      municipalities.eachLayer((l) => {
        const path = /** @type {L.Path & {feature: any}} */ (l);
        const on = path.feature.properties.code === selected;
        path.setStyle(on ? { color: '#e07b00', weight: 3 } : { color: '#34495e', weight: 1.2 });
      });
    },
    /** Number of municipality features drawn. */
    count: () => municipalities.getLayers().length,
  };
}
