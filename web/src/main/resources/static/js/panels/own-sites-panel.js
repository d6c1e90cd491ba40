// @ts-check
import { el, button, keepFocus } from './dom.js';

/** Dutch names of the kinds of place the geocoder returns. */
const KIND_TEXT = { coordinates: 'coördinaten', postcode: 'postcode (PC4-centrum)', candidate: 'kandidaatlocatie', address: 'adres (PDOK)' };

/**
 * The "Eigen locaties" section: add an own location by name plus an address, postcode or coordinates (looked up with
 * /api/geocode: offline PC4 centres and candidate sites, PDOK addresses when the server has it configured), or by
 * clicking the map; list the own locations with their name (editable), NSP / CP / fixed switches, "Toon",
 * "Verplaats" (next map click or search result) and "×" (delete). Everything goes through the working plan.
 *
 * @param {{
 *   plan: ReturnType<typeof import('../plan/working-plan.js').createWorkingPlan>,
 *   geocode: (q: string) => Promise<{results: any[], online: {status: string, message?: string}}>,
 *   onPickOnMap: (on: boolean) => void,
 *   onMoveStart: (id: string) => void,
 *   onShow: (id: string) => void,
 *   onShowCandidate: (siteId: string) => void,
 * }} o
 */
export function createOwnSitesPanel(o) {
  const root = /** @type {HTMLElement} */ (document.getElementById('own-section'));
  const form = /** @type {HTMLFormElement} */ (root.querySelector('#own-form'));
  const name = /** @type {HTMLInputElement} */ (root.querySelector('#own-name'));
  const query = /** @type {HTMLInputElement} */ (root.querySelector('#own-query'));
  const asNsp = /** @type {HTMLInputElement} */ (root.querySelector('#own-as-nsp'));
  const asCp = /** @type {HTMLInputElement} */ (root.querySelector('#own-as-cp'));
  const pick = /** @type {HTMLButtonElement} */ (root.querySelector('#own-click'));
  const status = /** @type {HTMLElement} */ (root.querySelector('#own-status'));
  const results = /** @type {HTMLElement} */ (root.querySelector('#own-results'));
  const list = /** @type {HTMLElement} */ (root.querySelector('#own-list'));
  /** the own site a search result or map click will move ('' = add a new one) */
  let moving = '';
  let counter = 0;

  /** @param {string} text */
  function say(text) {
    status.textContent = text;
  }

  /** The name for a new site: the name field, else the place's label, else "Eigen locatie n". @param {string} [fallback] */
  function newName(fallback) {
    const typed = name.value.trim();
    return typed || fallback || `Eigen locatie ${++counter}`;
  }

  /**
   * Adds an own site at an RD position (or moves the one being moved there).
   * @param {number} x @param {number} y @param {{label?: string, address?: string}} [placeInfo]
   * @returns {string} the site's id
   */
  function place(x, y, placeInfo = {}) {
    if (moving) {
      const id = moving;
      o.plan.updateOwnSite(id, { x, y, ...(placeInfo.address ? { address: placeInfo.address } : {}) });
      say(`${o.plan.ownSite(id)?.name ?? id} verplaatst.`);
      stopMoving();
      return id;
    }
    const id = o.plan.addOwnSite({ name: newName(placeInfo.label), address: placeInfo.address ?? '', x, y },
      { nsp: asNsp.checked, cp: asCp.checked });
    name.value = '';
    say(`${o.plan.ownSite(id)?.name} toegevoegd${asNsp.checked ? ' als NSP' : ''}${asCp.checked ? ' als CP' : ''}.`);
    return id;
  }

  function stopMoving() {
    if (!moving) return;
    moving = '';
    render();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = query.value.trim();
    results.replaceChildren();
    if (!q) {
      say('Typ een adres, een postcode (bijv. 3011) of coördinaten (52.05, 4.47 of 92500 437500).');
      return;
    }
    say('Zoeken…');
    root.dataset.searching = 'true';
    try {
      const answer = await o.geocode(q);
      const found = answer.results;
      const online = answer.online.status === 'unavailable' ? ` ${answer.online.message ?? 'Online zoeken niet beschikbaar.'}` : '';
      say(found.length === 0 ? `Niets gevonden voor “${q}”.${online}`
        : `${found.length} gevonden; kies er een${moving ? ' om de locatie te verplaatsen' : ''}.${online}`);
      found.forEach((r, i) => {
        const li = el('li');
        const b = button(r.label, 'place', () => {
          if (r.kind === 'candidate' && !moving) {
            o.onShowCandidate(r.siteId);
            return;
          }
          const id = place(r.x, r.y, { label: r.kind === 'coordinates' ? undefined : r.label, address: r.kind === 'coordinates' ? '' : r.label });
          results.replaceChildren();
          o.onShow(id);
        }, { focusKey: `result-${i}` });
        b.dataset.kind = r.kind;
        li.append(b, ' ', el('span', `(${KIND_TEXT[/** @type {keyof typeof KIND_TEXT} */ (r.kind)] ?? r.kind})`, 'why'));
        results.append(li);
      });
      const first = /** @type {HTMLElement|null} */ (results.querySelector('button'));
      if (first) first.focus();
    } catch (err) {
      say(`Zoeken mislukt: ${/** @type {Error} */ (err).message}`);
    } finally {
      root.dataset.searching = 'false';
    }
  });
  pick.addEventListener('click', () => o.onPickOnMap(pick.getAttribute('aria-pressed') !== 'true'));

  function render() {
    keepFocus(list, () => {
      list.replaceChildren();
      const p = o.plan.snapshot();
      for (const s of p.ownSites) {
        const li = el('li', '', moving === s.id ? 'moving' : '');
        li.dataset.siteId = s.id;
        li.dataset.x = String(s.x);
        li.dataset.y = String(s.y);
        const input = /** @type {HTMLInputElement} */ (el('input'));
        input.value = s.name;
        input.maxLength = 200;
        input.setAttribute('aria-label', `Naam van ${s.name}`);
        input.dataset.focusKey = `${s.id}-name`;
        input.addEventListener('change', () => o.plan.updateOwnSite(s.id, { name: input.value }));
        input.addEventListener('keydown', (e) => { if (e.key === 'Enter') input.blur(); });
        const roles = el('span', '', 'roles');
        for (const [key, text, on, set] of /** @type {Array<[string, string, boolean, (v: boolean) => void]>} */ ([
          ['nsp', 'NSP', o.plan.isNsp(s.id), (v) => o.plan.setNsp(s.id, v)],
          ['cp', 'CP', o.plan.isCp(s.id), (v) => o.plan.setCp(s.id, v)],
          ['fixed', 'vast', o.plan.isFixed(s.id), (v) => o.plan.setFixed(s.id, v)],
        ])) {
          const label = el('label', '', 'check');
          const box = /** @type {HTMLInputElement} */ (el('input'));
          box.type = 'checkbox';
          box.checked = on;
          box.dataset.focusKey = `${s.id}-${key}`;
          box.dataset.role = key;
          box.addEventListener('change', () => set(box.checked));
          label.append(box, ` ${text}`);
          roles.append(label);
        }
        const where = el('span', `RD ${Math.round(s.x)} ${Math.round(s.y)}${s.address ? ` · ${s.address}` : ''}`, 'where');
        const actions = el('span', '', 'own-actions');
        actions.append(
          button('Toon', 'link', () => o.onShow(s.id), { label: `Toon ${s.name} op de kaart`, focusKey: `${s.id}-show` }),
          button(moving === s.id ? 'Stop verplaatsen' : 'Verplaats', 'move', () => {
            if (moving === s.id) {
              stopMoving();
              o.onMoveStart('');
              return;
            }
            moving = s.id;
            render();
            say(`Klik op de nieuwe plek van ${s.name} op de kaart, of zoek hierboven een adres, postcode of coördinaten.`);
            o.onMoveStart(s.id);
          }, { label: `Verplaats ${s.name}`, focusKey: `${s.id}-move` }),
          button('×', 'remove', () => {
            o.plan.removeOwnSite(s.id);
            say(`${s.name} verwijderd.`);
          }, { label: `Verwijder ${s.name}`, focusKey: `${s.id}-remove` }),
        );
        li.append(input, roles, where, actions);
        list.append(li);
      }
      root.dataset.ownSites = String(p.ownSites.length);
    });
  }
  o.plan.subscribe(() => render());
  render();

  return {
    /** A click on the map in "Eigen locatie" or "Verplaatsen" mode. @param {number} x @param {number} y RD metres */
    placeAt: (x, y) => place(x, y),
    /** Which own site is being moved ('' = none). */
    moving: () => moving,
    stopMoving,
    /** @param {boolean} on the "Klik op de kaart" button shows whether the map is in "Eigen locatie" mode */
    picking(on) {
      pick.setAttribute('aria-pressed', String(on));
      pick.textContent = on ? 'Klikken op de kaart… (Esc stopt)' : 'Klik op de kaart';
    },
    /** Focuses the name field of one own site (popup "Bewerk"). @param {string} id */
    edit(id) {
      const input = /** @type {HTMLInputElement|null} */ (list.querySelector(`li[data-site-id="${CSS.escape(id)}"] input`));
      if (input) {
        input.scrollIntoView({ block: 'nearest' });
        input.focus();
        input.select();
      }
    },
  };
}
