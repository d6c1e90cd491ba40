// @ts-check
import { button, el, keepFocus } from './dom.js';
import { statusLine, summaryLine } from '../scenario/scenario-format.js';

/**
 * The "Scenario's" section of the panel and the bar at its top that always says which scenario the working plan is
 * and whether it has unsaved changes ("niet opgeslagen wijzigingen"). The section saves the working plan under a
 * name (with author and description), lists the region's saved scenarios (name, author, date, NSP/CP counts,
 * published) with Openen / Dupliceer / Publiceer or Trek in / Verwijder, offers the open scenario's exports
 * (GeoJSON, CSV, GeoPackage, statistics CSV, the printable list), the import of a GeoJSON into the working plan and the
 * choice of two scenarios to compare. It owns its DOM only; what the buttons do is the wiring's (scenario-wiring.js).
 * For checks: `#scenario-bar[data-state=empty|new|saved|dirty][data-scenario-id][data-version]`,
 * `#scenario-list li[data-scenario-id]`, `#scenario-section[data-busy]`.
 *
 * @param {{
 *   onSave: (meta: {name: string, author: string, description: string}, asNew: boolean) => void,
 *   onOpen: (id: string) => void,
 *   onDuplicate: (summary: any) => void,
 *   onDelete: (summary: any) => void,
 *   onPublish: (summary: any) => void,
 *   onRefresh: () => void,
 *   onCompare: (a: string, b: string) => void,
 *   onImport: (file: File) => void,
 *   exportUrl: (id: string, kind: 'geojson'|'csv'|'gpkg'|'statistics'|'print', municipality?: string) => string,
 * }} h
 */
