// @ts-check
import { api } from '../api.js';
import { curveSummary, isFinal, progressValue, resultSummary, statusLine } from '../optimise/optimise-format.js';
import { createTradeOffChart } from './tradeoff-chart.js';

const POLL_MS = 300;

/**
 * @typedef {{region: string, demandLayer: string, radiusMetres: number, inhabitantsPerNsp: number,
 *   fixedSiteIds: string[], excludedSiteIds: string[], ownSites: any[], note: string}} OptimiseContext
 */

/**
 * The "Optimaliseren" section of the Dekking panel: starts an optimisation job (MCLP, LSCP, p-median, CMCLP) or a
 * trade-off curve job for the working plan's region, with its fixed and excluded sites and own locations; polls the
 * progress every 300 ms, can cancel; shows the proposal with its gap ("Toon voorstel" draws it on the map,
 * "Overnemen" makes it the plan's NSPs, "Verwerp" forgets it) or the curve (a click on it sets p). The section
 * carries `data-status`, `data-job-id`, `data-kind` (`proposal` or `curve`) and `data-curve-points`.
 *
 * @param {{
 *   context: () => OptimiseContext | null,
 *   onPreview: (sites: any[] | null) => void,
 *   onAccept: (siteIds: string[], proposal: any) => void,
 * }} handlers
 */
