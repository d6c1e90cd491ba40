// @ts-check
/**
 * Shared application state with a small subscribe/notify. Nothing lives on `window`.
 * @template T
 * @param {T} initial
 */
export function createState(initial) {
  let current = initial;
  /** @type {Array<(state: T, previous: T) => void>} */
  const listeners = [];
  return {
    /** @returns {T} */
    get: () => current,
    /** @param {Partial<T>} patch */
    set(patch) {
      const previous = current;
      current = { ...current, ...patch };
      for (const l of listeners) l(current, previous);
    },
    /** @param {(state: T, previous: T) => void} listener */
    subscribe(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
}
