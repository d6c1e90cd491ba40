// @ts-check
/** Pure helpers for the NSP–CP links on the map and in the panel (no DOM, no Leaflet; tested in node). */

/** Line style per kind of link: within one municipality, across a municipal border, across a region border. */
export const LINK_STYLES = {
  local: { color: '#0b3d59', dashArray: '', label: 'binnen de gemeente' },
  municipality: { color: '#7b2cbf', dashArray: '6 5', label: 'over een gemeentegrens' },
  region: { color: '#d00070', dashArray: '2 5', label: 'over een regiogrens' },
  unknown: { color: '#666666', dashArray: '1 4', label: 'gemeente onbekend' },
};
/** Ring colours of NSPs without a link. */
export const UNREACHABLE_COLOUR = '#c00000';
export const UNLINKED_FULL_COLOUR = '#ff8c00';

/**
 * The kind of a link: a region border outranks a municipal border; a link whose municipality (or region) is unknown
 * on a side (null flags) is "unknown" unless a known flag already says it crosses a region.
 * @param {{crossesMunicipality: boolean|null, crossesRegion: boolean|null}} link
 * @returns {'local'|'municipality'|'region'|'unknown'}
 */
export function linkKind(link) {
  if (link.crossesRegion === true) return 'region';
  if (link.crossesMunicipality === true) return 'municipality';
  if (link.crossesMunicipality === false) return 'local';
  return 'unknown';
}

/**
 * Why an NSP has no link: no CP within range ("unreachable"), or every CP in range is full ("full").
 * @param {any} links the `links` object of a coverage response
 * @returns {Map<string, 'unreachable'|'full'>}
 */
export function unlinkedReasons(links) {
  const unreachable = new Set(links.unreachableNspIds);
  return new Map(links.unlinkedNspIds.map((id) => [id, unreachable.has(id) ? 'unreachable' : 'full']));
}

/**
 * Figures for the panel's "Coördinatiepunten" section.
 * @param {any} links the `links` object of a coverage response
 * @param {(id: string) => string} nameOf site name for an id
 */
export function linkFigures(links, nameOf) {
  const reasons = unlinkedReasons(links);
  const unlinked = [...reasons].map(([id, reason]) => ({ id, name: nameOf(id), reason }))
    .sort((a, b) => (a.reason === b.reason ? a.name.localeCompare(b.name, 'nl') : a.reason === 'unreachable' ? -1 : 1));
  const loads = links.cpLoads.map((l) => ({ id: l.cpId, name: nameOf(l.cpId), nsps: l.nsps, capacity: l.capacity, full: l.nsps >= l.capacity }))
    .sort((a, b) => b.nsps - a.nsps || a.name.localeCompare(b.name, 'nl'));
  return {
    cps: links.cps,
    nsps: links.nsps,
    linked: links.links.length,
    unlinked,
    unreachable: unlinked.filter((u) => u.reason === 'unreachable').length,
    full: unlinked.filter((u) => u.reason === 'full').length,
    crossMunicipality: links.crossMunicipality,
    crossRegion: links.crossRegion,
    meanMetres: links.links.length ? links.totalLinkMetres / links.links.length : null,
    loads,
  };
}
