// @ts-check
import { formatCount } from '../format.js';
import { el, button, keepFocus } from './dom.js';

const MAX_LISTED = 40;

/**
 * The list of open NSPs in the Dekking panel, by load (inhabitants for whom it is the nearest NSP, and that as a
 * multiple of the max load; above it red), each with "Toon op de kaart" (its name), a fix toggle ("vast", aria-pressed)
 * and "×" (remove); below it the excluded sites with "Sta toe". Keyboard focus survives a redraw.
 *
 * @param {{
 *   nameOf: (id: string) => string,
 *   isFixed: (id: string) => boolean,
 *   onLocate: (id: string) => void,
 *   onToggle: (id: string) => void,
 *   onToggleFixed: (id: string) => void,
 *   onAllow: (id: string) => void,
 * }} o
 */
export function createNspList(o) {
  const list = /** @type {HTMLElement} */ (document.getElementById('nsp-list'));
  const excludedTitle = /** @type {HTMLElement} */ (document.getElementById('excluded-title'));
  const excludedList = /** @type {HTMLElement} */ (document.getElementById('excluded-list'));

  return {
    /** @param {Array<{siteId: string, nearestInhabitants: number, loadRatio: number, overRule: boolean}>} nspLoads */
    render(nspLoads) {
      keepFocus(list, () => {
        list.replaceChildren();
        const loads = [...nspLoads].sort((a, b) => b.loadRatio - a.loadRatio);
        for (const load of loads.slice(0, MAX_LISTED)) {
          const id = load.siteId;
          const name = o.nameOf(id);
          const fixed = o.isFixed(id);
          const li = el('li', '', load.overRule ? 'over-rule' : '');
          li.dataset.siteId = id;
          const locate = button(name, 'link', () => o.onLocate(id), { title: 'Toon op de kaart', focusKey: `${id}-locate` });
          const lock = button('vast', fixed ? 'fix on' : 'fix', () => o.onToggleFixed(id),
            { label: fixed ? `${name} losmaken` : `${name} vastzetten`, title: fixed ? 'Vast: blijft bij optimaliseren (klik: los)' : 'Zet vast', focusKey: `${id}-fix` });
          lock.setAttribute('aria-pressed', String(fixed));
          const remove = button('×', 'remove', () => o.onToggle(id), { label: `Verwijder NSP ${name}`, title: 'Verwijder NSP', focusKey: `${id}-remove` });
          li.append(locate, el('span', `${formatCount(load.nearestInhabitants)} inw. (${load.loadRatio.toFixed(1).replace('.', ',')}×)`, 'load'), lock, remove);
          list.append(li);
        }
        if (loads.length > MAX_LISTED) list.append(el('li', `… en ${formatCount(loads.length - MAX_LISTED)} meer`, 'more'));
      });
    },
    /** @param {string[]} ids excluded site ids */
    renderExcluded(ids) {
      keepFocus(excludedList, () => {
        excludedList.replaceChildren();
        excludedTitle.hidden = ids.length === 0;
        for (const id of ids.slice(0, MAX_LISTED)) {
          const name = o.nameOf(id);
          const li = el('li');
          li.dataset.siteId = id;
          li.append(button(name, 'link', () => o.onLocate(id), { title: 'Toon op de kaart', focusKey: `${id}-locate` }),
            button('Sta toe', 'allow', () => o.onAllow(id), { label: `${name} weer toestaan`, focusKey: `${id}-allow` }));
          excludedList.append(li);
        }
        if (ids.length > MAX_LISTED) excludedList.append(el('li', `… en ${formatCount(ids.length - MAX_LISTED)} meer`, 'more'));
      });
    },
  };
}
