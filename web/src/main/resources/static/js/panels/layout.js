// @ts-check
/**
 * The panel's place on the screen: beside the map on wide screens, below it on narrow ones (CSS), and folded away
 * with the header button "Paneel verbergen" / "Paneel tonen" (aria-expanded) to give the map the whole width or
 * height; the map is told its new size.
 *
 * @param {import('../map/leaflet.js').L.Map} map
 */
export function createPanelLayout(map) {
  const toggle = /** @type {HTMLButtonElement} */ (document.getElementById('panel-toggle'));
  /** @param {boolean} open */
  function set(open) {
    document.body.classList.toggle('panel-collapsed', !open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Paneel verbergen' : 'Paneel tonen';
    // the map box changed size: let Leaflet measure it again once the layout has settled
    requestAnimationFrame(() => map.invalidateSize({ pan: false }));
  }
  toggle.addEventListener('click', () => set(document.body.classList.contains('panel-collapsed')));
  set(true);
  return { set };
}
