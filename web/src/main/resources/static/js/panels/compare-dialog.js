// @ts-check
import { createMapView } from '../map/map-view.js';
import { createBoundaryLayers } from '../layers/boundary-layer.js';
import {
  A_CELL_COLOUR, A_COLOUR, B_CELL_COLOUR, B_COLOUR, BOTH_COLOUR, createDifferenceLayer,
} from '../layers/difference-layer.js';
import {
  basisDifferences, changedSummary, comparisonRows, differenceSites, formatDifference, formatValue, municipalityRows, verdict,
} from '../scenario/compare-format.js';
import { counted, formatCount } from '../format.js';
import { formatShare } from '../coverage/coverage-format.js';
import { el } from './dom.js';

/**
 * "Scenario's vergelijken": two saved scenarios side by side in a modal dialog. Left the table of every statistic
 * of A and B with the difference B − A (green where B is better, red where worse) and the same per municipality;
 * right a map of the differences: NSPs and CPs of A only, B only and both, and the demand cells covered by one of
 * them only (with the 65+ radius when "65+" is ticked), with a legend. When the scenarios differ in region, demand
 * layer or norms the figures are each on their own basis and there is no cell difference; the dialog says so.
 * For checks: `#compare-dialog[data-ready]`, `#compare-table tr[data-row=…] td[data-side=a|b|diff][data-value]`,
 * `#compare-map[data-nsp-only-a|data-nsp-only-b|data-nsp-both|data-changed-cells]`.
 *
 * @param {{
 *   baseMaps: Array<{name: string, url: string, attribution: string}>,
 *   cellSizeOf: (layer: string) => number,
 *   boundaries: (region: string) => Promise<any>,
 *   onUse65: (use65: boolean) => void,
 * }} o
 */
