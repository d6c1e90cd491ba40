// @ts-check
/** Dutch names of the demand layers the importer makes; other layers show their key. */
const LAYER_LABELS = {
  cbs100: 'CBS-vierkanten 100 m',
  cbs500: 'CBS-vierkanten 500 m',
  pc4: 'Postcodegebieden (PC4)',
  wijk: 'Wijken',
};

/**
 * The work-area picker in the header: safety region, municipality, population layer and the 65+ toggle
 * (native selects and a checkbox, so everything works with the keyboard).
 *
 * @param {{get: () => any, set: (patch: any) => void, subscribe: (fn: (s: any, prev: any) => void) => void}} state
 * @param {{beforeRegionChange?: (region: string) => Promise<boolean>}} [guards] asked before another region is taken
 *   (the scenario panel: unsaved changes); false keeps the region
 */
export function createAreaPanel(state, guards = {}) {
  const regionSelect = /** @type {HTMLSelectElement} */ (document.getElementById('region-select'));
  const municipalitySelect = /** @type {HTMLSelectElement} */ (document.getElementById('municipality-select'));
  const layerSelect = /** @type {HTMLSelectElement} */ (document.getElementById('layer-select'));
  const show65 = /** @type {HTMLInputElement} */ (document.getElementById('show-65plus'));

  regionSelect.addEventListener('change', async () => {
    const region = regionSelect.value;
    if (guards.beforeRegionChange && !(await guards.beforeRegionChange(region))) {
      regionSelect.value = state.get().region;
      return;
    }
    state.set({ region, municipality: '' });
  });
  municipalitySelect.addEventListener('change', () => state.set({ municipality: municipalitySelect.value }));
  layerSelect.addEventListener('change', () => state.set({ layer: layerSelect.value }));
  show65.addEventListener('change', () => state.set({ value: show65.checked ? 'inhabitants65Plus' : 'inhabitants' }));

  state.subscribe((s) => {
    regionSelect.value = s.region;
    municipalitySelect.value = s.municipality;
    layerSelect.value = s.layer;
    show65.checked = s.value === 'inhabitants65Plus';
  });

  /** @param {HTMLSelectElement} select @param {Array<[string, string]>} options @param {string} first */
  function fill(select, options, first) {
    select.replaceChildren(new Option(first, ''));
    for (const [value, label] of options) select.add(new Option(label, value));
  }

  return {
    /** @param {Array<{code: string, name: string}>} regions */
    setRegions(regions) {
      fill(regionSelect, regions.map((r) => [r.code, `${r.code} ${r.name}`]), 'Heel Nederland');
      regionSelect.value = state.get().region;
    },
    /** @param {Array<{code: string, name: string}>} municipalities sorted by name here */
    setMunicipalities(municipalities) {
      const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      fill(municipalitySelect, sorted.map((m) => [m.code, m.name]), 'Alle gemeenten');
      municipalitySelect.disabled = municipalities.length === 0;
      municipalitySelect.value = state.get().municipality;
    },
    /** @param {Array<{name: string, description: string, cellSizeMetres: number}>} layers */
    setLayers(layers) {
      layerSelect.replaceChildren(...layers.map((l) => {
        const label = LAYER_LABELS[l.name] ?? l.name;
        const o = new Option(label, l.name);
        o.title = l.description;
        return o;
      }));
      layerSelect.value = state.get().layer;
    },
  };
}