export function createOptimisePanel(handlers) {
  const root = /** @type {HTMLElement} */ (document.getElementById('optimise-section'));
  const form = /** @type {HTMLFormElement} */ (root.querySelector('#optimise-form'));
  const model = /** @type {HTMLSelectElement} */ (root.querySelector('#optimise-model'));
  const p = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-p'));
  const target = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-target'));
  const capacity = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-capacity'));
  const time = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-time'));
  const exact = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-exact'));
  const start = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-start'));
  const cancel = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-cancel'));
  const maxP = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-max-p'));
  const curveButton = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-curve'));
  const constraints = /** @type {HTMLElement} */ (root.querySelector('#optimise-constraints'));
  const progress = /** @type {HTMLProgressElement} */ (root.querySelector('#optimise-progress'));
  const status = /** @type {HTMLElement} */ (root.querySelector('#optimise-status'));
  const result = /** @type {HTMLElement} */ (root.querySelector('#optimise-result'));
  const actions = /** @type {HTMLElement} */ (root.querySelector('#optimise-actions'));
  const show = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-show'));
  const curveBox = /** @type {HTMLElement} */ (root.querySelector('#curve-box'));
  const curveNote = /** @type {HTMLElement} */ (root.querySelector('#curve-note'));
  const chart = createTradeOffChart(/** @type {HTMLCanvasElement} */ (root.querySelector('#curve-chart')), (n) => {
    model.value = 'mclp';
    syncModel();
    p.value = String(n);
    p.focus();
    status.textContent = `p = ${n} gekozen uit de curve; Start rekent het voorstel.`;
  });
  /** @type {string} */
  let jobId = '';
  /** @type {any} */
  let proposal = null;
  let previewing = false;
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;

  function syncModel() {
    const m = model.value;
    p.disabled = m === 'lscp';
    target.disabled = m !== 'lscp';
    capacity.disabled = m !== 'cmclp';
  }
  model.addEventListener('change', syncModel);
  syncModel();

  /** @param {boolean} running */
  function setRunning(running) {
    start.disabled = running;
    curveButton.disabled = running;
    cancel.disabled = !running;
  }

  /** @param {boolean} on */
  function setPreview(on) {
    previewing = on && proposal !== null;
    show.setAttribute('aria-pressed', String(previewing));
    show.textContent = previewing ? 'Verberg voorstel' : 'Toon voorstel';
    handlers.onPreview(previewing ? proposal.selectedSites : null);
  }

  function clearProposal() {
    proposal = null;
    setPreview(false);
    result.hidden = true;
    result.textContent = '';
    actions.hidden = true;
  }

  /** @param {string} text */
  function fail(text) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    status.textContent = text;
    root.dataset.status = 'failed';
    setRunning(false);
  }

  /** @param {string} id */
  async function poll(id) {
    timer = undefined;
    if (id !== jobId) return;
    let s;
    try {
      s = await api.optimisation(id);
    } catch (e) {
      fail(`Status niet opgehaald: ${/** @type {Error} */ (e).message}`);
      return;
    }
    if (id !== jobId) return;
    progress.value = progressValue(s);
    status.textContent = statusLine(s);
    root.dataset.status = s.status;
    if (!isFinal(s.status)) {
      timer = setTimeout(() => poll(id), POLL_MS);
      return;
    }
    setRunning(false);
    if (s.status !== 'done') return;
    try {
      const r = await api.optimisationResult(id);
      if (id !== jobId) return;
      if (r.curve) {
        curveBox.hidden = false;
        chart.show(r.curve);
        curveNote.textContent = curveSummary(r);
        root.dataset.curvePoints = String(r.curve.length);
        root.dataset.kind = 'curve';
      } else {
        proposal = r;
        result.textContent = resultSummary(r);
        result.dataset.selected = String(r.selected.length);
        result.hidden = false;
        actions.hidden = false;
        root.dataset.kind = 'proposal';
      }
      root.dataset.status = 'result';
    } catch (e) {
      fail(`Resultaat niet opgehaald: ${/** @type {Error} */ (e).message}`);
    }
  }

  /** @param {any} request @param {'proposal'|'curve'} kind */
  async function run(request, kind) {
    if (timer !== undefined) clearTimeout(timer);
    if (kind === 'proposal') clearProposal();
    progress.value = 0;
    setRunning(true);
    status.textContent = kind === 'curve' ? 'Curve starten…' : 'Starten…';
    root.dataset.status = 'starting';
    root.dataset.kind = kind;
    try {
      const job = await api.startOptimisation(request);
      jobId = job.jobId;
      root.dataset.jobId = jobId;
      poll(jobId);
    } catch (err) {
      fail(`Optimalisatie niet gestart: ${/** @type {Error} */ (err).message}`);
    }
  }

  /** The shared part of a request, or null (with a message) when the inputs are not usable. */
  function base() {
    const ctx = handlers.context();
    if (!ctx) {
      status.textContent = 'Kies eerst een veiligheidsregio.';
      return null;
    }
    const seconds = Number(time.value);
    if (!(seconds > 0 && seconds <= 600)) {
      status.textContent = 'De tijdslimiet moet tussen 0 en 600 seconden liggen.';
      return null;
    }
    return {
      ctx,
      request: {
        region: ctx.region, demandLayer: ctx.demandLayer, radiusMetres: ctx.radiusMetres, timeLimitSeconds: seconds,
        fixedSiteIds: ctx.fixedSiteIds, excludedSiteIds: ctx.excludedSiteIds, ownSites: ctx.ownSites,
      },
    };
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const b = base();
    if (!b) return;
    /** @type {any} */
    const request = { ...b.request, model: model.value, exact: exact.checked };
    if (model.value === 'lscp') {
      if (target.value !== '') {
        const t = Number(target.value);
        if (!(t > 0 && t <= 100)) {
          status.textContent = 'De doel-dekking moet tussen 0 en 100 % liggen.';
          return;
        }
        request.target = t / 100;
      }
    } else {
      const n = Number(p.value);
      if (!(Number.isInteger(n) && n >= 1)) {
        status.textContent = 'Het aantal punten p moet een geheel getal van minstens 1 zijn.';
        return;
      }
      request.p = n;
    }
    if (model.value === 'cmclp') {
      const c = capacity.value === '' ? b.ctx.inhabitantsPerNsp : Number(capacity.value);
      if (!(c > 0)) {
        status.textContent = 'De capaciteit moet een positief aantal inwoners zijn.';
        return;
      }
      request.capacity = c;
    }
    run(request, 'proposal');
  });

  curveButton.addEventListener('click', () => {
    const b = base();
    if (!b) return;
    const n = Number(maxP.value);
    if (!(Number.isInteger(n) && n >= 1 && n <= 1000)) {
      status.textContent = 'De curve loopt tot een geheel aantal punten van 1 tot 1.000.';
      return;
    }
    run({ ...b.request, model: 'mclp', curve: true, maxP: n }, 'curve');
  });

  cancel.addEventListener('click', async () => {
    if (!jobId) return;
    cancel.disabled = true;
    try {
      await api.cancelOptimisation(jobId);
    } catch (err) {
      // 409: the job ended meanwhile; the next poll shows how
      if (/** @type {any} */ (err).status !== 409) status.textContent = `Annuleren mislukt: ${/** @type {Error} */ (err).message}`;
    }
    // the polling loop runs until the job has ended and shows "geannuleerd"
  });

  show.addEventListener('click', () => setPreview(!previewing));
  root.querySelector('#optimise-accept')?.addEventListener('click', () => {
    if (!proposal) return;
    const accepted = proposal;
    const ids = [...accepted.selected];
    clearProposal();
    progress.value = 0;
    status.textContent = `Voorstel overgenomen: ${ids.length} NSP's (vaste locaties en CP's blijven).`;
    root.dataset.status = 'accepted';
    handlers.onAccept(ids, accepted);
  });
  root.querySelector('#optimise-discard')?.addEventListener('click', () => {
    clearProposal();
    progress.value = 0;
    status.textContent = 'Voorstel verworpen.';
    root.dataset.status = 'discarded';
  });

  return {
    /** Forgets the job and the curve when the region changes (a proposal belongs to its region). */
    reset() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      jobId = '';
      delete root.dataset.jobId;
      delete root.dataset.curvePoints;
      root.dataset.status = '';
      clearProposal();
      chart.clear();
      curveBox.hidden = true;
      progress.value = 0;
      status.textContent = '';
      setRunning(false);
    },
    /** The line under the form: which fixed / excluded sites and own locations the next run takes along. @param {string} text */
    constraints(text) {
      constraints.textContent = text;
    },
    /** @param {number} inhabitantsPerNsp the plan's max load: the CMCLP capacity unless one is typed */
    setDefaultCapacity(inhabitantsPerNsp) {
      capacity.placeholder = String(inhabitantsPerNsp);
      capacity.title = `Leeg: ${inhabitantsPerNsp} (max inw. per NSP uit de normen)`;
    },
  };
}
