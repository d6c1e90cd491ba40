// @ts-check
/**
 * The only module that knows where Leaflet comes from: the pinned webjar (served by the backend at
 * /webjars/leaflet/...), loaded as an ES module. Everything else imports `L` from here.
 */
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';

export { L };
