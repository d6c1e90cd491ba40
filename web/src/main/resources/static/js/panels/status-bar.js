// @ts-check
import { counted, formatCount } from '../format.js';

/**
 * The status bar: counts of what is on the map, with Dutch number formatting. It also carries the same
 * numbers as data attributes (data-municipalities, data-cells, ...) for automated checks.
 */
export function createStatusBar() {
  const bar = /** @type {HTMLElement} */ (document.getElementById('status-bar'));
  return {
    /** @param {string} text */
    busy(text) {
      bar.textContent = text;
      bar.dataset.ready = 'false';
    },
    /**
     * @param {{area: string, municipalities: number, inhabitants: number, demand: any, candidates: number,
     *          dataVersion: number|null, note: string}} s
     */
    show(s) {
      const parts = [s.area, counted(s.municipalities, 'gemeente', 'gemeenten'), `${formatCount(s.inhabitants)} inwoners`];
      if (s.demand) {
        const unit = s.demand.cellSizeMetres > 0 ? ['cel', 'cellen'] : ['punt', 'punten'];
        parts.push(`${counted(s.demand.count, unit[0], unit[1])} (${formatCount(s.demand.inhabitants)} inw.)`);
      }
      parts.push(counted(s.candidates, 'kandidaatlocatie', 'kandidaatlocaties'));
      if (s.dataVersion) parts.push(`gegevensversie ${s.dataVersion}`);
      if (s.note) parts.push(s.note);
      bar.textContent = parts.join(' · ');
      Object.assign(bar.dataset, {
        ready: 'true',
        municipalities: String(s.municipalities),
        cells: String(s.demand ? s.demand.count : 0),
        candidates: String(s.candidates),
      });
    },
    /** @param {string} text */
    error(text) {
      bar.textContent = text;
      bar.dataset.ready = 'error';
    },
  };
}