export function createCompareDialog(o) {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('compare-dialog'));
  const title = /** @type {HTMLElement} */ (dialog.querySelector('#compare-title'));
  const basis = /** @type {HTMLElement} */ (dialog.querySelector('#compare-basis'));
  const table = /** @type {HTMLTableElement} */ (dialog.querySelector('#compare-table'));
  const perMunicipality = /** @type {HTMLTableElement} */ (dialog.querySelector('#compare-municipalities'));
  const mapBox = /** @type {HTMLElement} */ (dialog.querySelector('#compare-map'));
  const legend = /** @type {HTMLElement} */ (dialog.querySelector('#compare-legend'));
  const use65 = /** @type {HTMLInputElement} */ (dialog.querySelector('#compare-use65'));
  /** @type {ReturnType<typeof createMapView>|null} */
  let view = null;
  /** @type {ReturnType<typeof createDifferenceLayer>|null} */
  let difference = null;
  /** @type {ReturnType<typeof createBoundaryLayers>|null} */
  let boundaryLayers = null;
  let tilesNote = '';
  let boundariesOf = '';

  use65.addEventListener('change', () => o.onUse65(use65.checked));

  function ensureMap() {
    if (view) {
      view.map.invalidateSize();
      return;
    }
    view = createMapView(mapBox, o.baseMaps, (text) => { tilesNote = text; });
    boundaryLayers = createBoundaryLayers(view.renderer, () => undefined);
    difference = createDifferenceLayer(view.map, view.renderer);
    view.addOverlay(boundaryLayers.municipalities, 'Gemeentegrenzen');
    view.addOverlay(difference.cells, 'Cellen door één van beide gedekt');
    view.addOverlay(difference.sites, "NSP's en CP's");
  }

  /** @param {string} text @param {string} [cls] @param {string} [scope] */
  function th(text, cls = '', scope = 'col') {
    const h = el('th', text, cls);
    h.setAttribute('scope', scope);
    return h;
  }

  /** @param {any} a @param {any} b */
  function head(a, b) {
    const tr = document.createElement('tr');
    const nameA = th(`A: ${a.name}`, 'num side-a');
    nameA.title = `versie ${a.version}${a.author ? `, ${a.author}` : ''}`;
    const nameB = th(`B: ${b.name}`, 'num side-b');
    nameB.title = `versie ${b.version}${b.author ? `, ${b.author}` : ''}`;
    tr.append(th('Statistiek'), nameA, nameB, th('Verschil (B\u00a0−\u00a0A)', 'num'));
    return tr;
  }

  const captions = [table.caption, perMunicipality.caption];

  /** @param {any} cmp */
  function renderTable(cmp) {
    table.replaceChildren(...(captions[0] ? [captions[0]] : []));
    table.createTHead().append(head(cmp.a, cmp.b));
    const body = table.createTBody();
    for (const r of comparisonRows(cmp)) {
      const tr = body.insertRow();
      tr.dataset.row = r.key;
      tr.append(th(r.label, '', 'row'));
      for (const [side, v, text] of /** @type {Array<[string, number|null, string]>} */ ([['a', r.a, formatValue(r.a, r.unit)],
        ['b', r.b, formatValue(r.b, r.unit)], ['diff', r.diff, formatDifference(r.diff, r.unit)]])) {
        const td = el('td', text, `num ${side === 'diff' ? verdict(r) : ''}`.trim());
        td.dataset.side = side;
        td.dataset.value = v === null ? '' : String(v);
        tr.append(td);
      }
    }
  }

  /** @param {any} cmp */
  function renderMunicipalities(cmp) {
    perMunicipality.replaceChildren(...(captions[1] ? [captions[1]] : []));
    const tr = document.createElement('tr');
    tr.append(th('Gemeente'), th('Inwoners', 'num'), th('Gedekt A', 'num side-a'), th('%', 'num side-a'), th('Gedekt B', 'num side-b'),
      th('%', 'num side-b'), th('Verschil', 'num'));
    perMunicipality.createTHead().append(tr);
    const body = perMunicipality.createTBody();
    for (const m of municipalityRows(cmp)) {
      const row = body.insertRow();
      row.dataset.code = m.code;
      const inhabitants = m.inhabitantsA !== null && m.inhabitantsB !== null && m.inhabitantsA !== m.inhabitantsB
        ? `${formatCount(m.inhabitantsA)} / ${formatCount(m.inhabitantsB)}` : formatCount(m.inhabitantsA ?? m.inhabitantsB ?? 0);
      // count and share may go on two lines in a narrow dialog, each in one piece
      const diff = el('td', m.coveredDiff === null ? '—' : '', 'num wrap');
      if (m.coveredDiff !== null) diff.append(el('span', formatDifference(m.coveredDiff, 'count')), ' ', el('span', `(${formatDifference(m.shareDiff, 'share')})`));
      if (m.coveredDiff) diff.classList.add(m.coveredDiff > 0 ? 'better' : 'worse');
      row.append(th(m.name, '', 'row'), el('td', inhabitants, 'num'), el('td', formatValue(m.coveredA, 'count'), 'num'),
        el('td', formatShare(m.shareA), 'num'), el('td', formatValue(m.coveredB, 'count'), 'num'), el('td', formatShare(m.shareB), 'num'), diff);
    }
  }

  /** @param {string} colour @param {string} text @param {string} shape @param {boolean} [wide] across the legend's columns */
  function legendRow(colour, text, shape, wide = false) {
    const li = el('li', '', wide ? 'wide' : '');
    const key = el('span', '', `key ${shape}`);
    key.style.background = colour;
    li.append(key, text);
    return li;
  }

  /** @param {any} cmp */
  async function renderMap(cmp) {
    ensureMap();
    const v = /** @type {NonNullable<typeof view>} */ (view);
    const d = /** @type {NonNullable<typeof difference>} */ (difference);
    const groups = differenceSites(cmp);
    const points = cmp.sameBasis ? cmp.changedPoints : [];
    d.show(groups, points, o.cellSizeOf(cmp.a.demandLayer));
    const s = changedSummary(points);
    const radiusNote = `≤ ${formatCount(use65.checked ? cmp.a.norms.radius65Metres : cmp.a.norms.radiusMetres)} m`;
    const unknown = (/** @type {{unknown: number}} */ x) => (x.unknown ? `, ${counted(x.unknown, 'cel', 'cellen')} 65+ onbekend` : '');
    legend.replaceChildren(
      legendRow(A_COLOUR, `NSP alleen in A (${formatCount(groups.nspOnlyInA.length)})`, 'dot'),
      legendRow(B_COLOUR, `NSP alleen in B (${formatCount(groups.nspOnlyInB.length)})`, 'dot'),
      legendRow(BOTH_COLOUR, `NSP in beide (${formatCount(groups.nspInBoth.length)})`, 'dot small'),
    );
    const cps = groups.cpOnlyInA.length + groups.cpOnlyInB.length + groups.cpInBoth.length;
    if (cps) {
      legend.append(
        legendRow(A_COLOUR, `CP alleen in A (${formatCount(groups.cpOnlyInA.length)})`, 'diamond'),
        legendRow(B_COLOUR, `CP alleen in B (${formatCount(groups.cpOnlyInB.length)})`, 'diamond'),
        legendRow(BOTH_COLOUR, `CP in beide (${formatCount(groups.cpInBoth.length)})`, 'diamond'),
      );
    } else {
      legend.append(el('li', "Geen CP's in A of B.", 'note wide'));
    }
    if (cmp.sameBasis) {
      legend.append(
        legendRow(A_CELL_COLOUR, `alleen door A gedekt (${radiusNote}): ${counted(s.onlyA.cells, 'cel', 'cellen')}, ${formatCount(s.onlyA.inhabitants)} ${use65.checked ? '65+' : 'inw.'}${unknown(s.onlyA)}`, 'square', true),
        legendRow(B_CELL_COLOUR, `alleen door B gedekt (${radiusNote}): ${counted(s.onlyB.cells, 'cel', 'cellen')}, ${formatCount(s.onlyB.inhabitants)} ${use65.checked ? '65+' : 'inw.'}${unknown(s.onlyB)}`, 'square', true),
      );
    } else {
      legend.append(el('li', 'Geen celverschil: de scenario’s hebben niet dezelfde basis.', 'note wide'));
    }
    if (tilesNote) legend.append(el('li', tilesNote, 'note wide'));
    Object.assign(mapBox.dataset, {
      nspOnlyA: String(groups.nspOnlyInA.length), nspOnlyB: String(groups.nspOnlyInB.length), nspBoth: String(groups.nspInBoth.length),
      changedCells: String(points.length),
    });
    const bounds = d.bounds();
    if (bounds) v.map.fitBounds(bounds.pad(0.05), { animate: false });
    if (boundaryLayers && boundariesOf !== cmp.a.region) {
      boundariesOf = cmp.a.region;
      try {
        boundaryLayers.show(await o.boundaries(cmp.a.region), null, '');
      } catch {
        boundariesOf = '';
      }
    }
  }

  return {
    /** Opens the dialog while the comparison is computed. @param {string} nameA @param {string} nameB */
    loading(nameA, nameB) {
      dialog.dataset.ready = 'false';
      title.textContent = `Vergelijken: “${nameA}” en “${nameB}”`;
      basis.textContent = 'Vergelijking berekenen…';
      if (!dialog.open) {
        use65.checked = false;
        dialog.showModal();
      }
    },
    /** @param {string} text the comparison failed */
    failed(text) {
      basis.textContent = text;
      dialog.dataset.ready = 'error';
    },
    /** @param {any} cmp the answer of GET /api/scenarios/compare */
    async show(cmp) {
      title.textContent = `Vergelijken: A “${cmp.a.name}” en B “${cmp.b.name}”`;
      const differs = basisDifferences(cmp.a, cmp.b);
      basis.textContent = cmp.sameBasis
        ? `Zelfde basis (${cmp.a.region}, ${cmp.a.demandLayer}, dezelfde normen): de kaart toont ook de cellen die maar door één van beide gedekt zijn.`
        : `Andere basis (${differs.join('; ') || 'normen'}): de cijfers zijn elk op hun eigen basis berekend en er is geen celverschil; de kaart toont alleen de locaties.`;
      dialog.dataset.sameBasis = String(cmp.sameBasis);
      use65.disabled = !cmp.sameBasis;
      renderTable(cmp);
      renderMunicipalities(cmp);
      await renderMap(cmp);
      dialog.dataset.ready = 'true';
    },
    isOpen: () => dialog.open,
  };
}
