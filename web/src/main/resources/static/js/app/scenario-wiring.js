// @ts-check
import { ApiError } from '../api.js';
import { emptyPlan } from '../plan/working-plan.js';
import { createScenarioTracker } from '../scenario/scenario-tracker.js';
import { scenarioRights } from '../scenario/scenario-rights.js';
import { copyName, hasContent, nameFromFile, planOf, saveBody } from '../scenario/scenario-plan.js';
import { formatDateTime, unsavedQuestion } from '../scenario/scenario-format.js';
import { formatShare } from '../coverage/coverage-format.js';
import { counted, formatCount } from '../format.js';
import { createScenarioPanel } from '../panels/scenario-panel.js';
import { createChoiceDialog } from '../panels/choice-dialog.js';
import { createCompareDialog } from '../panels/compare-dialog.js';
import { createScenarioListActions } from './scenario-list-actions.js';

const AUTHOR_KEY = 'nsp-planner.author';
const MODEL_NAMES = { mclp: 'MCLP', lscp: 'LSCP', pmedian: 'p-mediaan', cmclp: 'CMCLP' };
/** Import notes listed in the panel at most (the rest counted). */
const MAX_NOTES = 8;

/**
 * Connects the working plan to saved scenarios: save (POST, or PUT with the version read; a 409 asks whether to load
 * the other version or save this one as a copy, never overwriting), open, duplicate, delete, publish, compare,
 * export and import, and guards the working plan: a plan with unsaved changes is never replaced without asking
 * (opening a scenario, importing a file, choosing another region: `beforeRegionChange`) and the browser warns before
 * the page is left (`beforeunload`).
 *
 * @param {{
 *   api: typeof import('../api.js').api,
 *   plan: ReturnType<typeof import('../plan/working-plan.js').createWorkingPlan>,
 *   regions: Array<{code: string, name: string}>,
 *   layers: Array<{name: string, cellSizeMetres: number}>,
 *   baseMaps: Array<{name: string, url: string, attribution: string}>,
 *   describe: (e: unknown) => string,
 * }} o
 */
