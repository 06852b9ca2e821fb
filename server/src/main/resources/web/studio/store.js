// What the studio knows now, and a small event bus the panels listen on.
//
// Events: 'settings', 'session' (another session opened), 'state' (draft, scenes or media
// reloaded), 'version' (the draft version changed), 'credits', 'sessions', 'select' (a segment
// chosen or cleared), 'seek' (ms: move the preview there), 'time' (ms: where the preview is),
// 'toggle-play', 'turn' (a chat turn or operation started or ended), 'register' (show the
// registration link), 'exports-changed'.

export const store = {
  settings: null,
  sessionId: null,
  sessions: [],
  draft: null,
  version: 0,
  scenes: [],
  media: [],
  credits: null,
  selectedId: null,
  timeMs: 0,
  playing: false,
  turnActive: false,
  showRegister: false,
};

const listeners = new Map();

export function on(event, listener) {
  if (!listeners.has(event)) {
    listeners.set(event, new Set());
  }
  listeners.get(event).add(listener);
}

export function emit(event, payload) {
  const set = listeners.get(event);
  if (!set) {
    return;
  }
  for (const listener of set) {
    try {
      listener(payload);
    } catch (e) {
      // One panel's mistake must not stop the others from updating.
      console.error('studio: a listener of ' + event + ' failed', e);
    }
  }
}

let busyCount = 0;

function showBusy() {
  document.body.dataset.busy = busyCount > 0 ? 'true' : 'false';
}

/**
 * Marks the page busy (body[data-busy="true"]) until the returned function is called; calls
 * nest, and each release counts once however often it is called.
 */
export function busy() {
  busyCount++;
  showBusy();
  let released = false;
  return () => {
    if (!released) {
      released = true;
      busyCount = Math.max(0, busyCount - 1);
      showBusy();
    }
  };
}

/** Default settings, until (or if never) the server's arrive. */
export const DEFAULT_SETTINGS = {
  upload_max_bytes: 500 * 1024 * 1024,
  accepted: {
    video: ['avi', 'mkv', 'mov', 'mp4', 'webm'],
    image: ['gif', 'jpeg', 'jpg', 'png', 'webp'],
    audio: ['aac', 'm4a', 'mp3', 'wav'],
    document: ['docx', 'md', 'pdf', 'srt', 'txt'],
  },
  resolutions: ['1080p', '720p', '480p'],
  transitions: ['fade', 'none'],
  preview_lines: 360,
};
