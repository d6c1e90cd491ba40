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

/**
 * @typedef {{isOpen: (id: string) => boolean, toggle: (id: string) => Promise<unknown>,
 *   isCp?: (id: string) => boolean, toggleCp?: (id: string) => Promise<unknown>}} NspEditing
 * Whether a site is an open NSP, and opening/closing it (the coverage session); optionally the same for a
 * coördinatiepunt (a site can be an NSP, a CP or both).
 */

/**
 * Popup content built as DOM (site names come from files, never parsed as HTML), with a button that makes the
 * site an NSP or removes it (when `editing` is given), and one for a CP (when `editing` handles CPs).
 * @param {any} p site properties
 * @param {NspEditing|null} editing
 */
export function popupContent(p, editing) {
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
  if (editing) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'nsp-toggle';
    button.dataset.siteId = p.id;
    const label = () => { button.textContent = editing.isOpen(p.id) ? 'Verwijder NSP' : 'Maak NSP'; };
    label();
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await editing.toggle(p.id);
      } finally {
        button.disabled = false;
        label();
      }
    });
    root.append(button);
    const isCp = editing.isCp;
    const toggleCp = editing.toggleCp;
    if (isCp && toggleCp) {
      const cp = document.createElement('button');
      cp.type = 'button';
      cp.className = 'cp-toggle';
      cp.dataset.siteId = p.id;
      const cpLabel = () => { cp.textContent = isCp(p.id) ? 'Verwijder CP' : 'Maak CP'; };
      cpLabel();
      cp.addEventListener('click', async () => {
        cp.disabled = true;
        try {
          await toggleCp(p.id);
        } finally {
          cp.disabled = false;
          cpLabel();
        }
      });
      root.append(cp);
    }
  }
  return root;
}

/**
 * Opens the popup of one site at its location (not bound to a marker, so redrawing the markers keeps it open).
 * @param {L.Map} map @param {any} f GeoJSON feature @param {NspEditing|null} editing
 */
export function openSitePopup(map, f, editing) {
  const latLng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
  L.popup({ offset: [0, -4] }).setLatLng(latLng).setContent(popupContent(f.properties, editing)).openOn(map);
  return latLng;
}

/**
 * Candidate sites as circle markers coloured by kind, clustered below zoom 14 (a count bubble per screen
 * cell; clicking it zooms in). Popups show name, address, kind, accessibility and building use.
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 * @param {NspEditing|null} [editing] makes the popups offer "Maak NSP" / "Verwijder NSP"
 */
export function createCandidateLayer(map, renderer, editing = null) {
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
      // a free-standing popup: it stays open when the layer redraws after a toggle
      m.on('click', (e) => {
        L.DomEvent.stop(e); // not also the population cell under it
        openSitePopup(map, f, editing);
      });
      m.bindTooltip(f.properties.name, { direction: 'top', offset: [0, -6] });
      group.addLayer(m);
      markers++;
    };
    // open NSPs are drawn by the NSP layer, not as candidates
    const shown = editing ? features.filter((f) => !editing.isOpen(f.properties.id)) : features;
    if (map.getZoom() >= CLUSTER_BELOW_ZOOM) {
      shown.forEach(single);
      return;
    }
    const toPixel = (f) => map.project([f.geometry.coordinates[1], f.geometry.coordinates[0]]);
    for (const c of clusterByGrid(shown, toPixel, CLUSTER_PIXELS)) {
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
    /** Draws again (after sites became or stopped being NSPs). */
    redraw: draw,
    /**
     * Zooms to one site and opens its popup, focusing the NSP button (the keyboard route to a site).
     * @param {string} id @returns {boolean} whether the site is known
     */
    focus(id) {
      const f = features.find((x) => x.properties.id === id);
      if (!f) return false;
      map.setView([f.geometry.coordinates[1], f.geometry.coordinates[0]], Math.max(map.getZoom(), 15), { animate: false });
      openSitePopup(map, f, editing);
      const button = /** @type {HTMLElement|null} */ (map.getContainer().querySelector('.leaflet-popup .nsp-toggle'));
      if (button) button.focus();
      return true;
    },
    /** @returns {any[]} the sites' GeoJSON features */
    features: () => features,
    /** Markers and cluster bubbles on the map after the last draw. */
    drawn: () => ({ markers, clusters }),
  };
}
