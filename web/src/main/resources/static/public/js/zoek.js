// @ts-check
/**
 * The public lookup page: a resident types a postcode and sees the nearest noodsteunpunten of the published plan of
 * their safety region, with straight-line distances, and a small map when the base map can be loaded (the list works
 * without it). Reads ?postcode= from the address bar so a result can be shared.
 */
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';
import { publicApi, LookupError } from './public-api.js';
import { formatDistance, resultTitle, tidyPostcode } from './zoek-format.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('search'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('postcode'));
const button = /** @type {HTMLButtonElement} */ (document.getElementById('search-button'));
const message = /** @type {HTMLElement} */ (document.getElementById('message'));
const result = /** @type {HTMLElement} */ (document.getElementById('result'));
const list = /** @type {HTMLOListElement} */ (document.getElementById('nsp-list'));
const caption = /** @type {HTMLElement} */ (document.getElementById('map-caption'));

const configPromise = publicApi.config().catch(() => ({ baseMap: null }));
/** @type {any} */
let map = null;
/** @type {any} */
let markers = null;
let tilesFailed = false;

/** @param {string} text */
function showMessage(text) {
  message.textContent = text;
  message.hidden = false;
}

/** @param {string} className @param {string} text */
function marker(className, text) {
  return L.divIcon({ className: '', html: `<span class="marker ${className}" style="width:28px;height:28px">${text}</span>`,
    iconSize: [28, 28], iconAnchor: [14, 14] });
}

/** @param {import('./public-api.js').Nearest} answer */
async function drawMap(answer) {
  const { baseMap } = await configPromise;
  if (!map) {
    map = L.map('map', { scrollWheelZoom: false, attributionControl: true });
    if (baseMap) {
      const tiles = L.tileLayer(baseMap.url, { attribution: baseMap.attribution, maxZoom: 19 });
      tiles.on('tileerror', () => {
        if (!tilesFailed) {
          tilesFailed = true;
          caption.textContent = 'De achtergrondkaart is nu niet te laden; de kaart toont alleen de ligging van de punten. '
            + caption.textContent;
        }
      });
      tiles.addTo(map);
    }
    L.control.scale({ imperial: false }).addTo(map);
    markers = L.layerGroup().addTo(map);
  }
  markers.clearLayers();
  const home = L.latLng(answer.from.lat, answer.from.lon);
  L.marker(home, { icon: marker('home', 'U'), title: `Midden van postcode ${answer.pc4}`, keyboard: false }).addTo(markers);
  const points = [home];
  for (const nsp of answer.nsps) {
    const p = L.latLng(nsp.lat, nsp.lon);
    points.push(p);
    L.marker(p, { icon: marker('nsp', String(nsp.number)), title: nsp.name, keyboard: false }).addTo(markers);
  }
  map.invalidateSize();
  map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 16 });
}

/** @param {import('./public-api.js').Nearest} answer */
function showResult(answer) {
  document.getElementById('result-title').textContent = resultTitle(answer);
  document.getElementById('result-note').textContent = answer.note;
  list.replaceChildren(...answer.nsps.map((nsp) => {
    const li = document.createElement('li');
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = String(nsp.number);
    number.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = nsp.name;
    const address = document.createElement('span');
    address.className = 'address';
    address.textContent = nsp.address;
    text.append(name, address);
    const distance = document.createElement('span');
    distance.className = 'distance';
    distance.textContent = formatDistance(nsp.distanceMetres);
    distance.setAttribute('aria-label', `${formatDistance(nsp.distanceMetres)} in rechte lijn`);
    li.append(number, text, distance);
    return li;
  }));
  result.hidden = false;
}

/** @param {string} typed */
async function search(typed) {
  message.hidden = true;
  const postcode = tidyPostcode(typed);
  if (!postcode) {
    result.hidden = true;
    result.dataset.state = 'error';
    showMessage('Vul een postcode in van vier cijfers, eventueel met twee letters, bijvoorbeeld 3011 of 3011 AB.');
    input.focus();
    return;
  }
  result.dataset.state = 'loading';
  button.disabled = true;
  try {
    const answer = await publicApi.nearest(postcode);
    showResult(answer);
    history.replaceState(null, '', `?postcode=${encodeURIComponent(postcode)}`);
    await drawMap(answer);
    result.dataset.state = 'done';
  } catch (e) {
    result.hidden = true;
    result.dataset.state = 'error';
    const text = e instanceof LookupError ? e.message : 'Er ging iets mis. Probeer het later opnieuw.';
    showMessage(text.charAt(0).toUpperCase() + text.slice(1));
  } finally {
    button.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(input.value);
});

const fromUrl = new URLSearchParams(location.search).get('postcode');
if (fromUrl) {
  input.value = fromUrl;
  search(fromUrl);
}
