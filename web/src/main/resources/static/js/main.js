// @ts-check
import { api, ApiError } from './api.js';
import { createState } from './state.js';
import { createMapView, NETHERLANDS } from './map/map-view.js';
import { createBoundaryLayers } from './layers/boundary-layer.js';
import { createPopulationLayer } from './layers/population-layer.js';
import { createCandidateLayer } from './layers/candidate-layer.js';
import { createAreaPanel } from './panels/area-panel.js';
import { createLegend } from './panels/legend.js';
import { createStatusBar } from './panels/status-bar.js';
import { createImportPanel } from './panels/import-panel.js';
import { createCoverageLayer } from './layers/coverage-layer.js';
import { createNspLayer } from './layers/nsp-layer.js';
import { createCoveragePanel } from './panels/coverage-panel.js';
import { createOptimisePanel } from './panels/optimise-panel.js';
import { createCoverageSession } from './coverage/coverage-session.js';
import { createLinkLayer } from './layers/link-layer.js';
import { createAccountBadge } from './panels/account-badge.js';

/** The whole country as a lon/lat box for the API. */
const NETHERLANDS_BBOX = '3.3,50.7,7.3,53.6';
/** Outline simplification for the national view, in metres. */
const NATIONAL_SIMPLIFY_METRES = 150;

const statusBar = createStatusBar();
const messageBox = /** @type {HTMLElement} */ (document.getElementById('message'));

/** @param {string} text @param {number} [hideAfterMs] hide again after this long (0 = stay) */
function showMessage(text, hideAfterMs = 0) {
  messageBox.textContent = text;
  messageBox.hidden = !text;
  if (text && hideAfterMs > 0) {
    setTimeout(() => { if (messageBox.textContent === text) messageBox.hidden = true; }, hideAfterMs);
  }
}

/** @param {unknown} e */
function describe(e) {
  if (e instanceof ApiError) {
    const details = e.errors.map((x) => x.reason).filter((r) => r && r !== e.message);
    return [e.message, ...details].join('; ');
  }
  return String(e);
}

const state = createState({ region: '', municipality: '', layer: '', value: /** @type {'inhabitants'|'inhabitants65Plus'} */ ('inhabitants') });

