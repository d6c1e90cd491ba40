// @ts-check
/** Dutch texts of the scenario panel: list lines, the status line of the working plan. DOM-free (node tests). */
import { counted, formatCount } from '../format.js';

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
});

/** @param {string|null|undefined} iso an instant, e.g. "2026-12-02T13:02:11.5Z" @returns {string} "2 dec 2026, 14:02" */
export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateTime.format(d);
}

/**
 * The second line of a scenario in the list: author, last change, counts, version.
 * @param {{author: string, updatedAt: string, nspCount: number, cpCount: number, version: number}} s a summary
 */
export function summaryLine(s) {
  return [s.author || 'onbekende auteur', formatDateTime(s.updatedAt), counted(s.nspCount, 'NSP', "NSP's"),
    counted(s.cpCount, 'CP', "CP's"), `versie ${formatCount(s.version)}`].filter(Boolean).join(' · ');
}

/**
 * The status line of the working plan (the bar at the top of the panel).
 * @param {import('./scenario-tracker.js').Status} status
 * @returns {{title: string, detail: string, badge: string}}
 */
export function statusLine(status) {
  const s = status.scenario;
  if (!s) {
    if (status.state === 'empty') return { title: 'Nieuw werkplan', detail: 'nog leeg', badge: '' };
    return { title: 'Nieuw werkplan', detail: status.origin ? `${status.origin}, nog geen scenario` : 'nog geen scenario', badge: 'niet opgeslagen' };
  }
  const parts = [`versie ${formatCount(s.version)}`];
  if (s.author) parts.push(s.author);
  if (s.published) parts.push('gepubliceerd');
  if (s.dataVersion !== s.currentDataVersion) parts.push(`gegevensversie ${s.dataVersion} (nu ${s.currentDataVersion})`);
  if (!status.dirty) return { title: s.name, detail: parts.join(' · '), badge: '' };
  return { title: s.name, detail: `${parts.join(' · ')} · gewijzigd: ${status.changes.join(', ')}`, badge: 'niet opgeslagen wijzigingen' };
}

/**
 * The Dutch sentence for the "unsaved changes" question before something replaces the working plan.
 * @param {import('./scenario-tracker.js').Status} status
 * @param {string} action what is about to happen, e.g. "Een ander scenario openen"
 */
export function unsavedQuestion(status, action) {
  const what = status.scenario
    ? `De wijzigingen in “${status.scenario.name}” sinds versie ${formatCount(status.scenario.version)} (${status.changes.join(', ')})`
    : 'Het werkplan';
  const verb = status.scenario ? 'zijn' : 'is';
  return `${what} ${verb} nog niet opgeslagen. ${action} vervangt het werkplan; wat niet is opgeslagen gaat dan verloren.`;
}
