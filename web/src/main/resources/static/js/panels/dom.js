// @ts-check
/** Small DOM helpers shared by the panels. */

/** @param {string} tag @param {string} [text] @param {string} [className] */
export function el(tag, text = '', className = '') {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/**
 * A button with a text, an optional accessible name and a focus key (see `keepFocus`).
 * @param {string} text @param {string} className @param {() => void} onClick @param {{label?: string, focusKey?: string, title?: string}} [o]
 */
export function button(text, className, onClick, o = {}) {
  const b = /** @type {HTMLButtonElement} */ (el('button', text, className));
  b.type = 'button';
  if (o.label) b.setAttribute('aria-label', o.label);
  if (o.title) b.title = o.title;
  if (o.focusKey) b.dataset.focusKey = o.focusKey;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Re-renders a list without losing the keyboard focus: the focused element's `data-focus-key` is looked up again in
 * the new content and focused (a list redrawn after the plan changed keeps the user where they were).
 * @param {HTMLElement} root @param {() => void} render
 */
export function keepFocus(root, render) {
  const active = /** @type {HTMLElement|null} */ (document.activeElement);
  const key = active && root.contains(active) ? active.dataset.focusKey : undefined;
  render();
  if (key) {
    const again = /** @type {HTMLElement|null} */ (root.querySelector(`[data-focus-key="${CSS.escape(key)}"]`));
    if (again) again.focus();
  }
}