async function start() {
  createAccountBadge(api, /** @type {HTMLElement} */ (document.getElementById('account')));
  const [config, regions, layers] = await Promise.all([api.config(), api.regions(), api.demandLayers()]);
  const view = createMapView(/** @type {HTMLElement} */ (document.getElementById('map')), config.baseMaps, (text) => showMessage(text, 8000));
  const boundaries = createBoundaryLayers(view.renderer, (code) => state.set({ municipality: code }));
  const population = createPopulationLayer();
  const coverage = createCoverageSession(api);
  const editing = {
    isOpen: (/** @type {string} */ id) => coverage.isOpen(id),
    toggle: (/** @type {string} */ id) => coverage.toggle(id).catch((e) => showMessage(`NSP wijzigen mislukt: ${describe(e)}`, 8000)),
    isCp: (/** @type {string} */ id) => coverage.isCp(id),
    toggleCp: (/** @type {string} */ id) => coverage.toggleCp(id).catch((e) => showMessage(`CP wijzigen mislukt: ${describe(e)}`, 8000)),
  };
  const candidates = createCandidateLayer(view.map, view.renderer, editing);
  const coverageLayer = createCoverageLayer();
  const nsps = createNspLayer(view.map, view.renderer, editing);
  const linkLayer = createLinkLayer(view.map, view.renderer, editing);
  view.addOverlay(population.layer, 'Bevolking');
  view.addOverlay(coverageLayer.layer, 'Gedekt / niet gedekt');
  view.addOverlay(boundaries.municipalities, 'Gemeentegrenzen');
  view.addOverlay(boundaries.region, 'Regiogrens');
  view.addOverlay(candidates.layer, 'Kandidaatlocaties');
  view.addOverlay(nsps.radiusLayer, 'Loopafstand geselecteerde NSP');
  view.addOverlay(linkLayer.linkLayer, 'NSP–CP-verbindingen');
  view.addOverlay(nsps.layer, "NSP's");
  view.addOverlay(linkLayer.cpLayer, "CP's");
  const legend = createLegend(view.map);
  const panel = createAreaPanel(state);
  const importPanel = createImportPanel(api);

  const report = await importPanel.load();
  if (report.failure) showMessage(`Import mislukt: ${report.failure.message}. Zie “Import mislukt” voor details.`);
  if (config.storeEmpty) {
    statusBar.error(report.status === 'importing' ? 'Gegevens worden ingelezen… herlaad de pagina zo.'
      : 'Er zijn geen gegevens ingelezen. Start de server met --data-dir (zie docs/running.md).');
    return;
  }

  panel.setRegions(regions);
  panel.setLayers(layers);
  const gridLayer = layers.find((l) => l.cellSizeMetres === 100) ?? layers[0];
  const primary = layers.find((l) => l.primary) ?? layers[0];
  let currentDemand = null;
  /** @type {string[]} */
  let currentKinds = [];
  let loadedRegion = null;
  let regionData = { municipalities: null, outline: null };
  let sequence = 0;
  /** Coverage norms of the panel. */
  let norms = { radiusMetres: 1000, radius65Metres: 500, linkRangeMetres: 5000, maxNspPerCp: 20 };
  /** What the current coverage session was made for ("" = none). */
  let coverageKey = '';
  let coverageCellSize = 0;
  let coverageAreaName = '';
  /** @type {Map<string, any>} every candidate site seen, by id (NSPs stay drawn when the view narrows) */
  const knownSites = new Map();
  /** @type {any[]} */
  let areaSites = [];

  const coveragePanel = createCoveragePanel({
    onNorms(next) {
      norms = next;
      restartCoverage(coverage.openIds());
    },
    onLocate(id) {
      if (!candidates.focus(id)) showMessage('Deze locatie ligt buiten het getoonde gebied.', 6000);
    },
    onToggle(id) { editing.toggle(id); },
    onAllPollingStations() {
      restartCoverage(areaSites.filter((f) => f.properties.kind === 'POLLING_STATION').map((f) => f.properties.id));
    },
    onClear() { restartCoverage([]); },
  });
  coveragePanel.setNorms(norms);
  // optimisation jobs for the coverage session's region, layer and radius; the proposal becomes the open NSPs
  const optimisePanel = createOptimisePanel({
    context: () => (coverageKey
      ? { region: coverageKey.split('|')[0], demandLayer: coverageKey.split('|')[1], radiusMetres: norms.radiusMetres }
      : null),
    onShowProposal(ids) { restartCoverage(ids); },
  });
  // the covered/uncovered canvas redraws on every move (its handler was registered first); record what it drew
  view.map.on('moveend', () => coveragePanel.drawn(coverageLayer.drawn(), coverageLayer.drawMs()));

  function updateLegend() {
    legend.update(currentDemand, state.get().value, currentKinds, population.breaks(), coverage.active() ? norms : null);
  }

  coverage.subscribe((change) => {
    const s = state.get();
    updateLegend();
    if (change.points) coverageLayer.show(change.points, coverageCellSize);
    if (change.pointsError) showMessage(`Gedekte cellen niet getoond: ${change.pointsError}`, 8000);
    if (change.delta) coverageLayer.apply(change.delta);
    candidates.redraw();
    // links first: the NSP markers are drawn over the lines' ends
    const siteOf = (/** @type {string} */ id) => knownSites.get(id);
    linkLayer.show(coverage.cpIds().map(siteOf).filter(Boolean), change.links, siteOf);
    nsps.show(coverage.openIds().map((id) => knownSites.get(id)).filter(Boolean), change.report.norms.radiusMetres);
    if (change.delta && change.delta.opened) nsps.select(change.delta.siteId);
    coveragePanel.render(change.report, { areaName: coverageAreaName, municipality: s.municipality, roundTripMs: change.roundTripMs });
    coveragePanel.drawn(coverageLayer.drawn(), coverageLayer.drawMs());
    coveragePanel.renderLinks(change.links, (id) => siteOf(id)?.properties.name ?? id);
    coveragePanel.session(coverage.id(), linkLayer.drawn().lines);
    // an open popup's buttons follow the change (e.g. after "Alle stemlokalen als NSP")
    for (const b of view.map.getContainer().querySelectorAll('.leaflet-popup .nsp-toggle')) {
      const button = /** @type {HTMLElement} */ (b);
      button.textContent = coverage.isOpen(button.dataset.siteId ?? '') ? 'Verwijder NSP' : 'Maak NSP';
    }
    for (const b of view.map.getContainer().querySelectorAll('.leaflet-popup .cp-toggle')) {
      const button = /** @type {HTMLElement} */ (b);
      button.textContent = coverage.isCp(button.dataset.siteId ?? '') ? 'Verwijder CP' : 'Maak CP';
    }
  });

  /** A new coverage session for the current region and layer with these open sites. @param {string[]} openIds */
  function restartCoverage(openIds) {
    const s = state.get();
    if (!coverageKey) return;
    coveragePanel.message('Dekking berekenen…');
    coverage.start({ region: s.region, demandLayer: coverageKey.split('|')[1], openSiteIds: openIds, norms })
      .catch((e) => coveragePanel.message(`Dekking kon niet worden berekend: ${describe(e)}`));
  }

  /** @param {{region: string, municipality: string}} s */
  function areaQuery(s) {
    if (s.municipality) return { municipality: s.municipality };
    if (s.region) return { region: s.region };
    return { bbox: NETHERLANDS_BBOX };
  }

  /** Demand of the chosen layer, or of the primary layer when the chosen one has no points here. */
  async function loadDemand(layerName, area) {
    if (!layerName) return { demand: null, note: '' };
    if (area.bbox) return { demand: null, note: 'kies een veiligheidsregio om de bevolking te zien' };
    const demand = await api.demand(layerName, area);
    if (demand.count === 0 && primary && layerName !== primary.name) {
      const fallback = await api.demand(primary.name, area);
      return { demand: fallback, note: `geen ${layerName}-gegevens hier, ${primary.name} getoond` };
    }
    return { demand, note: '' };
  }

  async function load() {
    const s = state.get();
    const mine = ++sequence;
    const started = performance.now();
    statusBar.busy('Laden…');
    if (!report.failure) showMessage('');
    try {
      if (loadedRegion !== s.region) {
        const [municipalities, detail] = await Promise.all([
          api.municipalities(s.region || undefined, s.region ? undefined : NATIONAL_SIMPLIFY_METRES),
          s.region ? api.region(s.region) : Promise.resolve(null),
        ]);
        regionData = { municipalities, outline: detail ? detail.outline : null };
        loadedRegion = s.region;
        panel.setMunicipalities(municipalities.features.map((f) => f.properties));
      }
      const area = areaQuery(s);
      const [{ demand, note }, sites] = await Promise.all([loadDemand(s.layer, area), api.candidates(area)]);
      if (mine !== sequence) return;

      const features = regionData.municipalities.features;
      const chosen = s.municipality ? features.filter((f) => f.id === s.municipality) : features;
      const region = regions.find((r) => r.code === s.region);
      const box = s.municipality ? chosen[0]?.properties.bbox : region?.bbox;
      view.map.fitBounds(box ? [[box[1], box[0]], [box[3], box[2]]] : NETHERLANDS, { animate: false });

      boundaries.show(regionData.municipalities, regionData.outline, s.municipality);
      currentDemand = demand;
      population.setValue(s.value);
      population.show(demand);
      candidates.show(sites);
      areaSites = sites.features;
      for (const f of sites.features) knownSites.set(f.properties.id, f);
      coveragePanel.setSites(sites.features);
      const name = s.municipality ? chosen[0]?.properties.name : region ? `${region.code} ${region.name}` : 'Nederland';
      coverageAreaName = name ?? '';
      const key = s.region && demand ? `${s.region}|${demand.layer}` : '';
      if (key !== coverageKey) {
        coverageKey = key;
        optimisePanel.reset();
        coverageCellSize = demand ? demand.cellSizeMetres : 0;
        if (key) restartCoverage(coverage.openIds());
        else {
          coverage.stop().then(updateLegend);
          coverageLayer.clear();
          nsps.show([], norms.radiusMetres);
          linkLayer.show([], null, () => undefined);
          coveragePanel.renderLinks(null, (id) => id);
          coveragePanel.session('', 0);
          coveragePanel.message('Kies een veiligheidsregio om de dekking te zien.');
        }
      } else if (coverage.active()) {
        coverage.refresh();
      }
      currentKinds = [...new Set(sites.features.map((f) => f.properties.kind))];
      updateLegend();
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      statusBar.show({
        area: name ?? '',
        municipalities: chosen.length,
        inhabitants: chosen.reduce((sum, f) => sum + f.properties.inhabitants, 0),
        demand,
        candidates: sites.features.length,
        dataVersion: config.dataVersion,
        note,
      });
      const bar = /** @type {HTMLElement} */ (document.getElementById('status-bar'));
      bar.dataset.paintMs = String(Math.round(performance.now() - started));
      bar.dataset.cellsDrawn = String(population.drawn());
      bar.dataset.markers = String(candidates.drawn().markers);
      bar.dataset.clusters = String(candidates.drawn().clusters);
      bar.dataset.boundaries = String(boundaries.count());
    } catch (e) {
      if (mine === sequence) statusBar.error(`Fout bij laden: ${describe(e)}`);
    }
  }

  state.subscribe((s, previous) => {
    if (s.region !== previous.region || s.municipality !== previous.municipality || s.layer !== previous.layer) {
      load();
    } else if (s.value !== previous.value) {
      population.setValue(s.value);
      coverageLayer.setUse65(s.value === 'inhabitants65Plus');
      updateLegend();
    }
  });
  const startRegion = regions.some((r) => r.code === config.defaultRegion) ? config.defaultRegion : '';
  state.set({ region: startRegion, layer: gridLayer ? gridLayer.name : '' });
}

start().catch((e) => statusBar.error(`De kaart kon niet starten: ${describe(e)}`));
