// @ts-check
import { api } from '../api.js';
import { latLonToRd } from '../geo/rd.js';
import { refreshPopups, openSitePopup, showSite } from '../layers/candidate-layer.js';
import { createCoverageLayer } from '../layers/coverage-layer.js';
import { createNspLayer } from '../layers/nsp-layer.js';
import { createLinkLayer } from '../layers/link-layer.js';
import { createOwnSiteLayer } from '../layers/own-site-layer.js';
import { createReachLayer } from '../layers/reach-layer.js';
import { createCoveragePanel } from '../panels/coverage-panel.js';
import { createOwnSitesPanel } from '../panels/own-sites-panel.js';
import { createEditToolbar } from '../panels/edit-toolbar.js';

/**
 * Connects the working plan to everything that shows or edits it: the server's coverage session (every plan change
 * is synced at once), the map layers (NSPs with fixed rings, CPs and links, own locations, covered/uncovered cells,
 * the reach of the selected NSP), the Dekking panel, the own-locations panel and the edit toolbar's click modes.
 *
 * @param {{
 *   view: ReturnType<typeof import('../map/map-view.js').createMapView>,
 *   plan: ReturnType<typeof import('../plan/working-plan.js').createWorkingPlan>,
 *   coverage: ReturnType<typeof import('../coverage/coverage-session.js').createCoverageSession>,
 *   catalogue: ReturnType<typeof import('../plan/site-catalogue.js').createSiteCatalogue>,
 *   candidates: ReturnType<typeof import('../layers/candidate-layer.js').createCandidateLayer>,
 *   editing: import('../layers/candidate-layer.js').NspEditing,
 *   layers: any[],
 *   area: () => {name: string, municipality: string, sites: any[]},
 *   onCoverageChange: () => void,
 *   showMessage: (text: string, hideAfterMs?: number) => void,
 *   describe: (e: unknown) => string,
 * }} o
 */
