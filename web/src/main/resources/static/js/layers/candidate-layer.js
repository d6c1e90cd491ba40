// @ts-check
import { L } from '../map/leaflet.js';
import { clusterByGrid } from './cluster.js';

/** Marker colour per site kind (SiteKind in the backend). */
export const KIND_COLOURS = {
  POLLING_STATION: '#1f78b4',
  FIRE_STATION: '#e31a1c',
  MUNICIPAL_BUILDING: '#6a3d9a',
  COMMUNITY_CENTRE: '#33a02c',
  SCHOOL: '#ff7f00',
  SPORTS_HALL: '#b15928',
  OWN: '#111111',
  OTHER: '#777777',
};
const ACCESSIBILITY = { YES: 'ja', NO: 'nee', UNKNOWN: 'onbekend' };
/** From this zoom on every site is drawn on its own; below it nearby sites are clustered. */
const CLUSTER_BELOW_ZOOM = 14;
const CLUSTER_PIXELS = 64;

/** @param {string} tag @param {string} text */
function el(tag, text) {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
}

/** Popup content built as DOM (site names come from files, never parsed as HTML). */
function popupContent(p) {
  const root = document.createElement('div');
  root.className = 'popup';
  root.append(el('h3', p.name || p.id));
  const dl = document.createElement('dl');
  const rows = [
    ['Adres', p.address || '—'],
    ['Soort', p.kindLabel],
    ['Toegankelijk', ACCESSIBILITY[p.accessibility] ?? p.accessibility],
    ['Gebruiksdoel', p.buildingUse || '—'],
    ['Gemeente', p.municipalityCode || '—'],
  ];
  for (const key of ['Type stembureau', 'Openingstijd', 'Sluitingstijd']) {
    if (p.attributes && p.attributes[key]) rows.push([key, p.attributes[key]]);
  }
  for (const [k, v] of rows) dl.append(el('dt', k), el('dd', v));
  root.append(dl);
  return root;
}

/**
 * Candidate sites as circle markers coloured by kind, clustered below zoom 14 (a count bubble per screen
 * cell; clicking it zooms in). Popups show name, address, kind, accessibility and building use.
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 */
export function createCandidateLayer(map, renderer) {
  const group = L.layerGroup();
  /** @type {any[]} */
  let features = [];
  let markers = 0;
  let clusters = 0;

  function draw() {
    group.clearLayers();
    markers = 0;
    clusters = 0;
    if (!map.hasLayer(group)) return;
    const single = (f) => {
      const [lon, lat] = f.geometry.coordinates;
      const m = L.circleMarker([lat, lon], {
        renderer, radius: 6, weight: 1.5, color: '#ffffff', fillColor: KIND_COLOURS[f.properties.kind] ?? '#777',
        fillOpacity: 0.95,
      });
      m.bindPopup(() => popupContent(f.properties));
      m.bindTooltip(f.properties.name, { direction: 'top', offset: [0, -6] });
      group.addLayer(m);
      markers++;
    };
    if (map.getZoom() >= CLUSTER_BELOW_ZOOM) {
      features.forEach(single);
      return;
    }
    const toPixel = (f) => map.project([f.geometry.coordinates[1], f.geometry.coordinates[0]]);
    for (const c of clusterByGrid(features, toPixel, CLUSTER_PIXELS)) {
      if (c.members.length === 1) {
        single(c.members[0]);
        continue;
      }
      const size = 20 + Math.min(18, Math.round(Math.sqrt(c.members.length) * 1.6));
      const marker = L.marker(map.unproject([c.x, c.y]), {
        icon: L.divIcon({ className: 'cluster-icon', html: String(c.members.length), iconSize: [size, size] }),
        keyboard: true,
        title: `${c.members.length} kandidaatlocaties`,
      });
      const bounds = L.latLngBounds(c.members.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      marker.on('click', () => map.fitBounds(bounds.pad(0.3), { maxZoom: CLUSTER_BELOW_ZOOM + 1 }));
      group.addLayer(marker);
      clusters++;
    }
  }

  map.on('zoomend', draw);
  group.on('add', draw);

  return {
    layer: group,
    /** @param {any} collection GeoJSON FeatureCollection from /api/candidates */
    show(collection) {
      features = collection.features;
      draw();
    },
    count: () => features.length,
    /** Markers and cluster bubbles on the map after the last draw. */
    drawn: () => ({ markers, clusters }),
  };
}
