// @ts-check
/**
 * Which saved scenario the working plan is, and whether it has unsaved changes. DOM-free (node tests).
 *
 * The tracker keeps the open scenario's bookkeeping (id, version, name, author, …) and the plan it was saved with
 * (the baseline). The working plan has **unsaved changes** when a scenario is open and the plan is no longer the same
 * plan as its baseline (see scenario-plan.js), or when no scenario is open and the plan holds sites or own locations.
 * A plan with only a region, layer and norms is nothing worth warning about.
 */
import { describeChanges, hasContent, planOf } from './scenario-plan.js';

/** @typedef {import('../plan/working-plan.js').Plan} Plan */
/**
 * @typedef {{id: string, version: number, name: string, author: string, description: string, published: boolean,
 *   region: string, dataVersion: number, currentDataVersion: number, updatedAt: string}} OpenScenario
 * @typedef {{state: 'empty'|'new'|'saved'|'dirty', dirty: boolean, scenario: OpenScenario|null, changes: string[],
 *   origin: string}} Status
 */

/** @param {any} s a scenario response @returns {OpenScenario} */
function bookkeeping(s) {
  return {
    id: s.id, version: s.version, name: s.name, author: s.author ?? '', description: s.description ?? '',
    published: Boolean(s.published), region: s.region, dataVersion: s.dataVersion, currentDataVersion: s.currentDataVersion,
    updatedAt: s.updatedAt,
  };
}

export function createScenarioTracker() {
  /** @type {OpenScenario|null} */
  let open = null;
  /** @type {Plan|null} */
  let baseline = null;
  /** Where an unsaved plan came from ("uit bestand x.geojson", "voorstel MCLP"); '' = edited by hand. */
  let origin = '';
  /** @type {Array<() => void>} */
  const listeners = [];
  const notify = () => { for (const l of [...listeners]) l(); };

  return {
    /** @returns {OpenScenario|null} a copy of the open scenario's bookkeeping */
    scenario: () => (open ? { ...open } : null),
    /**
     * The state of `plan` against the open scenario.
     * @param {Plan} plan
     * @returns {Status}
     */
    status(plan) {
      if (open && baseline) {
        const changes = describeChanges(baseline, plan);
        return { state: changes.length ? 'dirty' : 'saved', dirty: changes.length > 0, scenario: { ...open }, changes, origin };
      }
      const content = hasContent(plan);
      return { state: content ? 'new' : 'empty', dirty: content, scenario: null, changes: [], origin };
    },
    /**
     * A scenario was opened or saved: it is the open one now, its plan the baseline.
     * @param {any} scenario a scenario response (GET, POST or PUT /api/scenarios…)
     */
    open(scenario) {
      const plan = planOf(scenario);
      open = bookkeeping(scenario);
      baseline = plan;
      origin = '';
      notify();
    },
    /**
     * The scenario's published flag changed (PUT …/published answers with version + 1). The open version follows only
     * when the change was made on it; otherwise someone else's save lies in between and the next save must conflict.
     * @param {any} scenario the answer @param {number} madeOnVersion
     */
    published(scenario, madeOnVersion) {
      if (!open || open.id !== scenario.id) return;
      open = { ...open, published: Boolean(scenario.published) };
      if (open.version === madeOnVersion) open.version = scenario.version;
      notify();
    },
    /** Another published scenario of the region withdrew this one. @param {string} id */
    withdrawn(id) {
      if (!open || open.id !== id || !open.published) return;
      open = { ...open, published: false };
      notify();
    },
    /**
     * No scenario is open any more (deleted, a new plan, an import); the working plan stays as it is.
     * @param {string} [from] where the plan now comes from, e.g. "uit bestand x.geojson"
     */
    close(from = '') {
      open = null;
      baseline = null;
      origin = from;
      notify();
    },
    /** @param {string} from where the unsaved plan came from */
    setOrigin(from) {
      origin = from;
      notify();
    },
    /** @param {() => void} listener @returns {() => void} unsubscribe */
    subscribe(listener) {
      listeners.push(listener);
      return () => { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1); };
    },
  };
}
