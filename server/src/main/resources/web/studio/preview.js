// The preview: a 360p render of the shown draft version, fetched with the token into a blob URL,
// kept at the same moment across versions, and kept in step with the timeline's playhead.

import { fetchBlob, seg } from './api.js';
import { t, onLangChange } from './i18n.js';
import { clock } from './format.js';
import { store, on, emit, busy } from './store.js';
import { totalMs } from './draft.js';

let video;
let stage;
let emptyNote;
let timeLine;
let versionLine;
let statusLine;
let objectUrl = null;
let loading = null; // {version, controller, release}
let shownVersion = 0;
let pendingSeekMs = null;
let frame = 0;
let failure = '';

export function initPreview() {
  video = document.getElementById('preview');
  stage = video.closest('.stage');
  emptyNote = document.getElementById('preview-empty');
  timeLine = document.getElementById('preview-time');
  versionLine = document.getElementById('preview-version');
  statusLine = document.getElementById('preview-status');

  video.addEventListener('timeupdate', report);
  video.addEventListener('seeked', report);
  video.addEventListener('play', () => {
    store.playing = true;
    loop();
  });
  video.addEventListener('pause', stopped);
  video.addEventListener('ended', stopped);

  on('session', () => {
    cancelLoading();
    clear();
  });
  on('version', (version) => load(version));
  on('seek', (ms) => seek(ms));
  on('toggle-play', togglePlay);
  on('state', showTime);
  clear();
  onLangChange(() => {
    showVersion();
    showStatus();
  });
}

function stopped() {
  store.playing = false;
  cancelAnimationFrame(frame);
  report();
}

function loop() {
  cancelAnimationFrame(frame);
  const step = () => {
    report();
    if (!video.paused && !video.ended) {
      frame = requestAnimationFrame(step);
    }
  };
  frame = requestAnimationFrame(step);
}

function report() {
  if (!video.src) {
    return;
  }
  const ms = Math.round(video.currentTime * 1000);
  store.timeMs = ms;
  emit('time', ms);
  showTime();
}

function showTime() {
  const total = store.draft ? totalMs(store.draft) : (Number.isFinite(video.duration) ? video.duration * 1000 : 0);
  timeLine.textContent = clock(store.timeMs) + ' / ' + clock(total);
}

function showVersion() {
  versionLine.textContent = shownVersion ? t('preview.version', { n: shownVersion }) : '';
}

function showStatus() {
  if (loading) {
    statusLine.textContent = t('preview.preparing');
    statusLine.classList.remove('error');
  } else if (failure) {
    statusLine.textContent = failure;
    statusLine.classList.add('error');
  } else {
    statusLine.textContent = '';
    statusLine.classList.remove('error');
  }
  emptyNote.textContent = loading && !video.src ? t('preview.preparing') : t('preview.empty');
}

function cancelLoading() {
  if (loading) {
    loading.controller.abort();
    loading.release();
    loading = null;
  }
}

function clear() {
  video.pause();
  video.removeAttribute('src');
  video.load();
  if (objectUrl) {
    URL.revokeObjectURL(objectUrl);
    objectUrl = null;
  }
  delete video.dataset.draftVersion;
  // Chromium names a video without a source "Unable to play media.": it stays hidden until a preview has loaded.
  video.hidden = true;
  stage.classList.add('is-empty');
  emptyNote.hidden = false;
  shownVersion = 0;
  failure = '';
  pendingSeekMs = null;
  store.timeMs = 0;
  emit('time', 0);
  showVersion();
  showStatus();
  showTime();
}

/** Waits until the video knows its size and length (or fails). */
function metadata(element) {
  return new Promise((resolve, reject) => {
    const done = () => {
      element.removeEventListener('loadedmetadata', done);
      element.removeEventListener('error', failed);
      resolve();
    };
    const failed = () => {
      element.removeEventListener('loadedmetadata', done);
      element.removeEventListener('error', failed);
      reject(new Error(t('preview.unplayable')));
    };
    element.addEventListener('loadedmetadata', done);
    element.addEventListener('error', failed);
  });
}

/** Loads the preview of a draft version (the newest asked wins; older loads are dropped). */
export async function load(version) {
  if (!version) {
    cancelLoading();
    clear();
    return;
  }
  if (loading && loading.version === version) {
    return;
  }
  cancelLoading();
  const sid = store.sessionId;
  const controller = new AbortController();
  const mine = { version, controller, release: busy() };
  loading = mine;
  failure = '';
  showStatus();
  try {
    const { blob } = await fetchBlob('/api/sessions/' + seg(sid) + '/preview?version=' + encodeURIComponent(version),
      { signal: controller.signal });
    if (loading !== mine) {
      return;
    }
    const keepMs = pendingSeekMs != null ? pendingSeekMs : video.src ? video.currentTime * 1000 : store.timeMs;
    const wasPlaying = video.src && !video.paused && !video.ended;
    const url = URL.createObjectURL(blob);
    const old = objectUrl;
    objectUrl = url;
    const ready = metadata(video);
    video.src = url;
    if (old) {
      URL.revokeObjectURL(old);
    }
    await ready;
    if (loading !== mine) {
      return;
    }
    video.hidden = false;
    stage.classList.remove('is-empty');
    emptyNote.hidden = true;
    const length = Number.isFinite(video.duration) ? video.duration * 1000 : 0;
    const at = Math.max(0, Math.min(keepMs || 0, length > 100 ? length - 50 : 0));
    if (at > 0) {
      video.currentTime = at / 1000;
    }
    pendingSeekMs = null;
    shownVersion = version;
    video.dataset.draftVersion = String(version);
    showVersion();
    report();
    if (wasPlaying) {
      video.play().catch(() => {});
    }
  } catch (e) {
    if (e && e.name === 'AbortError') {
      return;
    }
    if (loading === mine) {
      failure = t('preview.failed', { message: e && e.message ? e.message : String(e) });
    }
  } finally {
    if (loading === mine) {
      loading = null;
    }
    mine.release();
    showStatus();
  }
}

/** Moves the preview to ms (or remembers it until the preview has loaded). */
export function seek(ms) {
  const target = Math.max(0, Number(ms) || 0);
  store.timeMs = target;
  if (video.src && video.readyState >= 1) {
    const length = Number.isFinite(video.duration) ? video.duration * 1000 : target;
    video.currentTime = Math.min(target, Math.max(0, length - 1)) / 1000;
  } else {
    pendingSeekMs = target;
  }
  emit('time', target);
  showTime();
}

export function togglePlay() {
  if (!video.src) {
    return;
  }
  if (video.paused || video.ended) {
    video.play().catch(() => {});
  } else {
    video.pause();
  }
}
