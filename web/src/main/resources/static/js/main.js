// @ts-check
import { api, ApiError } from './api.js';
import { L } from './map/leaflet.js';
import { createState } from './state.js';
import { createMapView } from './map/map-view.js';
import { createBoundaryLayers } from './layers/boundary-layer.js';
import { createPopulationLayer } from './layers/population-layer.js';
import { createCandidateLayer } from './layers/candidate-layer.js';
import { createAreaPanel } from './panels/area-panel.js';
import { createLegend } from './panels/legend.js';
import { createStatusBar } from './panels/status-bar.js';
import { createImportPanel } from './panels/import-panel.js';
import { createPanelLayout } from './panels/layout.js';
import { createCoverageSession } from './coverage/coverage-session.js';
import { createAccountBadge } from './panels/account-badge.js';
import { workingPlan } from './plan/working-plan.js';
import { createSiteCatalogue } from './plan/site-catalogue.js';
import { createAreaLoader } from './app/area-loader.js';
import { wireCoverage } from './app/coverage-wiring.js';
import { wireOptimiser } from './app/optimise-wiring.js';
import { wireScenarios } from './app/scenario-wiring.js';

const KIND_LABELS = { POLLING_STATION: 'stemlokalen', FIRE_STATION: 'brandweerkazernes', MUNICIPAL_BUILDING: 'gemeentelijke gebouwen',
  COMMUNITY_CENTRE: 'buurthuizen', SCHOOL: 'scholen', SPORTS_HALL: 'sporthallen', OWN: 'eigen locaties', OTHER: 'overige' };

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
const plan = workingPlan;

