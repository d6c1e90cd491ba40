// @ts-check
/**
 * The only module that knows where Chart.js comes from: the pinned webjar's UMD build (served by the backend at
 * /webjars/chart.js/...). Loaded for its side effect, it defines `Chart` on the global object; everything else
 * imports `Chart` from here. (The webjar's ES build imports a bare specifier and cannot load without a bundler.)
 */
import '/webjars/chart.js/dist/chart.umd.js';

/** @type {any} */
export const Chart = /** @type {any} */ (globalThis).Chart;
