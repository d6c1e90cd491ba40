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
 *   isCp?: (id: string) => boolean, toggleCp?: (id: string) => Promise<unknown>,
 *   isFixed?: (id: string) => boolean, toggleFixed?: (id: string) => Promise<unknown>,
 *   isExcluded?: (id: string) => boolean, toggleExcluded?: (id: string) => Promise<unknown>,
 *   click?: (f: any) => boolean, editOwn?: (id: string) => void, removeOwn?: (id: string) => void}} NspEditing
 * What the map may do with a site: open or close it as NSP (the working plan), and optionally the same for a
 * coördinatiepunt (a site can be an NSP, a CP or both), fixing or excluding it for the optimiser, handling a click
 * itself in an edit mode (`click` returns true: no popup), and editing or removing an own site.
 */

/** Refreshes the labels of a popup's buttons after the plan changed (keeps focus where it is). */
const REFRESH = new WeakMap();

/** @param {HTMLElement} container the map container: updates every open site popup */
export function refreshPopups(container) {
  for (const el of container.querySelectorAll('.leaflet-popup .popup')) REFRESH.get(el)?.();
}

/**
 * @param {string} className @param {string} siteId @param {() => string} label @param {() => Promise<unknown>|void} act
 * @param {() => boolean} [pressed] makes it a toggle button (aria-pressed)
 */
function actionButton(className, siteId, label, act, pressed) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.dataset.siteId = siteId;
  const update = () => {
    button.textContent = label();
    if (pressed) button.setAttribute('aria-pressed', String(pressed()));
  };
  update();
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await act();
    } finally {
      button.disabled = false;
      update();
    }
  });
  return { button, update };
}

/**
 * Popup content built as DOM (site names come from files, never parsed as HTML), with buttons that make the
 * site an NSP or a CP or undo it, fix or exclude it for the optimiser, and for an own site edit or remove it.
 * @param {any} p site properties
 * @param {NspEditing|null} editing
 */
