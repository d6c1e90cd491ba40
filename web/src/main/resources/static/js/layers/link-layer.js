// @ts-check
import { L } from '../map/leaflet.js';
import { clickSite } from './candidate-layer.js';
import { LINK_STYLES, UNLINKED_FULL_COLOUR, UNREACHABLE_COLOUR, linkKind, unlinkedReasons } from '../coverage/link-format.js';

export const CP_COLOUR = '#0a2a66';

/**
 * The coördinatiepunten (dark-blue diamonds, layer "CP's") and the NSP–CP links (layer "NSP–CP-verbindingen"): a
 * line per link, styled by the border it crosses (LINK_STYLES), and, once there is a CP, a ring around every NSP
 * without a link (red: no CP within range; orange: every CP in range is full).
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 * @param {import('./candidate-layer.js').NspEditing} editing
 */
export function createLinkLayer(map, renderer, editing) {
  const cpGroup = L.layerGroup();
  const linkGroup = L.layerGroup();
  let lines = 0;
  let rings = 0;

  /** @param {any} f */
  const latLng = (f) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);

  return {
    cpLayer: cpGroup,
    linkLayer: linkGroup,
    /**
     * @param {any[]} cps GeoJSON features of the CPs
     * @param {any} links the `links` object of the coverage answer (null = none)
     * @param {(id: string) => any} siteOf a site's GeoJSON feature by id (undefined when unknown)
     */
    show(cps, links, siteOf) {
      cpGroup.clearLayers();
      linkGroup.clearLayers();
      lines = 0;
      rings = 0;
      for (const f of cps) {
        const m = L.marker(latLng(f), {
          icon: L.divIcon({ className: 'cp-icon', html: '<span></span>', iconSize: [14, 14] }),
          title: `CP: ${f.properties.name}`,
          keyboard: true,
          zIndexOffset: 1000,
        });
        m.on('click', () => clickSite(map, f, editing));
        cpGroup.addLayer(m);
      }
      if (!links) return;
      for (const link of links.links) {
        const nsp = siteOf(link.nspId);
        const cp = siteOf(link.cpId);
        if (!nsp || !cp) continue;
        const style = LINK_STYLES[linkKind(link)];
        const line = L.polyline([latLng(nsp), latLng(cp)], {
          renderer, color: style.color, weight: 2.5, opacity: 0.9, dashArray: style.dashArray || undefined,
        });
        line.bindTooltip(`${nsp.properties.name} → ${cp.properties.name}: ${Math.round(link.metres).toLocaleString('nl-NL')} m (${style.label})`, { sticky: true });
        linkGroup.addLayer(line);
        lines++;
      }
      // without any CP every NSP is unlinked: no rings then (they would hide the coverage; the panel says it)
      if (links.cps === 0) return;
      for (const [id, reason] of unlinkedReasons(links)) {
        const nsp = siteOf(id);
        if (!nsp) continue;
        const ring = L.circleMarker(latLng(nsp), {
          renderer, radius: 13, weight: 3, fill: false, interactive: false,
          color: reason === 'unreachable' ? UNREACHABLE_COLOUR : UNLINKED_FULL_COLOUR,
        });
        linkGroup.addLayer(ring);
        rings++;
      }
    },
    /** Lines and rings drawn by the last show(). */
    drawn: () => ({ lines, rings }),
  };
}
