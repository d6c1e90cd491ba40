// @ts-check
import { L } from '../map/leaflet.js';

export const PROPOSAL_COLOUR = '#7b2cbf';

/**
 * The optimiser's proposal before it is accepted (layer "Voorstel optimalisatie"): a purple ring per proposed site,
 * so it can be compared with the working plan's NSPs underneath.
 *
 * @param {L.Renderer} renderer
 */
export function createProposalLayer(renderer) {
  const group = L.layerGroup();
  let drawn = 0;
  return {
    layer: group,
    /** @param {Array<{id: string, name: string, lon: number, lat: number}>} sites the result's selectedSites */
    show(sites) {
      group.clearLayers();
      drawn = 0;
      for (const s of sites) {
        const m = L.circleMarker([s.lat, s.lon], { renderer, radius: 11, weight: 3, color: PROPOSAL_COLOUR, fill: false });
        m.bindTooltip(`Voorstel: ${s.name}`, { direction: 'top', offset: [0, -11] });
        group.addLayer(m);
        drawn++;
      }
    },
    clear() {
      group.clearLayers();
      drawn = 0;
    },
    drawn: () => drawn,
  };
}