export function popupContent(p, editing) {
  const root = document.createElement('div');
  root.className = 'popup';
  root.append(el('h3', p.name || p.id));
  const dl = document.createElement('dl');
  const own = p.kind === 'OWN';
  const rows = own
    ? [['Adres', p.address || '—'], ['Soort', p.kindLabel], ['RD', `${Math.round(p.rdX)} ${Math.round(p.rdY)}`]]
    : [
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
  if (!editing) return root;
  const status = el('p', '');
  status.className = 'popup-status';
  const buttons = document.createElement('div');
  buttons.className = 'popup-actions';
  const updates = [];
  const add = (/** @type {{button: HTMLButtonElement, update: () => void}} */ b) => {
    buttons.append(b.button);
    updates.push(b.update);
  };
  add(actionButton('nsp-toggle', p.id, () => (editing.isOpen(p.id) ? 'Verwijder NSP' : 'Maak NSP'), () => editing.toggle(p.id)));
  const { isCp, toggleCp, isFixed, toggleFixed, isExcluded, toggleExcluded } = editing;
  if (isCp && toggleCp) add(actionButton('cp-toggle', p.id, () => (isCp(p.id) ? 'Verwijder CP' : 'Maak CP'), () => toggleCp(p.id)));
  if (isFixed && toggleFixed) {
    add(actionButton('fixed-toggle', p.id, () => (isFixed(p.id) ? 'Maak los' : 'Zet vast'), () => toggleFixed(p.id), () => isFixed(p.id)));
  }
  if (isExcluded && toggleExcluded) {
    add(actionButton('excluded-toggle', p.id, () => (isExcluded(p.id) ? 'Sta toe' : 'Sluit uit'), () => toggleExcluded(p.id),
      () => isExcluded(p.id)));
  }
  if (own && editing.editOwn) {
    const editOwn = editing.editOwn;
    add(actionButton('own-edit', p.id, () => 'Bewerk', () => editOwn(p.id)));
  }
  if (own && editing.removeOwn) {
    const removeOwn = editing.removeOwn;
    add(actionButton('own-remove', p.id, () => 'Verwijder locatie', () => removeOwn(p.id)));
  }
  const describe = () => {
    const roles = [];
    if (editing.isOpen(p.id)) roles.push('NSP');
    if (isCp?.(p.id)) roles.push('CP');
    if (isFixed?.(p.id)) roles.push('vast (blijft bij optimaliseren)');
    if (isExcluded?.(p.id)) roles.push('uitgesloten (niet gebruiken)');
    status.textContent = roles.length ? roles.join(' · ') : 'geen NSP of CP';
  };
  describe();
  root.append(status, buttons);
  REFRESH.set(root, () => {
    for (const u of updates) u();
    describe();
  });
  return root;
}

/**
 * Opens the popup of one site at its location (not bound to a marker, so redrawing the markers keeps it open).
 * @param {L.Map} map @param {any} f GeoJSON feature @param {NspEditing|null} editing
 */
export function openSitePopup(map, f, editing) {
  const latLng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
  L.popup({ offset: [0, -4], maxHeight: Math.max(160, map.getSize().y - 90), autoPanPadding: [10, 10] })
    .setLatLng(latLng).setContent(popupContent(f.properties, editing)).openOn(map);
  return latLng;
}

/**
 * Zooms to a site with it a quarter of the map's height below the centre, so its popup (above it) fits in view.
 * @param {L.Map} map @param {any} f GeoJSON feature
 */
export function showSite(map, f) {
  map.setView([f.geometry.coordinates[1], f.geometry.coordinates[0]], Math.max(map.getZoom(), 15), { animate: false });
  map.panBy([0, -Math.round(map.getSize().y * 0.25)], { animate: false });
}

/**
 * What a click on a site does: the edit mode's action when it handles one (e.g. "NSP": toggle at once), else the popup.
 * @param {L.Map} map @param {any} f @param {NspEditing|null} editing
 */
export function clickSite(map, f, editing) {
  if (editing?.click && editing.click(f)) return;
  openSitePopup(map, f, editing);
}

/**
 * Candidate sites as circle markers coloured by kind, clustered below zoom 14 (a count bubble per screen cell;
 * clicking it zooms in). Each kind can be hidden (one layer-control entry per kind present); open NSPs are left to
 * the NSP layer; excluded sites are grey with a cross. Popups show name, address, kind, accessibility and use.
 *
 * @param {L.Map} map
 * @param {L.Renderer} renderer
 * @param {NspEditing|null} [editing] makes the popups offer "Maak NSP" / "Verwijder NSP" and more
 */
export function createCandidateLayer(map, renderer, editing = null) {
  const group = L.layerGroup();
  /** @type {any[]} */
  let features = [];
  /** @type {Set<string>} kinds switched off */
  const hidden = new Set();
  let markers = 0;
  let clusters = 0;

  function draw() {
    drawMarkers();
    // for automated checks: what the candidate layer shows now
    map.getContainer().dataset.candidateMarkers = String(markers + clusters);
  }

  function drawMarkers() {
    group.clearLayers();
    markers = 0;
    clusters = 0;
    if (!map.hasLayer(group)) return;
    const single = (f) => {
      const [lon, lat] = f.geometry.coordinates;
      const excluded = editing?.isExcluded?.(f.properties.id) ?? false;
      const m = excluded
        ? L.marker([lat, lon], {
          icon: L.divIcon({ className: 'excluded-icon', html: '×', iconSize: [16, 16] }),
          keyboard: true, title: `${f.properties.name} (uitgesloten)`,
        })
        : L.circleMarker([lat, lon], {
          renderer, radius: 6, weight: 1.5, color: '#ffffff', fillColor: KIND_COLOURS[f.properties.kind] ?? '#777',
          fillOpacity: 0.95,
        });
      // a free-standing popup: it stays open when the layer redraws after a toggle
      m.on('click', (e) => {
        L.DomEvent.stop(e); // not also the population cell under it
        clickSite(map, f, editing);
      });
      if (!excluded) m.bindTooltip(f.properties.name, { direction: 'top', offset: [0, -6] });
      group.addLayer(m);
      markers++;
    };
    // open NSPs are drawn by the NSP layer, not as candidates
    const shown = features.filter((f) => !hidden.has(f.properties.kind) && !(editing && editing.isOpen(f.properties.id)));
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
    /** Draws again (after sites became or stopped being NSPs, or were excluded). */
    redraw: draw,
    /** The kinds of the sites shown, in order of appearance. @returns {string[]} */
    kinds: () => [...new Set(features.map((f) => f.properties.kind))],
    /** Shows or hides one kind of site. @param {string} kind @param {boolean} visible */
    setKindVisible(kind, visible) {
      if (visible) hidden.delete(kind); else hidden.add(kind);
      draw();
    },
    /**
     * Zooms to one site and opens its popup, focusing the NSP button (the keyboard route to a site).
     * @param {string} id @returns {boolean} whether the site is known
     */
    focus(id) {
      const f = features.find((x) => x.properties.id === id);
      if (!f) return false;
      showSite(map, f);
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
