// @ts-check
import { Chart } from '../chart/chart.js';
import { formatCount } from '../format.js';
import { displayHistogram, formatMetres, formatShare, panelFigures } from '../coverage/coverage-format.js';
import { COVERED_COLOUR, UNCOVERED_COLOUR } from '../layers/coverage-layer.js';
import { LINK_STYLES, UNLINKED_FULL_COLOUR, UNREACHABLE_COLOUR, linkFigures } from '../coverage/link-format.js';
import { createNspList } from './nsp-list.js';

const MAX_LISTED_NSPS = 40;

/** @param {string} tag @param {string} [text] @param {string} [className] */
function el(tag, text = '', className = '') {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** Chart.js plugin: the norm as a dashed vertical line between the last bar within it and the first beyond. */
const normLine = {
  id: 'normLine',
  afterDatasetsDraw(chart, _args, options) {
    const index = options.index;
    const x = chart.scales.x;
    const n = chart.data.labels.length;
    if (index === undefined || index <= 0 || index > n) return;
    const left = x.getPixelForValue(index - 1);
    const right = index < n ? x.getPixelForValue(index) : left + (left - x.getPixelForValue(index - 2));
    const at = (left + right) / 2;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = '#111';
    ctx.setLineDash([5, 3]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(at, chartArea.top);
    ctx.lineTo(at, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#111';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'left';
    ctx.fillText(options.label, at + 3, chartArea.top + 10);
    ctx.restore();
  },
};

/** @typedef {{radiusMetres: number, radius65Metres: number, linkRangeMetres: number, maxNspPerCp: number, inhabitantsPerNsp: number}} PanelNorms */

/**
 * The "Dekking" panel at the right of the map: norms (radii, link range, NSPs per CP, max load per NSP), a site
 * search (the keyboard route to "Maak NSP"), buttons for all polling stations / no NSPs, the reach of the selected
 * NSP, the coverage figures of the area, a distance histogram with the norm line (Chart.js), the open NSPs with
 * their load against the max load (nsp-list.js), and the coördinatiepunten: linked NSPs, NSPs without a CP (why),
 * border-crossing links and the load of every CP. Every figure carries `data-value` with the raw number.
 *
 * @param {{
 *   onNorms: (norms: PanelNorms) => void,
 *   onLocate: (siteId: string) => void,
 *   onToggle: (siteId: string) => void,
 *   onToggleFixed: (siteId: string) => void,
 *   onAllow: (siteId: string) => void,
 *   nameOf: (siteId: string) => string,
 *   isFixed: (siteId: string) => boolean,
 *   onAllPollingStations: () => void,
 *   onClear: () => void,
 * }} handlers
 */
export function createCoveragePanel(handlers) {
  const root = /** @type {HTMLElement} */ (document.getElementById('coverage-panel'));
  const area = /** @type {HTMLElement} */ (root.querySelector('#coverage-area'));
  const figures = /** @type {HTMLElement} */ (root.querySelector('#coverage-figures'));
  const note = /** @type {HTMLElement} */ (root.querySelector('#histogram-note'));
  const reachInfo = /** @type {HTMLElement} */ (root.querySelector('#reach-info'));
  const radius = /** @type {HTMLInputElement} */ (root.querySelector('#radius-input'));
  const radius65 = /** @type {HTMLInputElement} */ (root.querySelector('#radius65-input'));
  const linkRange = /** @type {HTMLInputElement} */ (root.querySelector('#link-range-input'));
  const maxPerCp = /** @type {HTMLInputElement} */ (root.querySelector('#max-nsp-per-cp-input'));
  const maxLoad = /** @type {HTMLInputElement} */ (root.querySelector('#max-load-input'));
  const nspList = createNspList({
    nameOf: handlers.nameOf, isFixed: handlers.isFixed, onLocate: handlers.onLocate, onToggle: handlers.onToggle,
    onToggleFixed: handlers.onToggleFixed, onAllow: handlers.onAllow,
  });
  const cpNote = /** @type {HTMLElement} */ (root.querySelector('#cp-note'));
  const cpFigures = /** @type {HTMLElement} */ (root.querySelector('#cp-figures'));
  const unlinkedTitle = /** @type {HTMLElement} */ (root.querySelector('#unlinked-title'));
  const unlinkedList = /** @type {HTMLElement} */ (root.querySelector('#unlinked-list'));
  const loadsTitle = /** @type {HTMLElement} */ (root.querySelector('#cp-loads-title'));
  const loadsList = /** @type {HTMLElement} */ (root.querySelector('#cp-loads'));
  const linkLegend = /** @type {HTMLElement} */ (root.querySelector('.link-legend'));
  const search = /** @type {HTMLInputElement} */ (root.querySelector('#site-search-input'));
  const datalist = /** @type {HTMLDataListElement} */ (root.querySelector('#site-list'));
  const chartCanvas = /** @type {HTMLCanvasElement} */ (root.querySelector('#distance-chart'));
  /** @type {Map<string, string>} search label -> site id */
  let labels = new Map();
  /** @type {Set<string>} site ids of the search list */
  let siteIds = new Set();

  root.querySelector('#coverage-norms')?.addEventListener('submit', (e) => {
    e.preventDefault();
    const r = Number(radius.value);
    const r65 = Number(radius65.value);
    const range = Number(linkRange.value);
    const perCp = Number(maxPerCp.value);
    const load = Number(maxLoad.value);
    if (!(r > 0 && r <= 5000) || !(r65 > 0 && r65 <= 5000)) {
      area.textContent = 'Straal en straal 65+ moeten tussen 0 en 5.000 m liggen.';
      return;
    }
    if (!(range > 0) || !(perCp >= 1) || !Number.isInteger(perCp)) {
      area.textContent = "Koppelbereik moet positief zijn en max NSP's per CP een geheel getal van minstens 1.";
      return;
    }
    if (!(load > 0)) {
      area.textContent = 'Max inwoners per NSP moet een positief getal zijn.';
      return;
    }
    handlers.onNorms({ radiusMetres: r, radius65Metres: r65, linkRangeMetres: range, maxNspPerCp: perCp, inhabitantsPerNsp: load });
  });
  root.querySelector('#site-search')?.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = search.value.trim();
    const id = labels.get(text) ?? (siteIds.has(text) ? text : undefined);
    if (id) handlers.onLocate(id);
    else area.textContent = `Geen locatie gevonden voor "${text}".`;
  });
  root.querySelector('#all-nsp')?.addEventListener('click', () => handlers.onAllPollingStations());
  root.querySelector('#clear-nsp')?.addEventListener('click', () => handlers.onClear());

  const chart = new Chart(chartCanvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ label: 'Inwoners', data: [], backgroundColor: [] }] },
    plugins: [normLine],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        normLine: { index: 0, label: '' },
        tooltip: { callbacks: { title: (items) => `${items[0].label} m`, label: (item) => `${formatCount(item.parsed.y)} inwoners` } },
      },
      scales: {
        x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 6, callback(v) { return `${this.getLabelForValue(Number(v)).split('–')[0]} m`; } } },
        y: { beginAtZero: true, suggestedMax: 10, ticks: { precision: 0, callback: (v) => formatCount(Number(v)) } },
      },
    },
  });

  /** @param {string} label @param {string} text @param {string} key @param {number|null} value @param {HTMLElement} [into] */
  function figure(label, text, key, value, into = figures) {
    const dd = el('dd', text);
    dd.dataset.figure = key;
    dd.dataset.value = value === null || value === undefined ? '' : String(value);
    into.append(el('dt', label), dd);
  }

  for (const style of Object.values(LINK_STYLES)) {
    const key = el('span', '', 'link-key');
    key.style.borderTopColor = style.color;
    if (style.dashArray) key.style.borderTopStyle = 'dashed';
    const li = el('li');
    li.append(key, `verbinding ${style.label}`);
    linkLegend.append(li);
  }
  for (const [colour, text] of [[UNREACHABLE_COLOUR, 'NSP zonder CP binnen bereik'], [UNLINKED_FULL_COLOUR, 'NSP zonder CP: CP’s binnen bereik vol']]) {
    const key = el('span', '', 'ring-key');
    key.style.borderColor = colour;
    const li = el('li');
    li.append(key, text);
    linkLegend.append(li);
  }

  return {
    /** @param {any[]} features candidate sites of the area (for the search list) */
    setSites(features) {
      siteIds = new Set(features.map((f) => f.properties.id));
      labels = new Map();
      datalist.replaceChildren();
      for (const f of features) {
        const p = f.properties;
        const label = `${p.name} — ${p.address || p.id}`;
        labels.set(label, p.id);
        datalist.append(new Option(label));
      }
    },
    /** @param {PanelNorms} norms */
    setNorms(norms) {
      radius.value = String(norms.radiusMetres);
      radius65.value = String(norms.radius65Metres);
      linkRange.value = String(norms.linkRangeMetres);
      maxPerCp.value = String(norms.maxNspPerCp);
      maxLoad.value = String(norms.inhabitantsPerNsp);
    },
    /** The excluded sites under the NSP list. @param {string[]} ids */
    renderExcluded: (ids) => nspList.renderExcluded(ids),
    /**
     * The reach of the selected NSP ('' clears it).
     * @param {{name: string, reach: any}|null} selected
     */
    renderReach(selected) {
      reachInfo.hidden = !selected;
      if (!selected) {
        reachInfo.textContent = '';
        delete root.dataset.reachSite;
        return;
      }
      const r = selected.reach;
      reachInfo.textContent = r.open
        ? `${selected.name} (NSP): ${formatCount(r.inhabitants)} inw. binnen de straal (${formatCount(r.points.length)} cellen), `
          + `${formatCount(r.inhabitantsOnlyHere)} door geen andere NSP gedekt.`
        : `${selected.name} (geen NSP): ${formatCount(r.inhabitants)} inw. binnen de straal (${formatCount(r.points.length)} cellen); `
          + `als NSP dekt zij ${formatCount(r.inhabitantsOnlyHere)} inw. extra.`;
      root.dataset.reachSite = r.siteId;
      reachInfo.dataset.inhabitants = String(r.inhabitants);
      reachInfo.dataset.onlyHere = String(r.inhabitantsOnlyHere);
    },
    /**
     * The "Coördinatiepunten" section.
     * @param {any} links the `links` object of the coverage answer (null = none)
     * @param {(id: string) => string} nameOf
     */
    renderLinks(links, nameOf) {
      cpFigures.replaceChildren();
      unlinkedList.replaceChildren();
      loadsList.replaceChildren();
      unlinkedTitle.hidden = true;
      loadsTitle.hidden = true;
      if (!links) {
        root.dataset.linked = '';
        return;
      }
      const f = linkFigures(links, nameOf);
      cpNote.hidden = f.cps > 0;
      figure("CP's", formatCount(f.cps), 'cps', f.cps, cpFigures);
      figure(`NSP's gekoppeld (≤ ${formatCount(links.linkRangeMetres)} m, max ${formatCount(links.maxNspPerCp)} per CP)`,
        `${formatCount(f.linked)} van ${formatCount(f.nsps)}`, 'linked', f.linked, cpFigures);
      figure('Zonder CP: buiten bereik / CP vol', `${formatCount(f.unreachable)} / ${formatCount(f.full)}`, 'unlinked', f.unlinked.length, cpFigures);
      figure('Verbindingen over gemeente- / regiogrens', `${formatCount(f.crossMunicipality)} / ${formatCount(f.crossRegion)}`, 'crossMunicipality', f.crossMunicipality, cpFigures);
      figure('Gemiddelde verbinding', formatMetres(f.meanMetres), 'meanLinkMetres', f.meanMetres === null ? null : Math.round(f.meanMetres), cpFigures);
      // with no CP at all every NSP is unlinked; the list would only repeat the NSP list
      const listed = f.cps === 0 ? [] : f.unlinked;
      unlinkedTitle.hidden = listed.length === 0;
      for (const u of listed.slice(0, MAX_LISTED_NSPS)) {
        const li = el('li', '', u.reason);
        const name = el('button', u.name, 'link');
        name.type = 'button';
        name.title = 'Toon op de kaart';
        name.addEventListener('click', () => handlers.onLocate(u.id));
        li.append(name, ' ', el('span', u.reason === 'unreachable' ? '(geen CP binnen bereik)' : '(CP’s binnen bereik vol)', 'why'));
        unlinkedList.append(li);
      }
      if (listed.length > MAX_LISTED_NSPS) unlinkedList.append(el('li', `… en ${formatCount(listed.length - MAX_LISTED_NSPS)} meer`, 'more'));
      loadsTitle.hidden = f.loads.length === 0;
      for (const l of f.loads) {
        const li = el('li', '', l.full ? 'full' : '');
        li.append(el('span', l.name), ' ', el('span', `${formatCount(l.nsps)} / ${formatCount(l.capacity)}`, 'load'));
        loadsList.append(li);
      }
      root.dataset.linked = String(f.linked);
      root.dataset.cps = String(f.cps);
    },
    /** @param {string} id the coverage session shown (for checks against the API) @param {number} lines link lines drawn */
    session(id, lines) {
      root.dataset.sessionId = id;
      root.dataset.linksDrawn = String(lines);
    },
    /**
     * Records what the covered/uncovered canvas drew (data attributes, for measurements).
     * @param {number} cells @param {number} ms
     */
    drawn(cells, ms) {
      root.dataset.cellsDrawn = String(cells);
      root.dataset.drawMs = ms.toFixed(1);
    },
    /** @param {string} text shown instead of figures (no region, busy, error) */
    message(text) {
      area.textContent = text;
      root.dataset.ready = 'false';
    },
    /**
     * @param {any} report the coverage report
     * @param {{areaName: string, municipality: string, roundTripMs: number}} context
     */
    render(report, context) {
      const row = context.municipality
        ? report.municipalities.find((m) => m.code === context.municipality) ?? report.total
        : report.total;
      const f = panelFigures(row, report.nspLoads);
      const norms = report.norms;
      area.textContent = context.areaName;
      figures.replaceChildren();
      figure("Open NSP's", formatCount(report.openSites), 'openSites', report.openSites);
      figure(`Inwoners ≤ ${formatCount(norms.radiusMetres)} m`, `${formatCount(f.covered)} van ${formatCount(f.inhabitants)} (${formatShare(f.coveredShare)})`, 'covered', f.covered);
      figure(`65+ ≤ ${formatCount(norms.radius65Metres)} m`, `${formatCount(f.covered65)} van ${formatCount(f.inhabitants65)} (${formatShare(f.covered65Share)})`, 'covered65', f.covered65);
      figure('65+ onbekend', `${formatCount(f.unknown65)} inw. zonder 65+-cijfer; ${formatCount(f.unknown65Covered)} ≤ ${formatCount(norms.radius65Metres)} m`, 'unknown65', f.unknown65);
      figure('Afstand gem. / mediaan / P90', `${formatMetres(f.mean)} / ${formatMetres(f.median)} / ${formatMetres(f.p90)}`, 'median', f.median);
      figure(`NSP's > 1 per ${formatCount(norms.inhabitantsPerNsp)}`, `${formatCount(f.overRule)} van ${formatCount(report.openSites)}`, 'overRule', f.overRule);
      figure('Rekentijd (heen en terug)', `${formatCount(context.roundTripMs)} ms`, 'roundTripMs', Math.round(context.roundTripMs));

      const h = displayHistogram(report.histogram);
      chart.data.labels = h.bars.map((b) => b.label);
      chart.data.datasets[0].data = h.bars.map((b) => b.inhabitants);
      chart.data.datasets[0].backgroundColor = h.bars.map((b) => (b.withinNorm ? COVERED_COLOUR : UNCOVERED_COLOUR));
      chart.options.plugins.normLine = { index: h.normIndex, label: `norm ${formatCount(norms.radiusMetres)} m` };
      chart.update();
      const extra = [`Verder dan ${formatMetres(h.beyondFromMetres)}: ${formatCount(h.beyond)} inw.`];
      if (h.unresolved > 0) extra.push(`zonder NSP: ${formatCount(h.unresolved)} inw.`);
      note.textContent = `${extra.join(' · ')} (histogram: hele regio)`;

      nspList.render(report.nspLoads);
      root.dataset.ready = 'true';
      root.dataset.openSites = String(report.openSites);
    },
  };
}
