// @ts-check
/**
 * RD New (EPSG:28992) to WGS84 in the browser, for drawing points the server gives in RD metres (coverage
 * points). The polynomial approximation of Schreutelkamp and Strang van Hees (RD to WGS84 directly); within
 * the Netherlands it agrees with the exact transformation to about a metre, far below a 100 m cell.
 */
const X0 = 155000;
const Y0 = 463000;
const LAT0 = 52.1551744;
const LON0 = 5.38720621;
/** [p, q, coefficient] in arc seconds, for dX^p * dY^q with dX, dY in units of 100 km. */
const K = [[0, 1, 3235.65389], [2, 0, -32.58297], [0, 2, -0.2475], [2, 1, -0.84978], [0, 3, -0.0655],
  [2, 2, -0.01709], [1, 0, -0.00738], [4, 0, 0.0053], [2, 3, -0.00039], [4, 1, 0.00033], [1, 1, -0.00012]];
const LC = [[1, 0, 5260.52916], [1, 1, 105.94684], [1, 2, 2.45656], [3, 0, -0.81885], [1, 3, 0.05594],
  [3, 1, -0.05607], [0, 1, 0.01199], [3, 2, -0.00256], [1, 4, 0.00128], [0, 2, 0.00022], [2, 0, -0.00022],
  [5, 0, 0.00026]];

/**
 * @param {number} x RD easting in metres
 * @param {number} y RD northing in metres
 * @returns {[number, number]} [lat, lon] in degrees
 */
export function rdToLatLon(x, y) {
  const dx = (x - X0) * 1e-5;
  const dy = (y - Y0) * 1e-5;
  let lat = 0;
  let lon = 0;
  for (const [p, q, k] of K) lat += k * dx ** p * dy ** q;
  for (const [p, q, l] of LC) lon += l * dx ** p * dy ** q;
  return [LAT0 + lat / 3600, LON0 + lon / 3600];
}

/** [p, q, coefficient] in metres, for dPhi^p * dLambda^q with dPhi, dLambda in units of 10,000 arc seconds. */
const R = [[0, 1, 190094.945], [1, 1, -11832.228], [2, 1, -114.221], [0, 3, -32.391], [1, 0, -0.705],
  [3, 1, -2.34], [1, 3, -0.608], [0, 2, -0.008], [2, 3, 0.148]];
const S = [[1, 0, 309056.544], [0, 2, 3638.893], [2, 0, 73.077], [1, 2, -157.984], [3, 0, 59.788], [0, 1, 0.433],
  [2, 2, -6.439], [1, 1, -0.032], [0, 4, 0.092], [1, 4, -0.054]];

/**
 * WGS84 to RD New, the inverse polynomial of the same authors (for positions clicked on the map, e.g. an own
 * location); within the Netherlands within about a metre of the exact transformation.
 * @param {number} lat degrees
 * @param {number} lon degrees
 * @returns {[number, number]} [x, y] RD metres
 */
export function latLonToRd(lat, lon) {
  const dPhi = 0.36 * (lat - LAT0);
  const dLam = 0.36 * (lon - LON0);
  let x = 0;
  let y = 0;
  for (const [p, q, r] of R) x += r * dPhi ** p * dLam ** q;
  for (const [p, q, s] of S) y += s * dPhi ** p * dLam ** q;
  return [X0 + x, Y0 + y];
}
