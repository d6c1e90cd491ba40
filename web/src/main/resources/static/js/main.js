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
  const [config, regions, layers] = await Promise.all([api.config(), api.regions(), api.demandLayers()]);
  const view = createMapView(/** @type {HTMLElement} */ (document.getElementById('map')), config.baseMaps, (text) => showMessage(text, 8000));
  const boundaries = createBoundaryLayers(view.renderer, (code) => state.set({ municipality: code }));
  const population = createPopulationLayer();
  const candidates = createCandidateLayer(view.map, view.renderer);
  view.addOverlay(population.layer, 'Bevolking');
  view.addOverlay(boundaries.municipalities, 'Gemeentegrenzen');
  view.addOverlay(boundaries.region, 'Regiogrens');
  view.addOverlay(candidates.layer, 'Kandidaatlocaties');
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
      currentKinds = [...new Set(sites.features.map((f) => f.properties.kind))];
      legend.update(demand, s.value, currentKinds, population.breaks());
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      const name = s.municipality ? chosen[0]?.properties.name : region ? `${region.code} ${region.name}` : 'Nederland';
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
      legend.update(currentDemand, s.value, currentKinds, population.breaks());
    }
  });
  const startRegion = regions.some((r) => r.code === config.defaultRegion) ? config.defaultRegion : '';
  state.set({ region: startRegion, layer: gridLayer ? gridLayer.name : '' });
}

start().catch((e) => statusBar.error(`De kaart kon niet starten: ${describe(e)}`));
