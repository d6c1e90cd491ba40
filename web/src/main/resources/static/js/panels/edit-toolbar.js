// @ts-check
import { L } from '../map/leaflet.js';

/** The click modes of the map and what they do, in Dutch. */
export const MODES = Object.freeze({
  view: { label: 'Bekijken', hint: 'Klik op een locatie voor haar gegevens en knoppen.' },
  nsp: { label: 'NSP', hint: 'Klik op een locatie: NSP aan of uit.' },
  cp: { label: 'CP', hint: 'Klik op een locatie: CP aan of uit.' },
  own: { label: 'Eigen locatie', hint: 'Klik op de kaart om een eigen locatie toe te voegen.' },
  move: { label: 'Verplaatsen', hint: 'Klik op de nieuwe plek van de eigen locatie.' },
});

/**
 * The edit toolbar at the top left of the map (under the zoom buttons): one toggle button per click mode —
 * "Bekijken" (popups), "NSP" and "CP" (a click on a site switches it at once: the quick way to edit), "Eigen locatie"
 * (a click on the map adds one). "Verplaatsen" is entered from the own-locations panel. Escape first closes what
 * `beforeEscape` closes (an open popup), and otherwise returns to "Bekijken". The map container carries `data-mode`.
 *
 * @param {L.Map} map
 * @param {(mode: keyof typeof MODES, previous: keyof typeof MODES) => void} onChange
 * @param {() => boolean} [beforeEscape] handles Escape first; true = handled
 */
export function createEditToolbar(map, onChange, beforeEscape = () => false) {
  /** @type {keyof typeof MODES} */
  let mode = 'view';
  /** @type {Record<string, HTMLButtonElement>} */
  const buttons = {};
  let hint = /** @type {HTMLElement|null} */ (null);
  const control = new (L.Control.extend({
    onAdd() {
      const div = L.DomUtil.create('div', 'edit-toolbar leaflet-bar');
      div.setAttribute('role', 'toolbar');
      div.setAttribute('aria-label', 'Klikmodus van de kaart');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      for (const key of /** @type {Array<keyof typeof MODES>} */ (['view', 'nsp', 'cp', 'own'])) {
        const b = document.createElement('button');
        b.type = 'button';
        b.id = `mode-${key}`;
        b.textContent = MODES[key].label;
        b.title = MODES[key].hint;
        b.addEventListener('click', () => set(mode === key && key !== 'view' ? 'view' : key));
        buttons[key] = b;
        div.append(b);
      }
      hint = L.DomUtil.create('div', 'edit-hint', div);
      hint.setAttribute('aria-live', 'polite');
      return div;
    },
  }))({ position: 'topleft' });
  control.addTo(map);

  /** @param {keyof typeof MODES} next */
  function set(next) {
    const previous = mode;
    mode = next;
    for (const [key, b] of Object.entries(buttons)) b.setAttribute('aria-pressed', String(key === mode));
    if (hint) {
      hint.textContent = mode === 'view' ? '' : MODES[mode].hint;
      hint.hidden = mode === 'view';
    }
    map.getContainer().dataset.mode = mode;
    map.getContainer().classList.toggle('placing', mode === 'own' || mode === 'move');
    if (previous !== mode) onChange(mode, previous);
  }
  set('view');

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || beforeEscape()) return;
    if (mode !== 'view') set('view');
  });

  return {
    mode: () => mode,
    /** @param {keyof typeof MODES} next */
    set,
  };
}
