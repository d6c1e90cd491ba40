// @ts-check
import { api, ApiError } from '../api.js';
import { fileSize, isFinal, reportRequest, statusLine, summaryLine } from './report-format.js';

const POLL_MS = 1000;
const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/**
 * The "Landelijk rapport" page: starts a national report job, shows its progress, can cancel it, and offers the
 * finished report (opened in a new tab, previewed below, or downloaded) and its CSV tables. The page root carries
 * `data-status` and `data-job-id` for automated checks.
 */
async function main() {
  const root = $('report-page');
  const form = /** @type {HTMLFormElement} */ ($('report-form'));
  const regionsBox = $('report-regions');
  const status = $('report-status');
  const progress = /** @type {HTMLProgressElement} */ ($('report-progress'));
  const cancel = /** @type {HTMLButtonElement} */ ($('report-cancel'));
  const start = /** @type {HTMLButtonElement} */ ($('report-start'));
  const errors = $('report-errors');
  const result = $('report-result');
  /** @type {string} */
  let jobId = '';
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let timer;

  try {
    const regions = await api.regions();
    for (const r of regions) {
      const label = document.createElement('label');
      label.className = 'check';
      label.innerHTML = `<input type="checkbox" name="region" value="${r.code}"> `;
      label.append(`${r.code} ${r.name}`);
      regionsBox.append(label);
    }
    root.dataset.ready = 'true';
  } catch (e) {
    showError(e);
  }
  $('report-all-regions').addEventListener('change', () => {
    regionsBox.toggleAttribute('hidden', $('report-all-regions').checked);
  });
  regionsBox.toggleAttribute('hidden', $('report-all-regions').checked);

  /** Reads a chosen file into its textarea. */
  for (const [input, area] of [['report-costs-file', 'report-costs'], ['report-realised-file', 'report-realised'],
    ['report-area-file', 'report-area']]) {
    $(input).addEventListener('change', async () => {
      const f = $(input).files?.[0];
      if (f) $(area).value = await f.text();
    });
  }

  /** @param {unknown} e */
  function showError(e) {
    errors.replaceChildren();
    const p = document.createElement('p');
    p.textContent = e instanceof ApiError ? `Fout ${e.status}: ${e.message}` : `Fout: ${String(e)}`;
    errors.append(p);
    if (e instanceof ApiError && e.errors.length) {
      const ul = document.createElement('ul');
      for (const item of e.errors.slice(0, 20)) {
        const li = document.createElement('li');
        li.textContent = [item.file ? `${item.file}${item.line ? `:${item.line}` : ''}` : '', item.field, item.reason]
          .filter((x) => x).join(' — ');
        ul.append(li);
      }
      errors.append(ul);
    }
    errors.hidden = false;
  }

  function setStatus(/** @type {string} */ s) {
    root.dataset.status = s;
    start.disabled = s === 'queued' || s === 'running';
    cancel.hidden = !(s === 'queued' || s === 'running');
  }

  /** @param {import('./report-format.js').ReportStatus} s */
  function render(s) {
    status.textContent = statusLine(s);
    progress.value = s.progress;
    setStatus(s.status);
    if (s.status === 'done' && s.files && s.summary) {
      result.replaceChildren();
      const summary = document.createElement('p');
      summary.id = 'report-summary';
      summary.textContent = summaryLine(s.summary);
      const actions = document.createElement('p');
      const open = document.createElement('a');
      open.id = 'report-open';
      open.href = api.nationalReportFileUrl(jobId, 'rapport.html');
      open.target = '_blank';
      open.rel = 'noopener';
      open.textContent = 'Open rapport';
      const download = document.createElement('a');
      download.id = 'report-download';
      download.href = api.nationalReportFileUrl(jobId, 'rapport.html', true);
      download.textContent = 'Download rapport (HTML)';
      actions.append(open, ' · ', download);
      const list = document.createElement('ul');
      list.id = 'report-files';
      for (const f of s.files.slice(1)) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = api.nationalReportFileUrl(jobId, f.name, true);
        a.textContent = f.name;
        li.append(a, ` (${fileSize(f.bytes)})`);
        list.append(li);
      }
      const frame = document.createElement('iframe');
      frame.id = 'report-preview';
      frame.title = 'Voorbeeld van het rapport';
      frame.src = api.nationalReportFileUrl(jobId, 'rapport.html');
      result.append(summary, actions, list, frame);
      result.hidden = false;
    }
  }

  async function poll() {
    try {
      const s = await api.nationalReport(jobId);
      render(s);
      if (!isFinal(s.status)) timer = setTimeout(poll, POLL_MS);
    } catch (e) {
      showError(e);
      setStatus('failed');
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    errors.hidden = true;
    result.hidden = true;
    const regions = [...form.querySelectorAll('input[name="region"]:checked')].map((i) => /** @type {HTMLInputElement} */ (i).value);
    const body = reportRequest({
      regions, allRegions: $('report-all-regions').checked, norm: $('report-norm').value, target: $('report-target').value,
      basis: $('report-basis').value, cooperation: $('report-cooperation').checked, urbanity: $('report-urbanity').checked,
      key: $('report-key').value, costsCsv: $('report-costs').value, realisedCsv: $('report-realised').value,
      outageMunicipalities: $('report-outage-municipalities').value, outageArea: $('report-area').value,
      unavailableSites: $('report-unavailable').value, outageLabel: $('report-outage-label').value,
    });
    if (!$('report-all-regions').checked && regions.length === 0) {
      showError(new Error('kies ten minste één regio, of "Alle regio\'s"'));
      return;
    }
    try {
      setStatus('queued');
      status.textContent = 'versturen…';
      const created = await api.startNationalReport(body);
      jobId = created.jobId;
      root.dataset.jobId = jobId;
      render(created);
      timer = setTimeout(poll, 200);
    } catch (e) {
      showError(e);
      setStatus('failed');
      status.textContent = 'niet gestart';
    }
  });

  cancel.addEventListener('click', async () => {
    if (!jobId) return;
    try {
      render(await api.cancelNationalReport(jobId));
    } catch (e) {
      showError(e);
    }
  });
}

main();
