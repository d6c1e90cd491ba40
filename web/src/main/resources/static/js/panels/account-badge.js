// @ts-check
import { describeAccount } from '../account-format.js';

/**
 * The header's account element: "lokale modus" on a planner's own machine, or who is logged in with a button to log
 * out (server mode). It owns `element` and nothing else.
 * @param {{account: () => Promise<import('../api.js').Account>, logout: () => Promise<unknown>}} api
 * @param {HTMLElement} element
 */
export function createAccountBadge(api, element) {
  element.textContent = '';
  api.account().then((account) => {
    element.dataset.mode = account.mode;
    const label = document.createElement('span');
    label.className = 'account-name';
    label.textContent = describeAccount(account);
    element.append(label);
    if (account.mode === 'server' && account.authenticated) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = 'Uitloggen';
      button.addEventListener('click', () => {
        api.logout().finally(() => location.assign('/login.html'));
      });
      element.append(button);
    }
  }).catch(() => { element.textContent = ''; });
}
