// @ts-check
import { L } from '../map/leaflet.js';
import { clickSite } from './candidate-layer.js';

/**
 * The planner's own locations (layer "Eigen locaties"): black squares with a white edge, above the NSP markers (an
 * own NSP shows as a square inside the orange NSP ring). They can be dragged to a new place (mouse or touch; the
 * keyboard route is the panel); `onMove` gets the new position.
 *
 * @param {L.Map} map
 * @param {import('./candidate-layer.js').NspEditing} editing
 * @param {(id: string, latLng: L.LatLng) => void} onMove
 */
export function createOwnSiteLayer(map, editing, onMove) {
  const group = L.layerGroup();
  let drawn = 0;
  return {
    layer: group,
    /** @param {any[]} features own-site features (see plan/site-catalogue.js) */
    show(features) {
      group.clearLayers();
      drawn = 0;
      for (const f of features) {
        const id = f.properties.id;
        const excluded = editing.isExcluded?.(id) ?? false;
        const m = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          icon: L.divIcon({ className: excluded ? 'own-icon excluded' : 'own-icon', html: excluded ? '×' : '', iconSize: [12, 12] }),
          draggable: true,
          keyboard: true,
          title: `Eigen locatie: ${f.properties.name}${excluded ? ' (uitgesloten)' : ''}`,
          zIndexOffset: 900,
        });
        m.on('click', (e) => {
          L.DomEvent.stop(e);
          clickSite(map, f, editing);
        });
        m.on('dragend', () => onMove(id, m.getLatLng()));
        group.addLayer(m);
        drawn++;
      }
    },
    drawn: () => drawn,
  };
}
