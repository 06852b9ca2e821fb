// The open session: choosing, creating and reloading it, and the account's credits.

import { request, seg, grantedCredits } from './api.js';
import { langTag } from './i18n.js';
import { store, emit } from './store.js';

const SESSION_KEY = 'reelwright.session';

function keep(id) {
  try {
    localStorage.setItem(SESSION_KEY, id);
  } catch {
    // Not kept across reloads; nothing else changes.
  }
}

export function keptSessionId() {
  try {
    return localStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

/** Credits: available, frozen, total. Shows the registration link at 0. */
export async function refreshCredits() {
  const data = await request('/api/credits/balance/simple');
  store.credits = data;
  if (Number(data.available) <= 0) {
    store.showRegister = true;
  }
  emit('credits', data);
  return data;
}

/** The first paint's credits, from the token grant, before the balance answers. */
export function showGrantedCredits() {
  if (grantedCredits != null && store.credits == null) {
    store.credits = { available: grantedCredits, frozen: 0, total: grantedCredits };
    emit('credits', store.credits);
  }
}

/** This account's sessions, newest first. */
export async function refreshSessions() {
  const data = await request('/api/sessions');
  store.sessions = Array.isArray(data.sessions) ? data.sessions : [];
  emit('sessions', store.sessions);
  return store.sessions;
}

/** Reloads the open session's draft, scenes and media; a new draft version tells the preview. */
export async function reloadState() {
  const sid = store.sessionId;
  if (!sid) {
    return;
  }
  const data = await request('/api/state/nemo_agent/me/' + seg(sid) + '/latest');
  if (sid !== store.sessionId) {
    return;
  }
  const state = data.state && typeof data.state === 'object' ? data.state : {};
  store.draft = state.draft && typeof state.draft === 'object' ? state.draft : null;
  store.scenes = Array.isArray(state.scenes) ? state.scenes : [];
  store.media = Array.isArray(state.video_infos) ? state.video_infos : [];
  const version = Number(state.draft_version) || 0;
  const changed = version !== store.version;
  store.version = version;
  emit('state', store);
  if (changed) {
    emit('version', version);
  }
}

let announceOpen = null;
const opened = new Promise((resolve) => {
  announceOpen = resolve;
});

/** Resolves once a session is open (at once when one is). */
export function whenSessionOpen() {
  return store.sessionId ? Promise.resolve(store.sessionId) : opened;
}

/** Opens a session: its state, media, exports and preview. */
export async function openSession(id) {
  store.sessionId = id;
  announceOpen(id);
  store.draft = null;
  store.scenes = [];
  store.media = [];
  store.version = 0;
  store.selectedId = null;
  store.timeMs = 0;
  keep(id);
  emit('session', id);
  emit('select', null);
  await reloadState();
  emit('exports-changed');
}

/** A new session in the UI language, opened at once. */
export async function newSession() {
  const data = await request('/api/tasks/me/with-session/nemo_agent', {
    method: 'POST',
    json: { task_name: 'studio', language: langTag() },
  });
  await openSession(data.session_id);
  try {
    await refreshSessions();
  } catch {
    // The list catches up next time; the new session is open either way.
  }
  return data.session_id;
}

/** The open session's entry in the list, if it is there. */
export function currentSessionInfo() {
  return store.sessions.find((s) => s.session_id === store.sessionId) || null;
}
