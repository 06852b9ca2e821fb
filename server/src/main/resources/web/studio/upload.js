// Uploads (the picker, or files dropped anywhere on the page) with a progress bar per file, checked
// against the server's limits first; and the session's media list.

import { uploadFile, fetchBlob, seg, ApiError } from './api.js';
import { t, onLangChange } from './i18n.js';
import { bytes, duration, el } from './format.js';
import { store, on, DEFAULT_SETTINGS } from './store.js';
import { reloadState, whenSessionOpen } from './session.js';
import { notifyError } from './notice.js';

let input;
let rows;
let mediaList;
let mediaEmpty;
let overlay;
let dragDepth = 0;
let queue = Promise.resolve();
const thumbnails = new Map(); // media_id → blob URL (or a pending promise)

export function initUpload() {
  input = document.getElementById('upload-input');
  rows = document.querySelector('.uploads');
  mediaList = document.getElementById('media-list');
  mediaEmpty = document.getElementById('media-empty');
  overlay = document.getElementById('drop-overlay');

  input.addEventListener('change', () => {
    const files = Array.from(input.files || []);
    input.value = '';
    if (files.length) {
      uploadAll(files);
    }
  });

  const hasFiles = (event) => Array.from(event.dataTransfer ? event.dataTransfer.types : []).includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    dragDepth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) {
      overlay.hidden = true;
    }
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    const files = Array.from(event.dataTransfer.files || []);
    if (files.length) {
      uploadAll(files);
    }
  });

  on('settings', setAccept);
  on('state', renderMedia);
  on('session', () => {
    for (const url of thumbnails.values()) {
      if (typeof url === 'string') {
        URL.revokeObjectURL(url);
      }
    }
    thumbnails.clear();
    rows.replaceChildren();
    renderMedia();
  });
  onLangChange(renderMedia);
  setAccept();
  renderMedia();
}

function settings() {
  return store.settings || DEFAULT_SETTINGS;
}

function setAccept() {
  const accepted = settings().accepted || {};
  const extensions = Object.values(accepted).flat().map((ext) => '.' + String(ext).toLowerCase());
  if (extensions.length) {
    input.setAttribute('accept', extensions.join(','));
  }
}

function extensionOf(name) {
  const at = name.lastIndexOf('.');
  return at > 0 ? name.slice(at + 1).toLowerCase() : '';
}

/** Why the server would refuse this file, in the UI language; null when it may be sent. */
function refusal(file) {
  const { accepted = {}, upload_max_bytes: max } = settings();
  const extension = extensionOf(file.name);
  const known = Object.values(accepted).some((list) => Array.isArray(list) && list.map((e) => String(e).toLowerCase()).includes(extension));
  if (!known) {
    const list = Object.entries(accepted).map(([kind, exts]) => t('media.kind.' + kind) + ' (' + exts.join(', ') + ')').join('; ');
    return t('upload.refusedType', { name: file.name, list });
  }
  if (Number(max) > 0 && file.size > Number(max)) {
    return t('upload.refusedSize', { name: file.name, size: bytes(file.size), max: bytes(max) });
  }
  return null;
}

function row(file) {
  const item = el('li', 'upload');
  const name = el('span', 'upload-name', file.name);
  const progress = el('progress');
  progress.max = 100;
  progress.value = 0;
  progress.setAttribute('aria-label', t('upload.progress', { name: file.name }));
  const state = el('span', 'upload-state', t('upload.waiting'));
  const message = el('p', 'upload-message');
  message.hidden = true;
  item.append(name, state, progress, message);
  rows.append(item);
  return { item, progress, state, message };
}

function refuse(parts, text) {
  parts.item.classList.add('refused');
  parts.progress.hidden = true;
  parts.state.textContent = '';
  parts.message.textContent = text;
  parts.message.hidden = false;
  const dismiss = el('button', 'btn btn-small btn-quiet upload-dismiss', t('upload.dismiss'));
  dismiss.type = 'button';
  dismiss.addEventListener('click', () => parts.item.remove());
  parts.item.append(dismiss);
}

/** Uploads files one after another (one request each), then reloads the media list. */
function uploadAll(files) {
  const jobs = files.map((file) => ({ file, parts: row(file) }));
  queue = queue.then(async () => {
    const sid = await whenSessionOpen();
    let kept = 0;
    for (const { file, parts } of jobs) {
      const refused = refusal(file);
      if (refused) {
        refuse(parts, refused);
        continue;
      }
      try {
        parts.state.textContent = t('upload.sending', { p: 0 });
        await uploadFile('/api/upload-video/nemo_agent/me/' + seg(sid), file, {
          onProgress: (fraction) => {
            const p = Math.round(fraction * 100);
            parts.progress.value = p;
            parts.state.textContent = t('upload.sending', { p });
          },
        });
        kept++;
        parts.progress.value = 100;
        parts.state.textContent = t('upload.done');
        parts.item.classList.add('done');
        setTimeout(() => parts.item.remove(), 5000);
      } catch (e) {
        refuse(parts, e instanceof ApiError ? e.message : String(e));
      }
    }
    if (kept && sid === store.sessionId) {
      try {
        await reloadState();
      } catch (e) {
        notifyError(e);
      }
    }
  });
}

function kindName(kind) {
  const key = 'media.kind.' + kind;
  const name = t(key);
  return name === key ? t('media.kind.other') : name;
}

function renderMedia() {
  const media = Array.isArray(store.media) ? store.media : [];
  // The list itself stays shown (empty, it takes no room) so it keeps its accessible name.
  mediaEmpty.hidden = media.length > 0;
  mediaList.replaceChildren(...media.map((file) => {
    const item = el('li', 'media-item');
    item.dataset.mediaId = String(file.media_id);
    const thumb = el('span', 'media-thumb kind-' + String(file.file_type || 'other'));
    thumb.setAttribute('aria-hidden', 'true');
    if (file.file_type === 'image' && file.cdn_url) {
      showThumbnail(thumb, file);
    }
    const text = el('span', 'media-text');
    text.append(el('span', 'media-name', file.filename || ''));
    const facts = [kindName(file.file_type)];
    if (file.width && file.height) {
      facts.push(file.width + '×' + file.height);
    }
    const length = duration(file.duration);
    if (length && file.file_type !== 'image') {
      facts.push(length);
    }
    if (file.size) {
      facts.push(bytes(file.size));
    }
    text.append(el('span', 'media-facts', facts.join(' · ')));
    item.append(thumb, text);
    return item;
  }));
}

/** An image's thumbnail: its cdn_url fetched with the token into a blob URL (same origin only). */
function showThumbnail(thumb, file) {
  let path;
  try {
    const url = new URL(file.cdn_url, location.href);
    if (url.origin !== location.origin) {
      return;
    }
    path = url.pathname + url.search;
  } catch {
    return;
  }
  const id = String(file.media_id);
  const put = (blobUrl) => {
    const img = el('img');
    img.alt = '';
    img.src = blobUrl;
    thumb.replaceChildren(img);
    thumb.classList.add('has-image');
  };
  const known = thumbnails.get(id);
  if (typeof known === 'string') {
    put(known);
    return;
  }
  const pending = known || fetchBlob(path).then(({ blob }) => {
    const blobUrl = URL.createObjectURL(blob);
    thumbnails.set(id, blobUrl);
    return blobUrl;
  });
  thumbnails.set(id, pending);
  pending.then((blobUrl) => {
    if (thumb.isConnected) {
      put(blobUrl);
    }
  }).catch(() => {
    thumbnails.delete(id);
  });
}
