// @ts-check
/**
 * The scenario panel's questions (unsaved changes, a save that conflicts, deleting): a native modal `<dialog>` with a
 * title, a text, optionally one text field, and a row of choices. Keyboard: the focus starts on the first choice marked
 * `focus` (else the first), Tab moves between the choices, Enter picks, Escape cancels; the focus goes back to where it
 * was. The dialog carries `data-kind` and each button `data-choice`, for automated checks.
 */

/**
 * @typedef {{value: string, label: string, kind?: 'primary'|'danger', focus?: boolean, needsInput?: boolean}} Choice
 * @typedef {{kind: string, title: string, text: string, detail?: string, choices: Choice[],
 *   input?: {label: string, value: string}}} Question
 */

export function createChoiceDialog() {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('choice-dialog'));
  const title = /** @type {HTMLElement} */ (dialog.querySelector('#choice-title'));
  const text = /** @type {HTMLElement} */ (dialog.querySelector('#choice-text'));
  const detail = /** @type {HTMLElement} */ (dialog.querySelector('#choice-detail'));
  const inputBox = /** @type {HTMLElement} */ (dialog.querySelector('#choice-field'));
  const inputLabel = /** @type {HTMLElement} */ (dialog.querySelector('#choice-input-label'));
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('#choice-input'));
  const buttons = /** @type {HTMLElement} */ (dialog.querySelector('#choice-buttons'));
  /** @type {((answer: {choice: string, value: string}) => void)|null} */
  let resolve = null;
  /** @type {HTMLElement|null} */
  let returnFocus = null;

  dialog.addEventListener('close', () => {
    const r = resolve;
    resolve = null;
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    returnFocus = null;
    r?.({ choice: dialog.returnValue || 'cancel', value: input.value.trim() });
  });

  return {
    /**
     * Shows the question; resolves with the choice's value ('cancel' for Escape) and the text field's value.
     * @param {Question} q
     * @returns {Promise<{choice: string, value: string}>}
     */
    ask(q) {
      if (dialog.open) dialog.close('cancel');
      dialog.dataset.kind = q.kind;
      title.textContent = q.title;
      text.textContent = q.text;
      detail.textContent = q.detail ?? '';
      detail.hidden = !q.detail;
      inputBox.hidden = !q.input;
      inputLabel.textContent = q.input?.label ?? '';
      input.value = q.input?.value ?? '';
      input.setCustomValidity('');
      buttons.replaceChildren(...q.choices.map((c) => {
        const b = document.createElement('button');
        b.type = 'submit';
        b.value = c.value;
        b.textContent = c.label;
        b.dataset.choice = c.value;
        if (c.kind) b.className = c.kind;
        if (c.needsInput) {
          b.addEventListener('click', (e) => {
            if (input.value.trim()) return;
            e.preventDefault();
            input.setCustomValidity('Vul een naam in.');
            input.reportValidity();
            input.focus();
          });
        }
        return b;
      }));
      input.oninput = () => input.setCustomValidity('');
      returnFocus = /** @type {HTMLElement|null} */ (document.activeElement);
      dialog.returnValue = '';
      dialog.showModal();
      const first = q.choices.findIndex((c) => c.focus);
      /** @type {HTMLElement} */ (buttons.children[Math.max(0, first)]).focus();
      return new Promise((r) => { resolve = r; });
    },
    /** @returns {boolean} a question is open */
    isOpen: () => dialog.open,
  };
}