export function wireScenarios(o) {
  const { api, plan } = o;
  const tracker = createScenarioTracker();
  const dialog = createChoiceDialog();
  const baseTitle = document.title;
  /** While a scenario is being put in place the plan passes through states that are nobody's edits. */
  let quiet = false;
  let busy = false;
  let listedRegion = /** @type {string|null} */ (null);
  /** @type {{a: string, b: string}|null} */
  let compared = null;

  const panel = createScenarioPanel({
    onSave: (meta, asNew) => { save(meta, asNew); },
    onOpen: (id) => { open(id); },
    onDuplicate: (s) => { actions.duplicate(s); },
    onDelete: (s) => { actions.remove(s); },
    onPublish: (s) => { actions.publish(s); },
    onRefresh: () => { refreshList(); },
    onCompare: (a, b) => { compare(a, b, false); },
    onImport: (file) => { importFile(file); },
    exportUrl: api.scenarioExportUrl,
  });
  const compareDialog = createCompareDialog({
    baseMaps: o.baseMaps,
    cellSizeOf: (layer) => o.layers.find((l) => l.name === layer)?.cellSizeMetres ?? 0,
    boundaries: (region) => api.municipalities(region),
    onUse65: (use65) => { if (compared) compare(compared.a, compared.b, use65); },
  });
  /** @type {import('../api.js').Account|null} */
  let account = null;
  // in the server mode an empty author is the account's name (the server fills it in)
  api.account().then((a) => {
    account = a;
    if (a.mode === 'server' && a.authenticated && a.name) panel.setAuthorPlaceholder(`${a.name} (uw account)`);
    panel.setRights(scenarioRights(account, plan.snapshot().region));
  }).catch(() => undefined);
  try {
    panel.setAuthor(localStorage.getItem(AUTHOR_KEY) ?? '');
  } catch {
    // storage refused (private mode): the author is typed each time
  }

  // the optimiser's proposal, once accepted, is one click from being saved
  const hint = document.createElement('p');
  hint.id = 'optimise-save-hint';
  hint.className = 'save-hint';
  hint.hidden = true;
  const hintButton = document.createElement('button');
  hintButton.type = 'button';
  hintButton.id = 'optimise-save';
  hintButton.textContent = 'Opslaan als scenario…';
  hintButton.addEventListener('click', () => panel.focusSave());
  hint.append('Nog niet opgeslagen. ', hintButton);
  document.getElementById('optimise-status')?.after(hint);

  const status = () => tracker.status(plan.snapshot());
  const actions = createScenarioListActions({
    api, dialog, tracker, dirty: () => status().dirty, author: () => panel.author(), say: (t) => say(t), fail: (w, e) => fail(w, e),
    refreshList: () => { refreshList(); },
  });

  function refreshStatus() {
    if (quiet) return;
    const st = status();
    panel.renderStatus(st);
    document.title = st.dirty ? `* ${baseTitle}` : baseTitle;
    if (!st.dirty) hint.hidden = true;
    const region = plan.snapshot().region;
    if (region !== listedRegion) {
      panel.setRights(scenarioRights(account, region));
      refreshList();
    }
  }
  plan.subscribe(refreshStatus);
  tracker.subscribe(refreshStatus);

  window.addEventListener('beforeunload', (e) => {
    if (!status().dirty) return;
    e.preventDefault();
    // older browsers show the prompt only when returnValue is set
    e.returnValue = '';
  });

  /** @param {string} text */
  const say = (text) => panel.message(text);
  /** @param {string} what @param {unknown} e */
  const fail = (what, e) => panel.message(e instanceof ApiError && e.status === 403
    ? `${what}: uw account mag dit niet (${o.describe(e)}).` : `${what}: ${o.describe(e)}`, true);

  async function refreshList() {
    const region = plan.snapshot().region;
    listedRegion = region;
    try {
      const summaries = await api.scenarios(region || undefined);
      if (plan.snapshot().region !== region) return;
      const r = o.regions.find((x) => x.code === region);
      panel.renderList(summaries, r ? `${r.code} ${r.name}` : '');
      const open = tracker.scenario();
      const mine = open && summaries.find((/** @type {any} */ s) => s.id === open.id);
      if (mine && open && !mine.published) tracker.withdrawn(open.id);
    } catch (e) {
      listedRegion = null;
      fail("Scenario's niet opgehaald", e);
    }
  }

  /**
   * Asks before the working plan is replaced while it has unsaved changes: save first, discard, or cancel.
   * @param {string} action what replaces it, e.g. "Een ander scenario openen"
   * @returns {Promise<boolean>} go on
   */
  async function confirmReplace(action) {
    const st = status();
    if (!st.dirty) return true;
    const answer = await dialog.ask({
      kind: 'unsaved',
      title: 'Niet opgeslagen wijzigingen',
      text: unsavedQuestion(st, action),
      choices: [
        { value: 'save', label: st.scenario ? 'Eerst opslaan' : 'Eerst opslaan als scenario', kind: 'primary', focus: true, needsInput: !st.scenario },
        { value: 'discard', label: 'Niet opslaan', kind: 'danger' },
        { value: 'cancel', label: 'Annuleren' },
      ],
      input: st.scenario ? undefined : { label: 'Naam van het scenario', value: panel.name() },
    });
    if (answer.choice === 'discard') return true;
    if (answer.choice !== 'save') return false;
    const meta = { name: st.scenario ? panel.name() || st.scenario.name : answer.value, author: panel.author(), description: st.scenario?.description ?? '' };
    if (!st.scenario) panel.suggestName(answer.value, true);
    return save(meta, false);
  }

  /**
   * Saves the working plan: over the open scenario with the version read, or as a new one.
   * @param {{name: string, author: string, description: string}} meta @param {boolean} asNew
   * @returns {Promise<boolean>} saved
   */
  async function save(meta, asNew) {
    if (busy) return false;
    const p = plan.snapshot();
    if (!p.region) {
      panel.message('Kies eerst een veiligheidsregio: een scenario hoort bij één regio.', true);
      return false;
    }
    if (!meta.name) {
      panel.message('Geef het scenario een naam.', true);
      panel.focusSave();
      return false;
    }
    rememberAuthor(meta.author);
    const open = tracker.scenario();
    busy = true;
    panel.busy(true);
    try {
      const saved = open && !asNew
        ? await api.updateScenario(open.id, saveBody(p, meta, open.version))
        : await api.createScenario(saveBody(p, meta));
      putInPlace(saved);
      say(`Opgeslagen: “${saved.name}”, versie ${saved.version} (gegevensversie ${saved.dataVersion}).`);
      refreshList();
      return true;
    } catch (e) {
      if (open && !asNew && e instanceof ApiError && (e.status === 409 || e.status === 404)) return conflict(open, meta, p, e.status);
      fail('Niet opgeslagen', e);
      return false;
    } finally {
      busy = false;
      panel.busy(false);
    }
  }

  /** A saved scenario is the open one now; edits made while the request ran stay unsaved. @param {any} saved */
  function putInPlace(saved) {
    tracker.open(saved);
  }

  /**
   * Someone else saved (409) or deleted (404) the open scenario after it was read: load theirs, or save this plan as
   * a copy. Never overwrite.
   * @param {import('../scenario/scenario-tracker.js').OpenScenario} open @param {{name: string, author: string, description: string}} meta
   * @param {import('../plan/working-plan.js').Plan} p @param {number} httpStatus
   */
  async function conflict(open, meta, p, httpStatus) {
    /** @type {any} */
    let theirs = null;
    if (httpStatus === 409) theirs = await api.scenario(open.id).catch(() => null);
    refreshList();
    const text = theirs
      ? `Iemand anders heeft “${open.name}” opgeslagen nadat u het opende: versie ${theirs.version}`
        + `${theirs.author ? ` van ${theirs.author}` : ''} (${formatDateTime(theirs.updatedAt)}). `
        + `Uw versie is niet opgeslagen; de andere is niet overschreven.`
      : `“${open.name}” bestaat niet meer: iemand anders heeft het verwijderd. Uw versie is niet opgeslagen.`;
    const choices = [
      ...(theirs ? [{ value: 'reload', label: 'Hun versie laden', focus: true }] : []),
      { value: 'copy', label: 'Mijn versie opslaan als kopie', kind: /** @type {const} */ ('primary'), needsInput: true, focus: !theirs },
      { value: 'cancel', label: 'Annuleren (verder werken)' },
    ];
    const answer = await dialog.ask({
      kind: 'conflict',
      title: theirs ? 'Intussen door iemand anders opgeslagen' : 'Scenario verwijderd',
      text,
      detail: theirs ? 'Hun versie laden vervangt uw werkplan door hun versie; uw wijzigingen gaan dan verloren.' : undefined,
      choices,
      input: { label: 'Naam van de kopie', value: copyName(meta.name) },
    });
    if (answer.choice === 'reload' && theirs) {
      show(theirs);
      say(`Versie ${theirs.version} van “${theirs.name}” geladen.`);
      return false;
    }
    if (answer.choice !== 'copy') {
      say('Niet opgeslagen. Het werkplan is ongewijzigd; opslaan kan als kopie.');
      return false;
    }
    try {
      const copy = await api.createScenario(saveBody(p, { ...meta, name: answer.value }));
      putInPlace(copy);
      say(`Opgeslagen als kopie: “${copy.name}”, versie ${copy.version}.`);
      refreshList();
      return true;
    } catch (e) {
      fail('Kopie niet opgeslagen', e);
      return false;
    }
  }

  /**
   * Puts a scenario into the working plan (no question asked).
   * @param {any} s a scenario response
   */
  function show(s) {
    const missing = new Set(s.missingSiteIds ?? []);
    const restored = planOf(s, missing);
    quiet = true;
    try {
      tracker.open(s);
      plan.restore(restored);
    } finally {
      quiet = false;
    }
    hint.hidden = true;
    refreshStatus();
    return missing.size;
  }

  /** @param {string} id */
  async function open(id) {
    const current = tracker.scenario();
    const action = current?.id === id ? 'Het scenario opnieuw openen' : 'Een ander scenario openen';
    if (!(await confirmReplace(action))) return;
    try {
      const s = await api.scenario(id);
      const missing = show(s);
      const notes = [`“${s.name}” geopend, versie ${s.version}.`];
      if (missing) notes.push(`${counted(missing, 'locatie bestaat', 'locaties bestaan')} niet meer in de huidige gegevens en ${missing === 1 ? 'is' : 'zijn'} weggelaten; opslaan legt dat vast.`);
      if (s.dataVersion !== s.currentDataVersion) notes.push(`Opgeslagen op gegevensversie ${s.dataVersion}; de server heeft nu versie ${s.currentDataVersion}.`);
      say(notes.join(' '));
    } catch (e) {
      fail('Niet geopend', e);
      refreshList();
    }
  }

  /** @param {string} a @param {string} b @param {boolean} use65 */
  async function compare(a, b, use65) {
    compared = { a, b };
    const label = (/** @type {string} */ id) => document.querySelector(`#compare-a option[value="${CSS.escape(id)}"]`)?.textContent ?? id;
    compareDialog.loading(label(a), label(b));
    try {
      await compareDialog.show(await api.compareScenarios(a, b, use65));
    } catch (e) {
      compareDialog.failed(`Vergelijking mislukt: ${o.describe(e)}`);
    }
  }

  /** @param {File} file */
  async function importFile(file) {
    if (!(await confirmReplace('Een GeoJSON-bestand importeren'))) return;
    let json;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      panel.message(`${file.name} is geen geldig GeoJSON-bestand: ${/** @type {Error} */ (e).message}`, true);
      return;
    }
    try {
      const r = await api.importPlan(json);
      quiet = true;
      try {
        tracker.close(`uit ${file.name}`);
        plan.restore(r.plan);
      } finally {
        quiet = false;
      }
      panel.suggestName(r.source?.name ?? nameFromFile(file.name), true);
      refreshStatus();
      const p = plan.snapshot();
      const notes = (r.notes ?? []).map((/** @type {any} */ n) => n.reason);
      say([`Geïmporteerd uit ${file.name} (${r.format}): ${counted(r.features, 'object', 'objecten')}, ${counted(p.nspSiteIds.length, 'NSP', "NSP's")}, `
        + `${counted(p.cpSiteIds.length, 'CP', "CP's")}, ${counted(p.ownSites.length, 'eigen locatie', 'eigen locaties')} in ${p.region}. `
        + 'Nog niet opgeslagen: kies Opslaan om er een scenario van te maken.',
      ...notes.slice(0, MAX_NOTES), notes.length > MAX_NOTES ? `… en ${formatCount(notes.length - MAX_NOTES)} opmerkingen meer.` : ''].filter(Boolean).join(' '));
    } catch (e) {
      fail(`${file.name} niet geïmporteerd`, e);
    }
  }

  /** @param {string} author */
  function rememberAuthor(author) {
    try {
      if (author) localStorage.setItem(AUTHOR_KEY, author);
    } catch {
      // not kept; nothing lost
    }
  }

  return {
    tracker,
    /**
     * The header's region is about to change. The working plan belongs to one region: with sites in it, another
     * region starts a new, empty plan (norms kept), after asking when it has unsaved changes.
     * @param {string} region @returns {Promise<boolean>} go on
     */
    async beforeRegionChange(region) {
      const p = plan.snapshot();
      if (region === p.region || (!hasContent(p) && !tracker.scenario())) return true;
      if (!(await confirmReplace('Een andere veiligheidsregio kiezen'))) return false;
      quiet = true;
      try {
        tracker.close();
        plan.restore({ ...emptyPlan(), norms: p.norms });
      } finally {
        quiet = false;
      }
      panel.clearForm();
      refreshStatus();
      return true;
    },
    /** An area finished loading: the print link follows the municipality chosen. @param {{municipality: string, name: string}} area */
    areaLoaded(area) {
      panel.setPrintMunicipality(area.municipality, area.municipality ? area.name : '');
    },
    /** The optimiser's proposal became the plan's NSPs: offer to save it. @param {any} proposal its result */
    proposalAccepted(proposal) {
      const model = MODEL_NAMES[/** @type {keyof typeof MODEL_NAMES} */ (proposal?.model)] ?? 'optimalisatie';
      const n = plan.snapshot().nspSiteIds.length;
      const share = proposal?.coveredShare === null || proposal?.coveredShare === undefined ? '' : `, ${formatShare(proposal.coveredShare)} gedekt`;
      if (!tracker.scenario()) {
        panel.suggestName(`Voorstel ${model}, ${counted(n, 'NSP', "NSP's")}${share}`);
        tracker.setOrigin(`voorstel ${model}`);
      }
      hint.hidden = !status().dirty;
    },
  };
}
