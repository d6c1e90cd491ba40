// @ts-check
import { api } from '../api.js';
import { isFinal, progressValue, resultSummary, statusLine } from '../optimise/optimise-format.js';

const POLL_MS = 300;

/**
 * The "Optimaliseren" section of the Dekking panel: starts an optimisation job for the current region, polls its
 * progress every 300 ms, can cancel it, and offers the finished proposal to the map ("Toon voorstel" opens exactly
 * the selected sites as NSPs). The section carries `data-status` and `data-job-id` for automated checks.
 *
 * @param {{
 *   context: () => ({region: string, demandLayer: string, radiusMetres: number} | null),
 *   onShowProposal: (siteIds: string[]) => void,
 * }} handlers
 */
export function createOptimisePanel(handlers) {
  const root = /** @type {HTMLElement} */ (document.getElementById('optimise-section'));
  const form = /** @type {HTMLFormElement} */ (root.querySelector('#optimise-form'));
  const model = /** @type {HTMLSelectElement} */ (root.querySelector('#optimise-model'));
  const p = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-p'));
  const target = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-target'));
  const time = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-time'));
  const exact = /** @type {HTMLInputElement} */ (root.querySelector('#optimise-exact'));
  const start = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-start'));
  const cancel = /** @type {HTMLButtonElement} */ (root.querySelector('#optimise-cancel'));
  const progress = /** @type {HTMLProgressElement} */ (root.querySelector('#optimise-progress'));
  const status = /** @type {HTMLElement} */ (root.querySelector('#optimise-status'));
  const result = /** @type {HTMLElement} */ (root.querySelector('#optimise-result'));
  const actions = /** @type {HTMLElement} */ (root.querySelector('#optimise-actions'));
  /** @type {string} */
  let jobId = '';
  /** @type {string[]} */
  let proposal = [];
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;

  function syncModel() {
    const lscp = model.value === 'lscp';
    p.disabled = lscp;
    target.disabled = !lscp;
  }
  model.addEventListener('change', syncModel);
  syncModel();

  /** @param {boolean} running */
  function setRunning(running) {
    start.disabled = running;
    cancel.disabled = !running;
  }

  function clearProposal() {
    proposal = [];
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
      proposal = r.selected;
      result.textContent = resultSummary(r);
      result.dataset.selected = String(r.selected.length);
      result.hidden = false;
      actions.hidden = false;
      root.dataset.status = 'result';
    } catch (e) {
      fail(`Resultaat niet opgehaald: ${/** @type {Error} */ (e).message}`);
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const ctx = handlers.context();
    if (!ctx) {
      status.textContent = 'Kies eerst een veiligheidsregio.';
      return;
    }
    const seconds = Number(time.value);
    if (!(seconds > 0 && seconds <= 600)) {
      status.textContent = 'De tijdslimiet moet tussen 0 en 600 seconden liggen.';
      return;
    }
    /** @type {any} */
    const request = { region: ctx.region, demandLayer: ctx.demandLayer, model: model.value, radiusMetres: ctx.radiusMetres,
      timeLimitSeconds: seconds, exact: exact.checked };
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
    if (timer !== undefined) clearTimeout(timer);
    clearProposal();
    progress.value = 0;
    setRunning(true);
    status.textContent = 'Starten…';
    root.dataset.status = 'starting';
    try {
      const job = await api.startOptimisation(request);
      jobId = job.jobId;
      root.dataset.jobId = jobId;
      poll(jobId);
    } catch (err) {
      fail(`Optimalisatie niet gestart: ${/** @type {Error} */ (err).message}`);
    }
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

  root.querySelector('#optimise-show')?.addEventListener('click', () => {
    if (proposal.length > 0) handlers.onShowProposal([...proposal]);
  });
  root.querySelector('#optimise-discard')?.addEventListener('click', () => {
    clearProposal();
    progress.value = 0;
    status.textContent = 'Voorstel verworpen.';
    root.dataset.status = 'discarded';
  });

  return {
    /** Forgets the job when the region changes (a proposal belongs to its region). */
    reset() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      jobId = '';
      delete root.dataset.jobId;
      root.dataset.status = '';
      clearProposal();
      progress.value = 0;
      status.textContent = '';
      setRunning(false);
    },
  };
}
