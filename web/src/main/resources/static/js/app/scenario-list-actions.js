// @ts-check
import { ApiError } from '../api.js';

/**
 * What the buttons of a saved scenario in the list do besides Openen: **Dupliceer** (a copy, not opened),
 * **Verwijder** and **Publiceer** / **Trek in**, the last two after a question. A change made on a version someone
 * else has since replaced is refused by the server (409): the planner is told and the list refreshed.
 *
 * @param {{
 *   api: typeof import('../api.js').api,
 *   dialog: ReturnType<typeof import('../panels/choice-dialog.js').createChoiceDialog>,
 *   tracker: ReturnType<typeof import('../scenario/scenario-tracker.js').createScenarioTracker>,
 *   dirty: () => boolean,
 *   author: () => string,
 *   say: (text: string) => void,
 *   fail: (what: string, e: unknown) => void,
 *   refreshList: () => void,
 * }} o
 */
export function createScenarioListActions(o) {
  const { api, dialog, tracker, say, fail, refreshList } = o;

  /** @param {any} s a summary */
  async function duplicate(s) {
    try {
      const copy = await api.duplicateScenario(s.id, { author: o.author() || undefined });
      say(`Kopie gemaakt: “${copy.name}” (niet geopend; kies Openen om eraan te werken).`);
      refreshList();
    } catch (e) {
      fail('Niet gedupliceerd', e);
    }
  }

  /** @param {any} s a summary */
  async function remove(s) {
    const answer = await dialog.ask({
      kind: 'delete',
      title: 'Scenario verwijderen?',
      text: `“${s.name}” (versie ${s.version}${s.author ? `, ${s.author}` : ''}) wordt verwijderd. Dit kan niet ongedaan worden gemaakt.`
        + (s.published ? ' Het is gepubliceerd: de publieke zoekpagina toont dan geen NSP’s meer voor deze regio.' : ''),
      choices: [{ value: 'delete', label: 'Verwijderen', kind: 'danger' }, { value: 'cancel', label: 'Annuleren', focus: true }],
    });
    if (answer.choice !== 'delete') return;
    try {
      await api.deleteScenario(s.id, s.version);
      const wasOpen = tracker.scenario()?.id === s.id;
      if (wasOpen) tracker.close();
      say(`“${s.name}” verwijderd.${wasOpen ? ' Het werkplan staat nog op de kaart, niet opgeslagen.' : ''}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) say(`“${s.name}” is intussen door iemand anders gewijzigd; de lijst is bijgewerkt. Bekijk het en probeer opnieuw.`);
      else fail('Niet verwijderd', e);
    }
    refreshList();
  }

  /** @param {any} s a summary */
  async function publish(s) {
    const on = !s.published;
    const open = tracker.scenario();
    const unsaved = open?.id === s.id && o.dirty() ? ' Niet opgeslagen wijzigingen worden niet gepubliceerd; sla eerst op.' : '';
    const answer = await dialog.ask({
      kind: 'publish',
      title: on ? 'Scenario publiceren?' : 'Publicatie intrekken?',
      text: on
        ? `Bewoners zien dan de NSP's van “${s.name}” (versie ${s.version}) op de publieke zoekpagina; een ander gepubliceerd scenario van de regio wordt ingetrokken.${unsaved}`
        : `De publieke zoekpagina toont dan geen NSP's meer voor deze regio tot een ander scenario wordt gepubliceerd.`,
      choices: [{ value: 'go', label: on ? 'Publiceren' : 'Intrekken', kind: 'primary', focus: true }, { value: 'cancel', label: 'Annuleren' }],
    });
    if (answer.choice !== 'go') return;
    try {
      const changed = await api.publishScenario(s.id, on, s.version);
      tracker.published(changed, s.version);
      if (on && open && open.id !== s.id) tracker.withdrawn(open.id);
      say(on ? `“${s.name}” is gepubliceerd: /public/zoek.html toont zijn NSP's.` : `Publicatie van “${s.name}” ingetrokken.`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) say(`“${s.name}” is intussen door iemand anders gewijzigd; de lijst is bijgewerkt. Probeer opnieuw.`);
      else fail(on ? 'Niet gepubliceerd' : 'Niet ingetrokken', e);
    }
    refreshList();
  }

  return { duplicate, remove, publish };
}