export function createScenarioPanel(h) {
  const section = /** @type {HTMLDetailsElement} */ (document.getElementById('scenario-section'));
  const bar = /** @type {HTMLElement} */ (document.getElementById('scenario-bar'));
  const barTitle = /** @type {HTMLElement} */ (bar.querySelector('#scenario-bar-title'));
  const barBadge = /** @type {HTMLElement} */ (bar.querySelector('#scenario-bar-badge'));
  const barDetail = /** @type {HTMLElement} */ (bar.querySelector('#scenario-bar-detail'));
  const barSave = /** @type {HTMLButtonElement} */ (bar.querySelector('#scenario-bar-save'));
  const form = /** @type {HTMLFormElement} */ (section.querySelector('#scenario-form'));
  const name = /** @type {HTMLInputElement} */ (section.querySelector('#scenario-name'));
  const author = /** @type {HTMLInputElement} */ (section.querySelector('#scenario-author'));
  const description = /** @type {HTMLTextAreaElement} */ (section.querySelector('#scenario-description'));
  const save = /** @type {HTMLButtonElement} */ (section.querySelector('#scenario-save'));
  const saveNew = /** @type {HTMLButtonElement} */ (section.querySelector('#scenario-save-new'));
  const message = /** @type {HTMLElement} */ (section.querySelector('#scenario-message'));
  const rightsNote = /** @type {HTMLElement} */ (section.querySelector('#scenario-rights'));
  const exportNote = /** @type {HTMLElement} */ (section.querySelector('#scenario-export-note'));
  const exportLinks = /** @type {HTMLAnchorElement[]} */ ([...section.querySelectorAll('#scenario-exports a')]);
  const importInput = /** @type {HTMLInputElement} */ (section.querySelector('#scenario-import'));
  const listTitle = /** @type {HTMLElement} */ (section.querySelector('#scenario-list-title'));
  const list = /** @type {HTMLElement} */ (section.querySelector('#scenario-list'));
  const compareForm = /** @type {HTMLFormElement} */ (section.querySelector('#compare-form'));
  const compareA = /** @type {HTMLSelectElement} */ (section.querySelector('#compare-a'));
  const compareB = /** @type {HTMLSelectElement} */ (section.querySelector('#compare-b'));
  /** @type {import('../scenario/scenario-tracker.js').Status|null} */
  let status = null;
  let printMunicipality = { code: '', name: '' };
  /** What the account may do in the plan's region (scenario-rights.js); the server checks it again. */
  let rights = { manage: true, change: true, reason: '' };
  let busyNow = false;
  /** Saving the working plan: a new version of the open scenario, or a new scenario. */
  const maySave = () => (status?.scenario ? rights.change : rights.manage);

  function applyRights() {
    save.disabled = busyNow || !maySave();
    saveNew.disabled = busyNow;
    saveNew.hidden = !status?.scenario || !rights.manage;
    barSave.disabled = !status || status.state === 'empty' || status.state === 'saved' || !maySave();
    rightsNote.textContent = rights.reason;
    rightsNote.hidden = !rights.reason;
    list.querySelectorAll('.scenario-actions .duplicate, .scenario-actions .publish, .scenario-actions .delete')
      .forEach((b) => { /** @type {HTMLElement} */ (b).hidden = !rights.manage; });
  }

  const meta = () => ({ name: name.value.trim(), author: author.value.trim(), description: description.value });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    h.onSave(meta(), false);
  });
  saveNew.addEventListener('click', () => {
    if (!form.reportValidity()) return;
    h.onSave(meta(), true);
  });
  barSave.addEventListener('click', () => {
    if (!name.value.trim()) {
      reveal();
      name.focus({ preventScroll: true });
      message.textContent = 'Geef het scenario een naam en kies Opslaan.';
      return;
    }
    h.onSave(meta(), false);
  });
  bar.querySelector('#scenario-bar-goto')?.addEventListener('click', () => {
    reveal();
    name.focus({ preventScroll: true });
  });
  section.querySelector('#scenario-refresh')?.addEventListener('click', () => h.onRefresh());
  section.querySelector('#scenario-import-button')?.addEventListener('click', () => importInput.click());
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    // cleared at once, so choosing the same file again is a change too
    importInput.value = '';
    if (file) h.onImport(file);
  });
  compareForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!compareA.value || !compareB.value) {
      message.textContent = "Kies twee opgeslagen scenario's om te vergelijken.";
      return;
    }
    if (compareA.value === compareB.value) {
      message.textContent = 'Kies twee verschillende scenario’s.';
      return;
    }
    h.onCompare(compareA.value, compareB.value);
  });

  /** Opens the section and scrolls it into view. */
  function reveal() {
    section.open = true;
    section.scrollIntoView({ block: 'start' });
  }

  function renderExports() {
    const s = status?.scenario;
    for (const a of exportLinks) {
      const kind = /** @type {'geojson'|'csv'|'gpkg'|'statistics'|'print'} */ (a.dataset.kind);
      if (s) {
        a.href = h.exportUrl(s.id, kind, kind === 'print' && a.dataset.scope === 'municipality' ? printMunicipality.code : undefined);
        a.removeAttribute('aria-disabled');
      } else {
        a.removeAttribute('href');
        a.setAttribute('aria-disabled', 'true');
      }
      if (a.dataset.scope === 'municipality') {
        if (a.parentElement) a.parentElement.hidden = !printMunicipality.code;
        a.textContent = `Afdruklijst ${printMunicipality.name}`;
      }
    }
    exportNote.textContent = !s ? 'Sla het werkplan eerst op als scenario; de bestanden komen uit het opgeslagen scenario.'
      : status?.dirty ? `Let op: de bestanden bevatten versie ${s.version} zoals opgeslagen, niet de wijzigingen van daarna.`
        : `Van “${s.name}”, versie ${s.version}.`;
  }

  return {
    /** @param {import('../scenario/scenario-tracker.js').Status} st */
    renderStatus(st) {
      const before = status;
      status = st;
      const line = statusLine(st);
      barTitle.textContent = line.title;
      barDetail.textContent = line.detail;
      barBadge.textContent = line.badge;
      barBadge.hidden = !line.badge;
      bar.dataset.state = st.state;
      bar.dataset.scenarioId = st.scenario?.id ?? '';
      bar.dataset.version = st.scenario ? String(st.scenario.version) : '';
      barSave.textContent = st.scenario ? 'Opslaan' : 'Opslaan…';
      barSave.title = st.scenario ? `Opslaan als versie ${st.scenario.version + 1} van “${st.scenario.name}”` : 'Het werkplan opslaan als scenario (naam kiezen)';
      save.textContent = st.scenario ? `Opslaan als versie ${st.scenario.version + 1}` : 'Opslaan';
      // a newly opened or saved scenario fills the form; edits to the form are kept otherwise
      const opened = st.scenario && (!before?.scenario || before.scenario.id !== st.scenario.id || before.scenario.version !== st.scenario.version);
      // (the author field is who saves now, so it keeps the user's name)
      if (opened && st.scenario) {
        name.value = st.scenario.name;
        description.value = st.scenario.description;
      }
      renderExports();
      applyRights();
      list.querySelectorAll('li').forEach((li) => li.classList.toggle('open', li.dataset.scenarioId === st.scenario?.id));
    },
    /**
     * @param {any[]} summaries GET /api/scenarios answers
     * @param {string} regionLabel e.g. "VR17 Rotterdam-Rijnmond" ('' = every region)
     */
    renderList(summaries, regionLabel) {
      listTitle.textContent = regionLabel ? `Opgeslagen scenario's in ${regionLabel}` : "Opgeslagen scenario's";
      const openId = status?.scenario?.id;
      keepFocus(list, () => {
        list.replaceChildren();
        if (!summaries.length) list.append(el('li', 'Nog geen scenario’s opgeslagen.', 'none'));
        for (const s of summaries) {
          const li = el('li');
          li.dataset.scenarioId = s.id;
          li.classList.toggle('open', s.id === openId);
          const head = el('div', '', 'scenario-head');
          head.append(el('strong', s.name));
          if (s.published) head.append(' ', el('span', 'gepubliceerd', 'tag published'));
          head.append(' ', el('span', 'geopend', 'tag opened'));
          const actions = el('div', '', 'scenario-actions');
          actions.append(
            button('Openen', 'open', () => h.onOpen(s.id), { label: `Open ${s.name}`, focusKey: `open-${s.id}` }),
            button('Dupliceer', 'duplicate', () => h.onDuplicate(s), { label: `Dupliceer ${s.name}`, focusKey: `dup-${s.id}` }),
            button(s.published ? 'Trek in' : 'Publiceer', 'publish', () => h.onPublish(s), {
              label: `${s.published ? 'Trek publicatie in van' : 'Publiceer'} ${s.name}`, focusKey: `pub-${s.id}`,
              title: s.published ? 'Niet meer tonen op de publieke zoekpagina' : 'Tonen op de publieke zoekpagina (vervangt het gepubliceerde scenario van de regio)',
            }),
            button('Verwijder', 'delete', () => h.onDelete(s), { label: `Verwijder ${s.name}`, focusKey: `del-${s.id}` }),
          );
          li.append(head, el('div', summaryLine(s), 'note'), actions);
          list.append(li);
        }
      });
      applyRights();
      for (const [select, index] of /** @type {Array<[HTMLSelectElement, number]>} */ ([[compareA, 0], [compareB, 1]])) {
        const before = select.value;
        select.replaceChildren(...summaries.map((s) => new Option(`${s.name} (v${s.version})`, s.id)));
        const fallback = index === 0 ? openId ?? summaries[0]?.id : summaries.find((s) => s.id !== compareA.value)?.id;
        select.value = summaries.some((s) => s.id === before) ? before : fallback ?? '';
      }
    },
    /** @param {string} text @param {boolean} [error] */
    message(text, error = false) {
      message.textContent = text;
      message.classList.toggle('error-text', error);
    },
    /** @param {boolean} on a request is running: the buttons wait */
    busy(on) {
      section.dataset.busy = String(on);
      for (const b of [save, saveNew, barSave]) b.toggleAttribute('data-busy', on);
      busyNow = on;
      applyRights();
    },
    /** A name for an unsaved plan (an import, an accepted proposal) unless one is typed. @param {string} text @param {boolean} [force] */
    suggestName(text, force = false) {
      if (force || !name.value.trim()) name.value = text;
    },
    /** Clears the form for a new plan (another region). */
    clearForm() {
      name.value = '';
      description.value = '';
    },
    /** @param {string} text */
    setAuthor(text) {
      if (!author.value) author.value = text;
    },
    /** @param {{manage: boolean, change: boolean, reason: string}} r what the account may do in the plan's region */
    setRights(r) {
      rights = r;
      applyRights();
    },
    /** @param {string} text what an empty author field stands for */
    setAuthorPlaceholder(text) {
      author.placeholder = text;
    },
    author: () => author.value.trim(),
    name: () => name.value.trim(),
    /** Shows the section with the focus on the name (after an accepted proposal: save it). */
    focusSave() {
      reveal();
      name.focus({ preventScroll: true });
      name.select();
    },
    /** The municipality chosen in the header: the print link for it. @param {string} code @param {string} label */
    setPrintMunicipality(code, label) {
      printMunicipality = { code, name: label };
      renderExports();
    },
  };
}
