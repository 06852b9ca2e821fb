// The studio's entry: the header (sessions, credits, registration, language), the undo and redo
// buttons, and the start: settings, the token, the balance, then the kept session or a new one.

import { request, ensureToken, account, currentToken } from './api.js';
import { t, lang, setLang, applyStatic, onLangChange } from './i18n.js';
import { when, el } from './format.js';
import { store, on, emit, DEFAULT_SETTINGS } from './store.js';
import {
  refreshCredits, refreshSessions, openSession, newSession, keptSessionId, showGrantedCredits,
} from './session.js';
import { initNotice, notify, notifyError } from './notice.js';
import { initChat, runOperation } from './chat.js';
import { initUpload } from './upload.js';
import { initTimeline } from './timeline.js';
import { initProperties } from './properties.js';
import { initPreview } from './preview.js';
import { initExports } from './exports.js';

const $ = (id) => document.getElementById(id);

function initHeader() {
  const sessions = $('session-select');
  const language = $('language-select');
  language.value = lang();
  language.addEventListener('change', () => setLang(language.value));

  sessions.addEventListener('change', () => {
    const id = sessions.value;
    if (id && id !== store.sessionId) {
      openSession(id).catch(notifyError);
    }
  });
  $('new-session').addEventListener('click', async () => {
    const button = $('new-session');
    if (button.getAttribute('aria-busy') === 'true') {
      return;
    }
    button.setAttribute('aria-busy', 'true');
    try {
      await newSession();
    } catch (e) {
      notifyError(e);
    } finally {
      button.setAttribute('aria-busy', 'false');
    }
  });
  $('copy-token').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(currentToken() || '');
      notify(t('token.copied'));
    } catch {
      notify(t('token.copyFailed'), 'error');
    }
  });

  on('sessions', drawSessions);
  on('session', drawSessions);
  on('credits', drawCredits);
  on('register', () => {
    store.showRegister = true;
    drawCredits();
  });
  onLangChange((next) => {
    language.value = next;
    drawSessions();
    drawCredits();
  });
  drawCredits();
}

function drawSessions() {
  const select = $('session-select');
  const listed = store.sessions.slice();
  if (store.sessionId && !listed.some((s) => s.session_id === store.sessionId)) {
    listed.unshift({ session_id: store.sessionId, title: null, updated_at_ms: Date.now() });
  }
  select.replaceChildren(...listed.map((s) => {
    const title = s.title || t('session.untitled');
    const stamp = when(s.updated_at_ms || s.created_at_ms);
    const option = el('option', null, stamp ? t('session.label', { title, when: stamp }) : title);
    option.value = s.session_id;
    return option;
  }));
  if (store.sessionId) {
    select.value = store.sessionId;
  }
}

function drawCredits() {
  const credits = $('credits');
  const c = store.credits;
  if (c && Number.isFinite(Number(c.available))) {
    const n = Number(c.available);
    const frozen = Number(c.frozen) || 0;
    credits.textContent = frozen > 0 ? t('credits.countFrozen', { n, f: frozen }) : t('credits.count', { n });
    credits.classList.toggle('empty', n <= 0);
  } else {
    credits.textContent = t('credits.unknown');
  }
  const link = $('register-link');
  const { user_id: userId } = account();
  const show = Boolean(store.showRegister && userId);
  if (userId) {
    link.href = '/bind?bind=' + encodeURIComponent(userId);
  }
  link.hidden = !show;
  $('copy-token').hidden = !show;
}

function initToolbar() {
  const undo = $('undo');
  const redo = $('redo');
  const run = (name) => {
    if (!store.sessionId || !(store.version > 0)) {
      return;
    }
    runOperation(name, {}, t(name === 'undo' ? 'op.undo' : 'op.redo'));
  };
  undo.addEventListener('click', () => run('undo'));
  redo.addEventListener('click', () => run('redo'));
  const show = () => {
    const off = !store.sessionId || !(store.version > 0) || store.turnActive;
    undo.setAttribute('aria-disabled', String(off));
    redo.setAttribute('aria-disabled', String(off));
  };
  on('state', show);
  on('turn', show);
  on('session', show);
  show();
}

async function loadSettings() {
  try {
    const data = await request('/api/studio/settings', { auth: false });
    store.settings = { ...DEFAULT_SETTINGS, ...data };
  } catch (e) {
    store.settings = { ...DEFAULT_SETTINGS };
    notifyError(e);
  }
  emit('settings', store.settings);
}

async function start() {
  applyStatic();
  initNotice();
  initHeader();
  initToolbar();
  initPreview();
  initTimeline();
  initProperties();
  initChat();
  initUpload();
  initExports();

  const settings = loadSettings();
  try {
    await ensureToken();
    showGrantedCredits();
    const [, sessions] = await Promise.all([refreshCredits(), refreshSessions()]);
    const kept = keptSessionId();
    if (kept && sessions.some((s) => s.session_id === kept)) {
      await openSession(kept);
    } else {
      await newSession();
    }
  } catch (e) {
    notifyError(e);
  }
  await settings;
}

start().catch(notifyError);
