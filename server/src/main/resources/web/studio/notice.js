// The page's quiet message line (bottom corner, announced politely): errors and confirmations.

import { t } from './i18n.js';

let timer = null;

function parts() {
  return {
    box: document.getElementById('notice'),
    text: document.getElementById('notice-text'),
    close: document.getElementById('notice-close'),
  };
}

export function initNotice() {
  const { close } = parts();
  close.addEventListener('click', clearNotice);
}

/** Shows text (an error in red when kind is "error"); info clears itself after a while. */
export function notify(text, kind = 'info') {
  const { box, text: line, close } = parts();
  clearTimeout(timer);
  line.textContent = String(text);
  box.classList.toggle('error', kind === 'error');
  box.classList.add('shown');
  close.hidden = false;
  timer = setTimeout(clearNotice, kind === 'error' ? 15_000 : 6_000);
}

/** Shows what went wrong: the server's message, or a plain sentence for anything unexpected. */
export function notifyError(error) {
  if (error && error.name === 'AbortError') {
    return;
  }
  const message = error && error.name === 'ApiError' ? error.message
    : t('error.unexpected', { message: error && error.message ? error.message : String(error) });
  notify(message, 'error');
}

export function clearNotice() {
  const { box, text, close } = parts();
  clearTimeout(timer);
  box.classList.remove('shown', 'error');
  text.textContent = '';
  close.hidden = true;
}