async function start() {
  createAccountBadge(api, /** @type {HTMLElement} */ (document.getElementById('account')));
  const [config, regions, layers] = await Promise.all([api.config(), api.regions(), api.demandLayers()]);
  const view = createMapView(/** @type {HTMLElement} */ (document.getElementById('map')), config.baseMaps, (text) => showMessage(text, 8000));
  createPanelLayout(view.map);
  const catalogue = createSiteCatalogue(plan);
  const coverage = createCoverageSession(api, plan);
  /** @type {import('./layers/candidate-layer.js').NspEditing} every site action goes through the working plan */
  const editing = {
    isOpen: (id) => plan.isNsp(id),
    toggle: async (id) => { if (!plan.toggleNsp(id) && plan.isExcluded(id)) showMessage('Deze locatie is uitgesloten; sta haar eerst toe.', 6000); },
    isCp: (id) => plan.isCp(id),
    toggleCp: async (id) => { plan.toggleCp(id); },
    isFixed: (id) => plan.isFixed(id),
    toggleFixed: async (id) => { plan.setFixed(id, !plan.isFixed(id)); },
    isExcluded: (id) => plan.isExcluded(id),
    toggleExcluded: async (id) => { plan.setExcluded(id, !plan.isExcluded(id)); },
    editOwn: (id) => wired.ownPanel.edit(id),
    removeOwn: (id) => { view.map.closePopup(); plan.removeOwnSite(id); },
  };
  const boundaries = createBoundaryLayers(view.renderer, (code) => { if (wired.toolbar.mode() === 'view') state.set({ municipality: code }); });
  const population = createPopulationLayer();
  const candidates = createCandidateLayer(view.map, view.renderer, editing);
  const legend = createLegend(view.map);
  /** @type {ReturnType<typeof wireScenarios>|null} saved scenarios (made once the store has data) */
  let scenarios = null;
  const areaPanel = createAreaPanel(state, { beforeRegionChange: (region) => (scenarios ? scenarios.beforeRegionChange(region) : Promise.resolve(true)) });
  const importPanel = createImportPanel(api);
  /** @type {{name: string, municipality: string, sites: any[], demand: any}} */
  let area = { name: '', municipality: '', sites: [], demand: null };
  /** @type {Set<string>} candidate ids of the plan's region (what a regional optimisation may fix or exclude) */
  let regionSites = new Set();

  const wired = wireCoverage({
    view, plan, coverage, catalogue, candidates, editing, layers,
    area: () => area,
    onCoverageChange: () => updateLegend(),
    showMessage, describe,
  });
  const optimiser = wireOptimiser({ view, plan, regionSiteIds: () => regionSites, onAccepted: (p) => scenarios?.proposalAccepted(p) });

  view.addOverlay(population.layer, 'Bevolking');
  view.addOverlay(wired.coverageLayer.layer, 'Gedekt / niet gedekt');
  view.addOverlay(boundaries.municipalities, 'Gemeentegrenzen');
  view.addOverlay(boundaries.region, 'Regiogrens');
  // the candidates themselves are always on the map; the control shows one switch per kind present (setOverlayGroup)
  candidates.layer.addTo(view.map);
  const kindsAnchor = boundaries.region;
  /** @type {Map<string, L.LayerGroup>} */
  const kindSwitches = new Map();
  view.addOverlay(wired.ownLayer.layer, 'Eigen locaties');
  view.addOverlay(wired.reachLayer.layer, 'Bereik geselecteerde locatie (cellen)');
  view.addOverlay(wired.nsps.radiusLayer, 'Loopafstand geselecteerde locatie');
  view.addOverlay(wired.linkLayer.linkLayer, 'NSP–CP-verbindingen');
  view.addOverlay(wired.nsps.layer, "NSP's");
  view.addOverlay(wired.linkLayer.cpLayer, "CP's");
  view.addOverlay(optimiser.proposals.layer, 'Voorstel optimalisatie');

  /** One layer-control switch per kind of candidate present in the area ("Kandidaten: stemlokalen"). @param {string[]} kinds */
  function showKindSwitches(kinds) {
    const entries = kinds.map((kind) => {
      let group = kindSwitches.get(kind);
      if (!group) {
        group = L.layerGroup().addTo(view.map);
        group.on('add', () => candidates.setKindVisible(kind, true));
        group.on('remove', () => candidates.setKindVisible(kind, false));
        kindSwitches.set(kind, group);
      }
      return { layer: group, name: `Kandidaten: ${KIND_LABELS[/** @type {keyof typeof KIND_LABELS} */ (kind)] ?? kind}` };
    });
    view.setOverlayGroup('kinds', kindsAnchor, entries);
  }

  function updateLegend() {
    const p = plan.snapshot();
    legend.update(area.demand, state.get().value, candidates.kinds(), population.breaks(), coverage.active() ? p.norms : null);
  }

  const report = await importPanel.load();
  if (report.failure) showMessage(`Import mislukt: ${report.failure.message}. Zie “Import mislukt” voor details.`);
  if (config.storeEmpty) {
    statusBar.error(report.status === 'importing' ? 'Gegevens worden ingelezen… herlaad de pagina zo.'
      : 'Er zijn geen gegevens ingelezen. Start de server met --data-dir (zie docs/running.md).');
    return;
  }
  areaPanel.setRegions(regions);
  areaPanel.setLayers(layers);
  scenarios = wireScenarios({ api, plan, regions, layers, baseMaps: config.baseMaps, describe });
  const gridLayer = layers.find((l) => l.cellSizeMetres === 100) ?? layers[0];

  const loader = createAreaLoader({
    state, view, regions, layers, config, boundaries, population, candidates, areaPanel, statusBar,
    showMessage, describe, keepMessage: () => Boolean(report.failure),
    onLoaded(loaded) {
      area = { name: loaded.name, municipality: loaded.municipality, sites: loaded.sites.features, demand: loaded.demand };
      catalogue.addCandidates(loaded.sites.features);
      if (!loaded.municipality) regionSites = new Set(loaded.sites.features.map((/** @type {any} */ f) => f.properties.id));
      wired.setSites(loaded.sites.features);
      showKindSwitches(candidates.kinds());
      const before = plan.snapshot();
      plan.setArea(loaded.region && loaded.demand ? loaded.region : '', loaded.region && loaded.demand ? loaded.demand.layer : '');
      const after = plan.snapshot();
      // the same area (e.g. narrowed to a municipality): the report again, for the municipality's row
      if (before.region === after.region && before.demandLayer === after.demandLayer && coverage.active()) coverage.refresh();
      optimiser.update();
      scenarios?.areaLoaded(loaded);
      updateLegend();
    },
  });

  // a restored plan (e.g. a reopened scenario) brings its own area
  plan.subscribe((p, change) => {
    if (change.type !== 'restore') return;
    const s = state.get();
    if (p.region && (p.region !== s.region || (p.demandLayer && p.demandLayer !== s.layer))) {
      state.set({ region: p.region, municipality: '', layer: p.demandLayer || s.layer });
    }
  });
  state.subscribe((s, previous) => {
    if (s.region !== previous.region || s.municipality !== previous.municipality || s.layer !== previous.layer) {
      loader.load();
    } else if (s.value !== previous.value) {
      population.setValue(s.value);
      wired.coverageLayer.setUse65(s.value === 'inhabitants65Plus');
      updateLegend();
    }
  });
  const startRegion = regions.some((r) => r.code === config.defaultRegion) ? config.defaultRegion : '';
  state.set({ region: startRegion, layer: gridLayer ? gridLayer.name : '' });
}

start().catch((e) => statusBar.error(`De kaart kon niet starten: ${describe(e)}`));