export function wireCoverage(o) {
  const { view, plan, coverage, catalogue, candidates } = o;
  const map = view.map;
  const coverageLayer = createCoverageLayer();
  const reachLayer = createReachLayer();
  const nsps = createNspLayer(map, view.renderer, o.editing, (id) => catalogue.siteOf(id), (id) => showReach(id));
  // opening a site's popup selects it: its radius and the cells it reaches (what it would add as NSP)
  map.on('popupopen', (e) => {
    const id = /** @type {HTMLElement|null} */ (e.popup.getElement()?.querySelector('.nsp-toggle'))?.dataset.siteId;
    if (id) nsps.select(id);
  });
  const linkLayer = createLinkLayer(map, view.renderer, o.editing);
  const ownLayer = createOwnSiteLayer(map, o.editing, (id, latLng) => {
    const [x, y] = latLonToRd(latLng.lat, latLng.lng);
    plan.updateOwnSite(id, { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });

  /** @param {unknown} e */
  const failed = (e) => o.showMessage(`Dekking kon niet worden bijgewerkt: ${o.describe(e)}`, 8000);
  const sync = () => coverage.sync().catch(failed);

  const panel = createCoveragePanel({
    onNorms(norms) { plan.setNorms(norms); },
    onLocate(id) { locate(id); },
    onToggle(id) { plan.toggleNsp(id); },
    onToggleFixed(id) { plan.setFixed(id, !plan.isFixed(id)); },
    onAllow(id) { plan.setExcluded(id, false); },
    nameOf: (id) => catalogue.nameOf(id),
    isFixed: (id) => plan.isFixed(id),
    onAllPollingStations() {
      const ids = o.area().sites.filter((f) => f.properties.kind === 'POLLING_STATION').map((f) => f.properties.id);
      plan.setNsps([...ids, ...plan.snapshot().fixedSiteIds]);
    },
    // fixed sites must stay: "Wis NSP's" closes the others (unfix one to close it too)
    onClear() { plan.setNsps(plan.snapshot().fixedSiteIds); },
  });
  panel.setNorms(plan.snapshot().norms);

  /** Where the keyboard focus was before a popup opened from the panel (Escape goes back there). */
  let focusBefore = /** @type {HTMLElement|null} */ (null);
  const toolbar = createEditToolbar(map, (mode, previous) => {
    ownPanel.picking(mode === 'own');
    if (previous === 'move' && mode !== 'move') ownPanel.stopMoving();
    if (mode === 'nsp' || mode === 'cp') map.closePopup();
  }, () => {
    // Escape closes an open popup first (and returns the focus to where it came from); the next one leaves the mode
    if (!map.getContainer().querySelector('.leaflet-popup')) return false;
    map.closePopup();
    if (focusBefore && document.contains(focusBefore)) focusBefore.focus();
    focusBefore = null;
    return true;
  });
  const ownPanel = createOwnSitesPanel({
    plan,
    geocode: (q) => api.geocode(q, plan.snapshot().region || undefined),
    onPickOnMap: (on) => toolbar.set(on ? 'own' : 'view'),
    onMoveStart: (id) => toolbar.set(id ? 'move' : 'view'),
    onShow: (id) => locate(id),
    onShowCandidate: (id) => locate(id),
  });
  // the quick route: in "NSP" or "CP" mode a click on a site switches it, without a popup
  o.editing.click = (f) => {
    const id = f.properties.id;
    const mode = toolbar.mode();
    if (mode === 'nsp') {
      if (plan.isExcluded(id)) o.showMessage(`${f.properties.name} is uitgesloten; sta de locatie eerst toe.`, 6000);
      else plan.toggleNsp(id);
      return true;
    }
    if (mode === 'cp') {
      plan.toggleCp(id);
      return true;
    }
    return false;
  };
  map.on('click', (e) => {
    const mode = toolbar.mode();
    if (mode !== 'own' && mode !== 'move') return;
    const [x, y] = latLonToRd(e.latlng.lat, e.latlng.lng);
    ownPanel.placeAt(Math.round(x * 10) / 10, Math.round(y * 10) / 10);
    if (mode === 'move') toolbar.set('view');
  });


  /** Zooms to a site (candidate, NSP or own location) and opens its popup, focusing its first button. @param {string} id */
  function locate(id) {
    const active = /** @type {HTMLElement|null} */ (document.activeElement);
    focusBefore = active && active !== document.body ? active : null;
    if (candidates.focus(id)) return;
    const f = catalogue.siteOf(id);
    if (!f) {
      o.showMessage('Deze locatie ligt buiten het getoonde gebied.', 6000);
      return;
    }
    showSite(map, f);
    openSitePopup(map, f, o.editing);
    /** @type {HTMLElement|null} */ (map.getContainer().querySelector('.leaflet-popup .nsp-toggle'))?.focus();
  }

  let reachSeq = 0;
  /** The cells the selected NSP reaches (and the panel line). @param {string} id '' clears */
  function showReach(id) {
    const mine = ++reachSeq;
    if (!id || !coverage.active()) {
      reachLayer.clear();
      panel.renderReach(null);
      return;
    }
    coverage.reach(id).then((r) => {
      if (mine !== reachSeq || !r) return;
      const layer = o.layers.find((l) => l.name === plan.snapshot().demandLayer);
      reachLayer.show(r.points, layer ? layer.cellSizeMetres : 0);
      panel.renderReach({ name: catalogue.nameOf(id), reach: r });
    }).catch((e) => {
      panel.renderReach(null);
      o.showMessage(`Bereik niet opgehaald: ${o.describe(e)}`, 6000);
    });
  }

  /** Redraws what depends on the plan alone (markers, marks, lists): at once, before the server answers. */
  function drawPlan() {
    const p = plan.snapshot();
    candidates.redraw();
    nsps.show(p.nspSiteIds.map((id) => catalogue.siteOf(id)).filter(Boolean), p.norms.radiusMetres);
    ownLayer.show(catalogue.ownFeatures(p.ownSites));
    panel.renderExcluded(p.excludedSiteIds);
    refreshPopups(map.getContainer());
    const root = /** @type {HTMLElement} */ (document.getElementById('coverage-panel'));
    root.dataset.planNsps = String(p.nspSiteIds.length);
    root.dataset.fixedDrawn = String(nsps.fixedDrawn());
  }

  plan.subscribe((p, change) => {
    if (change.type === 'restore' || change.type === 'norms') panel.setNorms(p.norms);
    drawPlan();
    if (!p.region || !p.demandLayer) {
      coverage.sync();
      coverageLayer.clear();
      linkLayer.show([], null, () => undefined);
      panel.renderLinks(null, (id) => id);
      panel.session('', 0);
      panel.renderReach(null);
      reachLayer.clear();
      panel.message('Kies een veiligheidsregio om de dekking te zien.');
      return;
    }
    if (change.type === 'area' || change.type === 'norms' || change.type === 'restore') panel.message('Dekking berekenen…');
    // a restored plan or norms the session already has (e.g. the same scenario reopened): the figures again
    if (change.type === 'norms' || change.type === 'restore') {
      coverage.sync().then((told) => (told ? undefined : coverage.refresh())).catch(failed);
    } else {
      sync();
    }
    // a new NSP is selected: its reach is asked after the sync, so it already counts as open
    if (change.type === 'nsp' && change.on && change.id) nsps.select(change.id);
  });

  coverage.subscribe((change) => {
    const p = plan.snapshot();
    const layer = o.layers.find((l) => l.name === p.demandLayer);
    if (change.points) coverageLayer.show(change.points, layer ? layer.cellSizeMetres : 0);
    if (change.pointsError) o.showMessage(`Gedekte cellen niet getoond: ${change.pointsError}`, 8000);
    for (const d of change.deltas ?? []) coverageLayer.apply(d);
    const siteOf = (/** @type {string} */ id) => catalogue.siteOf(id);
    // links first: the NSP markers are drawn over the lines' ends
    linkLayer.show(p.cpSiteIds.map(siteOf).filter(Boolean), change.links, siteOf);
    drawPlan();
    const a = o.area();
    panel.render(change.report, { areaName: a.name, municipality: a.municipality, roundTripMs: change.roundTripMs });
    panel.drawn(coverageLayer.drawn(), coverageLayer.drawMs());
    panel.renderLinks(change.links, (id) => catalogue.nameOf(id));
    panel.session(coverage.id(), linkLayer.drawn().lines);
    if (nsps.selected()) showReach(nsps.selected());
    o.onCoverageChange();
  });
  // the covered/uncovered canvas redraws on every move (its handler was registered first); record what it drew
  map.on('moveend', () => panel.drawn(coverageLayer.drawn(), coverageLayer.drawMs()));

  return {
    coverageLayer, reachLayer, nsps, linkLayer, ownLayer, panel, toolbar, ownPanel, locate,
    /** The whole country (no coverage) was chosen. */
    noRegion() {
      panel.message('Kies een veiligheidsregio om de dekking te zien.');
    },
    /** @param {any[]} sites candidate features of the area (site search list) */
    setSites: (sites) => panel.setSites(sites),
  };
}
