// @ts-check
import { formatCount } from '../format.js';

/** @param {string} tag @param {string} [text] @param {string} [cls] */
function el(tag, text = '', cls = '') {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** @param {string[]} headers @param {Array<Array<string>>} rows @param {number[]} numeric column indexes */
function table(headers, rows, numeric = []) {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  headers.forEach((h, i) => {
    const th = el('th', h, numeric.includes(i) ? 'num' : '');
    head.append(th);
  });
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    r.forEach((v, i) => tr.append(el('td', v, numeric.includes(i) ? 'num' : '')));
  }
  return t;
}

/**
 * The import report dialog: files read, totals and every rejected row; a failed start-up import is shown
 * in red and flags the header button.
 *
 * @param {{importReport: () => Promise<any>}} api
 */
export function createImportPanel(api) {
  const button = /** @type {HTMLButtonElement} */ (document.getElementById('import-button'));
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('import-dialog'));
  const body = /** @type {HTMLElement} */ (document.getElementById('import-body'));
  let report = null;

  function render() {
    body.replaceChildren();
    if (!report) return;
    if (report.failure) {
      body.append(el('p', `Import van ${report.failure.dataDir} mislukt: ${report.failure.message}`, 'error-text'));
      if (report.failure.errors.length) {
        body.append(table(['Bestand', 'Regel', 'Veld', 'Reden'],
          report.failure.errors.map((e) => [e.file ?? '', String(e.line ?? ''), e.field ?? '', e.reason])));
      }
    }
    const r = report.report;
    if (!r) {
      body.append(el('p', report.status === 'importing' ? 'Gegevens worden ingelezen…' : 'Er zijn nog geen gegevens ingelezen.'));
      return;
    }
    body.append(el('p', `Gegevensversie ${report.dataVersion}, ingelezen ${new Date(report.importedAt).toLocaleString('nl-NL')}: `
      + `${formatCount(r.municipalities)} gemeenten, ${formatCount(r.regions)} veiligheidsregio's, `
      + `${formatCount(r.inhabitantsTotal)} inwoners, ${formatCount(r.demandPoints)} vraagpunten `
      + `(${formatCount(r.demandInhabitantsTotal)} inwoners), ${formatCount(r.candidates)} kandidaatlocaties.`));
    body.append(el('h3', 'Bestanden'));
    body.append(table(['Bestand', 'Laag', 'Formaat', 'Geaccepteerd', 'Afgewezen', 'Inwoners'],
      r.files.map((f) => [f.file, f.layer, f.format, formatCount(f.accepted), formatCount(f.rejected), formatCount(f.inhabitants)]),
      [3, 4, 5]));
    body.append(el('h3', `Afgewezen regels (${formatCount(r.rejected.length)})`));
    if (r.rejected.length) {
      body.append(table(['Bestand', 'Regel', 'Veld', 'Reden'],
        r.rejected.map((e) => [e.file ?? '', String(e.line ?? ''), e.field ?? '', e.reason]), [1]));
    } else {
      body.append(el('p', 'Geen.'));
    }
    const notes = r.notes ?? [];
    body.append(el('h3', `Opmerkingen (${formatCount(notes.length)})`));
    if (notes.length) {
      body.append(table(['Bestand', 'Regel', 'Veld', 'Opmerking'],
        notes.map((e) => [e.file ?? '', String(e.line ?? ''), e.field ?? '', e.reason]), [1]));
    } else {
      body.append(el('p', 'Geen.'));
    }
  }

  button.addEventListener('click', async () => {
    report = await api.importReport();
    render();
    dialog.showModal();
  });

  return {
    /** Loads the report; returns it so the caller can show a failure. */
    async load() {
      report = await api.importReport();
      const rejected = report.report ? report.report.rejected.length : 0;
      button.textContent = report.failure ? 'Import mislukt' : `Importverslag (${formatCount(rejected)} afgewezen)`;
      button.classList.toggle('warn', Boolean(report.failure));
      return report;
    },
  };
}
