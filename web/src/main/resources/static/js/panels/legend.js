// @ts-check
import { L } from '../map/leaflet.js';
import { formatCount, formatDecimal } from '../format.js';
import { legendRows, UNKNOWN_COLOUR } from '../layers/population-classes.js';
import { KIND_COLOURS } from '../layers/candidate-layer.js';
import { COVERED_COLOUR, UNCOVERED_COLOUR } from '../layers/coverage-layer.js';
import { FIXED_COLOUR, NSP_COLOUR } from '../layers/nsp-layer.js';
import { PROPOSAL_COLOUR } from '../layers/proposal-layer.js';
import { ONLY_HERE_COLOUR, REACH_COLOUR } from '../layers/reach-layer.js';
import { CP_COLOUR } from '../layers/link-layer.js';

const KIND_LABELS = {
  POLLING_STATION: 'stemlokaal', FIRE_STATION: 'brandweerkazerne', MUNICIPAL_BUILDING: 'gemeentelijk gebouw',
  COMMUNITY_CENTRE: 'buurthuis', SCHOOL: 'school', SPORTS_HALL: 'sporthal', OWN: 'eigen locatie', OTHER: 'overig',
};

/**
 * The legend in the lower left corner (the layer control takes the right side): population classes of the layer
 * shown, the site kinds present and, with coverage, the marks of the plan. A button folds it to its title (small maps).
 * @param {L.Map} map
 */
export function createLegend(map) {
  const control = new (L.Control.extend({
    onAdd() {
      const div = L.DomUtil.create('div', 'legend');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    },
  }))({ position: 'bottomleft' });
  control.addTo(map);
  const container = /** @type {HTMLElement} */ (control.getContainer());
  const fold = document.createElement('button');
  fold.type = 'button';
  fold.className = 'legend-fold';
  const root = document.createElement('div');
  root.id = 'legend-body';
  fold.setAttribute('aria-controls', root.id);
  /** @param {boolean} open */
  const setOpen = (open) => {
    root.hidden = !open;
    fold.setAttribute('aria-expanded', String(open));
    fold.textContent = open ? 'Legenda ▾' : 'Legenda ▸';
  };
  fold.addEventListener('click', () => setOpen(root.hidden));
  setOpen(window.innerWidth >= 900);
  container.append(fold, root);

  /** Keeps the open legend below the controls at the top left: it scrolls inside the room that is left. */
  function fit() {
    const mapBox = map.getContainer().getBoundingClientRect();
    let top = mapBox.top;
    for (const c of map.getContainer().querySelectorAll('.leaflet-top.leaflet-left .leaflet-control')) {
      top = Math.max(top, c.getBoundingClientRect().bottom);
    }
    const room = container.getBoundingClientRect().bottom - top - fold.getBoundingClientRect().height - 28;
    root.style.maxHeight = `${Math.max(60, Math.floor(room))}px`;
  }
  map.on('resize', fit);
  fold.addEventListener('click', fit);

  return {
    /**
     * @param {{cellSizeMetres: number}|null} demand
     * @param {'inhabitants'|'inhabitants65Plus'} value
     * @param {string[]} kinds site kinds present
     * @param {number[]} breaks class breaks the population layer uses
     * @param {{radiusMetres: number, radius65Metres: number}|null} [coverage] norms of the coverage shown, if any
     */
    update(demand, value, kinds, breaks, coverage = null) {
      requestAnimationFrame(fit);
      root.replaceChildren();
      if (demand) {
        const grid = demand.cellSizeMetres > 0;
        const title = document.createElement('h3');
        const who = value === 'inhabitants65Plus' ? '65-plussers' : 'Inwoners';
        title.textContent = grid ? `${who} per cel van ${demand.cellSizeMetres} m` : `${who} per punt`;
        root.append(title);
        const rows = legendRows(breaks, grid ? formatCount : formatDecimal);
        if (value === 'inhabitants65Plus') rows.push({ colour: UNKNOWN_COLOUR, label: 'onbekend (CBS-geheimhouding)' });
        for (const r of rows) root.append(row('swatch', r.colour, r.label));
      }
      if (kinds.length) {
        const title = document.createElement('h3');
        title.textContent = 'Kandidaatlocaties';
        title.style.marginTop = '0.4rem';
        root.append(title);
        for (const k of kinds) root.append(row('dot', KIND_COLOURS[k] ?? '#777', KIND_LABELS[k] ?? k));
      }
      if (coverage) {
        const title = document.createElement('h3');
        const radius = value === 'inhabitants65Plus' ? coverage.radius65Metres : coverage.radiusMetres;
        title.textContent = `Dekking (${value === 'inhabitants65Plus' ? '65+, ' : ''}≤ ${formatCount(radius)} m)`;
        title.style.marginTop = '0.4rem';
        root.append(title);
        root.append(row('swatch', COVERED_COLOUR, 'gedekt'), row('swatch', UNCOVERED_COLOUR, 'niet gedekt'));
        const nsp = row('dot', NSP_COLOUR, 'NSP');
        /** @type {HTMLElement} */ (nsp.firstChild).style.border = '2px solid #0b3d59';
        root.append(nsp);
        const fixed = row('dot', NSP_COLOUR, 'vaste NSP');
        /** @type {HTMLElement} */ (fixed.firstChild).style.boxShadow = `0 0 0 3px ${FIXED_COLOUR}`;
        root.append(fixed);
        const cp = row('swatch', CP_COLOUR, 'CP (coördinatiepunt)');
        const diamond = /** @type {HTMLElement} */ (cp.firstChild);
        diamond.style.transform = 'rotate(45deg) scale(0.8)';
        diamond.style.border = '1px solid #fff';
        root.append(cp);
        const own = row('swatch', '#111', 'eigen locatie');
        /** @type {HTMLElement} */ (own.firstChild).style.border = '2px solid #fff';
        /** @type {HTMLElement} */ (own.firstChild).style.outline = '1px solid #111';
        root.append(own);
        const excluded = row('cross', '#fff', 'uitgesloten');
        /** @type {HTMLElement} */ (excluded.firstChild).textContent = '×';
        root.append(excluded);
        const reach = row('swatch', 'transparent', 'bereik geselecteerde locatie');
        /** @type {HTMLElement} */ (reach.firstChild).style.border = `2px solid ${REACH_COLOUR}`;
        const only = row('dot', ONLY_HERE_COLOUR, '… alleen daardoor gedekt');
        /** @type {HTMLElement} */ (only.firstChild).style.transform = 'scale(0.6)';
        const proposal = row('dot', 'transparent', 'voorstel optimalisatie');
        /** @type {HTMLElement} */ (proposal.firstChild).style.border = `3px solid ${PROPOSAL_COLOUR}`;
        root.append(reach, only, proposal);
      }
    },
  };
}

/** @param {string} shape @param {string} colour @param {string} label */
function row(shape, colour, label) {
  const div = document.createElement('div');
  div.className = 'row';
  const s = document.createElement('span');
  s.className = shape;
  s.style.background = colour;
  const t = document.createElement('span');
  t.textContent = label;
  div.append(s, t);
  return div;
}
