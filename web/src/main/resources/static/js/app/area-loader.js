// @ts-check
import { api } from '../api.js';
import { NETHERLANDS } from '../map/map-view.js';

/** The whole country as a lon/lat box for the API. */
const NETHERLANDS_BBOX = '3.3,50.7,7.3,53.6';
/** Outline simplification for the national view, in metres. */
const NATIONAL_SIMPLIFY_METRES = 150;

/**
 * Loads the work area chosen in the header (region or municipality, population layer) and draws its boundaries,
 * population and candidate sites; zooms there; fills the status bar (with `data-paint-ms`: from the choice to the
 * first frame painted with boundaries, population and candidates drawn; `data-fetch-ms`: the part spent waiting for
 * the server), then hands the area to `onLoaded` (plan, coverage). The last of overlapping loads wins.
 *
 * @param {{
 *   state: {get: () => any},
 *   view: ReturnType<typeof import('../map/map-view.js').createMapView>,
 *   regions: any[], layers: any[], config: any,
 *   boundaries: any, population: any, candidates: any, areaPanel: any, statusBar: any,
 *   onLoaded: (area: {region: string, municipality: string, demand: any, sites: any, name: string}) => void,
 *   showMessage: (text: string) => void, describe: (e: unknown) => string, keepMessage: () => boolean,
 * }} o
 */
export function createAreaLoader(o) {
  const primary = o.layers.find((l) => l.primary) ?? o.layers[0];
  let loadedRegion = /** @type {string|null} */ (null);
  /** @type {{municipalities: any, outline: any}} */
  let regionData = { municipalities: null, outline: null };
  let sequence = 0;

  /** @param {{region: string, municipality: string}} s */
  function areaQuery(s) {
    if (s.municipality) return { municipality: s.municipality };
    if (s.region) return { region: s.region };
    return { bbox: NETHERLANDS_BBOX };
  }

  /** Demand of the chosen layer, or of the primary layer when the chosen one has no points here. */
  async function loadDemand(/** @type {string} */ layerName, /** @type {any} */ area) {
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
    const s = o.state.get();
    const mine = ++sequence;
    const started = performance.now();
    o.statusBar.busy('Laden…');
    if (!o.keepMessage()) o.showMessage('');
    try {
      const area = areaQuery(s);
      // boundaries (once per region), demand and candidates in parallel: the first paint waits for the slowest only
      const boundariesWanted = loadedRegion !== s.region;
      const [boundaryData, { demand, note }, sites] = await Promise.all([
        boundariesWanted ? Promise.all([
          api.municipalities(s.region || undefined, s.region ? undefined : NATIONAL_SIMPLIFY_METRES),
          s.region ? api.region(s.region) : Promise.resolve(null),
        ]) : Promise.resolve(null),
        loadDemand(s.layer, area),
        api.candidates(area),
      ]);
      if (mine !== sequence) return;
      if (boundaryData) {
        const [municipalities, detail] = boundaryData;
        regionData = { municipalities, outline: detail ? detail.outline : null };
        loadedRegion = s.region;
        o.areaPanel.setMunicipalities(municipalities.features.map((/** @type {any} */ f) => f.properties));
      }

      const features = regionData.municipalities.features;
      const chosen = s.municipality ? features.filter((/** @type {any} */ f) => f.id === s.municipality) : features;
      const region = o.regions.find((r) => r.code === s.region);
      const box = s.municipality ? chosen[0]?.properties.bbox : region?.bbox;
      o.view.map.fitBounds(box ? [[box[1], box[0]], [box[3], box[2]]] : NETHERLANDS, { animate: false });

      const fetchedMs = performance.now() - started;
      o.boundaries.show(regionData.municipalities, regionData.outline, s.municipality);
      o.population.setValue(s.value);
      o.population.show(demand);
      o.candidates.show(sites);
      const name = s.municipality ? chosen[0]?.properties.name : region ? `${region.code} ${region.name}` : 'Nederland';
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      o.statusBar.show({
        area: name ?? '',
        municipalities: chosen.length,
        inhabitants: chosen.reduce((/** @type {number} */ sum, /** @type {any} */ f) => sum + f.properties.inhabitants, 0),
        demand,
        candidates: sites.features.length,
        dataVersion: o.config.dataVersion,
        note,
      });
      const bar = /** @type {HTMLElement} */ (document.getElementById('status-bar'));
      bar.dataset.paintMs = String(Math.round(performance.now() - started));
      bar.dataset.cellsDrawn = String(o.population.drawn());
      bar.dataset.markers = String(o.candidates.drawn().markers);
      bar.dataset.clusters = String(o.candidates.drawn().clusters);
      bar.dataset.boundaries = String(o.boundaries.count());
      bar.dataset.fetchMs = String(Math.round(fetchedMs));
      // the plan and its coverage follow the first paint (the coverage session is its own request)
      o.onLoaded({ region: s.region, municipality: s.municipality, demand, sites, name: name ?? '' });
    } catch (e) {
      if (mine === sequence) o.statusBar.error(`Fout bij laden: ${o.describe(e)}`);
    }
  }

  return { load };
}
