// @ts-check
import { api, ApiError } from './api.js';
import { loginFailure, returnPath } from './account-format.js';

/** The login page: asks the server who is logged in (which also sets the CSRF cookie), then logs in with the form. */
const form = /** @type {HTMLFormElement} */ (document.getElementById('login-form'));
const message = /** @type {HTMLElement} */ (document.getElementById('login-message'));
const name = /** @type {HTMLInputElement} */ (document.getElementById('login-name'));
const password = /** @type {HTMLInputElement} */ (document.getElementById('login-password'));
const target = returnPath(location.search);

/** @param {string} text */
function show(text) {
  message.textContent = text;
  message.hidden = !text;
}

api.account().then((account) => {
  if (account.mode === 'local' || account.authenticated) location.replace(target);
}).catch(() => show(loginFailure(0)));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  show('');
  form.dataset.busy = 'true';
  try {
    await api.login(name.value, password.value);
    location.replace(target);
  } catch (e) {
    const status = e instanceof ApiError ? e.status : 0;
    if (status === 403) await api.account().catch(() => null); // a fresh CSRF cookie for the next try
    password.value = '';
    password.focus();
    show(loginFailure(status));
  } finally {
    form.dataset.busy = 'false';
  }
});
