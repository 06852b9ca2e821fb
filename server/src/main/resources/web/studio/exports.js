// Exports: start one at the chosen resolution, follow its progress (polled every second), list the
// session's exports with Download (an authorized fetch saved through a temporary link) and Cancel.

import { request, fetchBlob, seg } from './api.js';
import { t, onLangChange } from './i18n.js';
import { bytes, when, el } from './format.js';
import { store, on, DEFAULT_SETTINGS } from './store.js';
import { refreshCredits } from './session.js';
import { notify, notifyError } from './notice.js';

const ACTIVE = new Set(['pending', 'processing']);
const POLL_MS = 1000;

let list;
let empty;
let exportButton;
let resolution;
const known = new Map(); // id → the export as last seen
const items = new Map(); // id → {li, ...parts}
const polling = new Map(); // id → timer
let generation = 0; // bumps when another session opens, so stale answers are dropped

export function initExports() {
  list = document.getElementById('exports-list');
  empty = document.getElementById('exports-empty');
  exportButton = document.getElementById('export');
  resolution = document.getElementById('resolution');

  exportButton.addEventListener('click', start);
  on('settings', fillResolutions);
  on('session', () => {
    generation++;
    for (const timer of polling.values()) {
      clearTimeout(timer);
    }
    polling.clear();
    known.clear();
    items.clear();
    list.replaceChildren();
    showEmpty();
  });
  on('exports-changed', () => {
    reloadList().catch(notifyError);
  });
  on('state', showReady);
  on('turn', showReady);
  onLangChange(() => {
    for (const x of known.values()) {
      draw(x);
    }
  });
  fillResolutions();
  showReady();
  showEmpty();
}

function fillResolutions() {
  const settings = store.settings || DEFAULT_SETTINGS;
  const names = Array.isArray(settings.resolutions) && settings.resolutions.length ? settings.resolutions : DEFAULT_SETTINGS.resolutions;
  const chosen = resolution.value || '720p';
  resolution.replaceChildren(...names.map((name) => {
    const option = el('option', null, name);
    option.value = name;
    return option;
  }));
  resolution.value = names.includes(chosen) ? chosen : names.includes('720p') ? '720p' : names[0];
}

function showReady() {
  const ready = Boolean(store.sessionId && store.version > 0);
  exportButton.setAttribute('aria-disabled', String(!ready));
  exportButton.title = ready ? '' : t('export.noDraft');
}

function showEmpty() {
  // The list stays shown even when empty: it keeps its accessible name for whoever looks for it.
  empty.hidden = known.size > 0;
}

async function start() {
  if (!store.sessionId || !(store.version > 0)) {
    notify(t('export.noDraft'));
    return;
  }
  const res = resolution.value || '720p';
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  const id = 'render_' + Date.now() + '_' + random;
  const mine = generation;
  const sid = store.sessionId;
  try {
    const data = await request('/api/render/proxy/lambda', {
      method: 'POST',
      json: { id, sessionId: sid, output: { format: 'mp4', quality: 'high', resolution: res } },
    });
    if (mine !== generation) {
      return;
    }
    const x = { id: data.id || id, status: data.status || 'pending', progress: data.progress || 0, resolution: res,
      createdAt: new Date().toISOString(), output: null, error: null };
    known.set(x.id, x);
    draw(x, true);
    notify(t('export.started', { res }));
    poll(x.id);
  } catch (e) {
    notifyError(e);
  }
}

/** The session's exports from the server (newest first); unfinished ones are followed. */
async function reloadList() {
  const sid = store.sessionId;
  if (!sid) {
    return;
  }
  const mine = generation;
  const data = await request('/api/sessions/' + seg(sid) + '/exports');
  if (mine !== generation) {
    return;
  }
  const exports = Array.isArray(data.exports) ? data.exports : [];
  for (const x of exports.slice().reverse()) {
    const before = known.get(x.id);
    known.set(x.id, { ...before, ...x });
    draw(known.get(x.id), !before);
  }
  // Keep the server's order: newest first.
  for (const x of exports.slice().reverse()) {
    const item = items.get(x.id);
    if (item) {
      list.prepend(item.li);
    }
  }
  for (const x of exports) {
    if (ACTIVE.has(x.status)) {
      poll(x.id);
    }
  }
  showEmpty();
}

function poll(id) {
  if (polling.has(id)) {
    return;
  }
  const mine = generation;
  const step = async () => {
    let finished = false;
    try {
      const data = await request('/api/render/proxy/lambda/' + seg(id));
      if (mine !== generation) {
        return;
      }
      const x = { ...known.get(id), ...data };
      known.set(id, x);
      draw(x);
      finished = !ACTIVE.has(x.status);
      if (finished) {
        polling.delete(id);
        if (x.status === 'completed') {
          notify(t('export.ready', { res: x.resolution || '' }));
        } else if (x.status === 'failed') {
          notify(t('export.failedNote', { res: x.resolution || '', error: x.error || '' }), 'error');
        }
        refreshCredits().catch(() => {});
        reloadList().catch(() => {});
        return;
      }
    } catch (e) {
      if (mine !== generation) {
        return;
      }
      if (e && e.code === 429) {
        polling.set(id, setTimeout(step, (e.retryAfter || 2) * 1000));
        return;
      }
      if (e && e.status === 404) {
        polling.delete(id);
        return;
      }
    }
    polling.set(id, setTimeout(step, POLL_MS));
  };
  polling.set(id, setTimeout(step, POLL_MS));
}

function parts(id) {
  let item = items.get(id);
  if (item) {
    return item;
  }
  const li = el('li', 'export');
  li.dataset.exportId = id;
  const head = el('div', 'export-head');
  const res = el('span', 'export-res');
  const status = el('span', 'export-status');
  const time = el('span', 'export-time muted');
  head.append(res, status, time);
  const progress = el('progress');
  progress.max = 100;
  const error = el('p', 'export-error');
  error.hidden = true;
  const actions = el('div', 'export-actions');
  const download = el('button', 'btn btn-small btn-primary');
  download.type = 'button';
  download.addEventListener('click', () => save(id, download));
  const cancel = el('button', 'btn btn-small');
  cancel.type = 'button';
  cancel.addEventListener('click', () => stop(id, cancel));
  actions.append(download, cancel);
  li.append(head, progress, error, actions);
  item = { li, res, status, time, progress, error, download, cancel };
  items.set(id, item);
  return item;
}

/** Draws one export in place (so focus and references survive updates); new ones go on top. */
function draw(x, isNew) {
  const item = parts(x.id);
  if (!item.li.isConnected) {
    if (isNew) {
      list.prepend(item.li);
    } else {
      list.append(item.li);
    }
  }
  const status = String(x.status || 'pending');
  const progress = Math.max(0, Math.min(100, Number(x.progress) || 0));
  item.li.dataset.status = status;
  item.res.textContent = x.resolution || '';
  const statusKey = 'export.status.' + status;
  const statusName = t(statusKey) === statusKey ? status : t(statusKey);
  const size = x.output && x.output.size ? ' · ' + bytes(x.output.size) : '';
  item.status.textContent = ACTIVE.has(status) ? statusName + ' · ' + Math.round(progress) + ' %' : statusName + size;
  item.time.textContent = x.createdAt ? when(x.createdAt) : '';
  item.progress.value = status === 'completed' ? 100 : progress;
  item.progress.setAttribute('aria-label', t('export.progress', { res: x.resolution || '' }));
  item.progress.hidden = status === 'cancelled' || status === 'failed';
  item.error.textContent = status === 'failed' && x.error ? String(x.error) : '';
  item.error.hidden = !(status === 'failed' && x.error);
  item.download.textContent = t('export.download');
  item.download.hidden = status !== 'completed';
  item.cancel.textContent = t('export.cancel');
  item.cancel.hidden = !ACTIVE.has(status);
  showEmpty();
}

async function save(id, button) {
  if (button.getAttribute('aria-busy') === 'true') {
    return;
  }
  const name = 'reelwright-' + id + '.mp4';
  button.setAttribute('aria-busy', 'true');
  notify(t('export.downloading', { name }));
  try {
    const { blob } = await fetchBlob('/api/render/proxy/' + seg(id) + '/download');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    notifyError(e);
  } finally {
    button.setAttribute('aria-busy', 'false');
  }
}

async function stop(id, button) {
  button.setAttribute('aria-disabled', 'true');
  try {
    const data = await request('/api/render/proxy/lambda/' + seg(id) + '/cancel', { method: 'POST' });
    const x = { ...known.get(id), ...data };
    known.set(id, x);
    draw(x);
    refreshCredits().catch(() => {});
  } catch (e) {
    notifyError(e);
  } finally {
    button.setAttribute('aria-disabled', 'false');
  }
}
