// The conversation: the composer (Enter sends, Shift+Enter a new line), the log, and streamed
// turns: chat messages (/run_sse) and typed operations (/api/sessions/{sid}/operations), both read
// as server-sent events, resumed with Last-Event-ID when the connection drops.

import { stream, seg, ApiError } from './api.js';
import { t, onLangChange } from './i18n.js';
import { store, on, emit, busy } from './store.js';
import { reloadState, refreshCredits, refreshSessions, currentSessionInfo, whenSessionOpen } from './session.js';
import { notify } from './notice.js';
import { el } from './format.js';

const RESUMES = 2;

let log;
let box;
let sendButton;
let statusLine;
let statusText;
let statusTime;
let statusKey = null; // the i18n key of the status shown, when it is one of ours
let statusStarted = 0;
let statusTimer = 0;

export function initChat() {
  log = document.getElementById('conversation');
  box = document.getElementById('message');
  sendButton = document.getElementById('send');
  statusLine = document.getElementById('reply-status');
  statusText = el('span', 'rs-text');
  statusTime = el('span', 'rs-time');
  statusTime.setAttribute('aria-hidden', 'true');
  statusLine.replaceChildren(statusText, statusTime);

  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey
        && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      send();
    }
  });
  box.addEventListener('input', grow);
  sendButton.addEventListener('click', send);

  on('session', resetConversation);
  on('state', noteReopened);
  on('turn', (active) => {
    sendButton.setAttribute('aria-disabled', String(Boolean(active)));
  });
  onLangChange(() => {
    if (statusKey) {
      statusText.textContent = t(statusKey);
    }
  });
}

function grow() {
  box.style.height = 'auto';
  const max = Math.max(120, Math.round(window.innerHeight * 0.4));
  box.style.height = Math.min(box.scrollHeight + 2, max) + 'px';
}

function send() {
  const text = box.value;
  if (!text.trim()) {
    notify(t('chat.empty'));
    box.focus();
    return;
  }
  if (store.turnActive || waitingForSession) {
    notify(t('chat.waitTurn'));
    return;
  }
  box.value = '';
  grow();
  if (store.sessionId) {
    runTurn({ message: text });
    return;
  }
  // Sent while the first session is still being opened: busy at once, the turn as soon as it is open.
  const release = busy();
  waitingForSession = true;
  whenSessionOpen().then(() => {
    waitingForSession = false;
    const turn = runTurn({ message: text });
    release();
    return turn;
  });
}

let waitingForSession = false;

let pendingReopenNote = false;

function resetConversation() {
  const welcome = el('p', 'hint welcome', t('chat.welcome'));
  welcome.dataset.i18n = 'chat.welcome';
  log.replaceChildren(welcome);
  setStatus(null);
  pendingReopenNote = true;
}

function noteReopened() {
  if (!pendingReopenNote) {
    return;
  }
  pendingReopenNote = false;
  if (!store.draft) {
    return;
  }
  const info = currentSessionInfo();
  const title = (info && info.title) || (store.draft.m && store.draft.m.title) || t('session.untitled');
  log.append(el('p', 'hint reopened', t('chat.reopened', { title })));
}

function nearBottom() {
  return log.scrollHeight - log.scrollTop - log.clientHeight < 120;
}

function scrollDown(force) {
  if (force || nearBottom()) {
    log.scrollTop = log.scrollHeight;
  }
}

function addMessage(author, text, extraClass) {
  const msg = el('div', 'msg msg-' + author + (extraClass ? ' ' + extraClass : ''));
  msg.dataset.author = author;
  const body = el('div', 'msg-body', text);
  msg.append(body);
  log.append(msg);
  scrollDown(true);
  return { msg, body, notes: null, calls: new Map() };
}

function addNote(agent, call) {
  if (!agent.notes) {
    agent.notes = el('div', 'tool-notes');
    agent.msg.append(agent.notes);
  }
  const name = String(call.name || '');
  const note = el('span', 'tool-note', '· ' + name);
  note.dataset.tool = name;
  agent.notes.append(note);
  agent.calls.set(call.id != null ? String(call.id) : 'name:' + name + ':' + agent.calls.size, note);
  scrollDown();
}

function doneNote(agent, response) {
  const name = String(response.name || '');
  let note = response.id != null ? agent.calls.get(String(response.id)) : null;
  if (!note && agent.notes) {
    note = Array.from(agent.notes.querySelectorAll('.tool-note:not(.done)')).find((n) => n.dataset.tool === name) || null;
  }
  if (!note) {
    addNote(agent, { name });
    note = agent.notes.lastElementChild;
  }
  const answer = response.response && typeof response.response === 'object' ? response.response : {};
  const refused = answer.status === 'refused' || answer.status === 'error';
  note.textContent = (refused ? '✕ ' : '✓ ') + name;
  note.classList.add('done');
  note.classList.toggle('refused', refused);
}

function showError(agent, message) {
  agent.msg.classList.add('error');
  agent.body.textContent = String(message || t('error.network'));
  scrollDown();
}

/** Shows a "still working" line (server text, or one of ours by key); null hides it. */
function setStatus(text, key) {
  clearInterval(statusTimer);
  if (text == null) {
    statusKey = null;
    statusText.textContent = '';
    statusTime.textContent = '';
    statusLine.hidden = true;
    return;
  }
  statusKey = key || null;
  statusText.textContent = text;
  statusLine.hidden = false;
  const tick = () => {
    const s = Math.floor((Date.now() - statusStarted) / 1000);
    statusTime.textContent = s >= 3 ? t('status.elapsed', { s }) : '';
  };
  tick();
  statusTimer = setInterval(tick, 1000);
}

function isStatusLine(text) {
  return /(\.\.\.|…)\s*$/.test(text.trim());
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs a streamed turn: {message} for a chat message, or {operation, args, label} for a typed
 * edit. Answers true when the turn completed without an error.
 */
async function runTurn(request) {
  const release = busy();
  store.turnActive = true;
  emit('turn', true);
  const sid = store.sessionId;
  const isOperation = Boolean(request.operation);
  const firstPath = isOperation ? '/api/sessions/' + seg(sid) + '/operations' : '/run_sse';
  const firstBody = isOperation
    ? { operation: request.operation, args: request.args || {}, draft_version: store.version }
    : {
      app_name: 'nemo_agent',
      user_id: 'me',
      session_id: sid,
      new_message: { role: 'user', parts: [{ text: request.message }] },
      streaming: true,
    };
  // A resumed operation is read from /run_sse: only it takes Last-Event-ID; without new_message
  // it cannot start a second turn if the first one is no longer known.
  const resumeBody = isOperation ? { app_name: 'nemo_agent', user_id: 'me', session_id: sid, streaming: true } : firstBody;

  addMessage('user', isOperation ? '✎ ' + request.label : request.message, isOperation ? 'op' : '');
  const agent = addMessage('agent', '');
  agent.msg.setAttribute('aria-busy', 'true');
  statusStarted = Date.now();
  setStatus(t('status.working'), 'status.working');

  let lastId = null;
  let complete = false;
  let ok = false;
  let streamed = '';
  let sawText = false;
  let replyStarted = false;

  const onEvent = (event, id) => {
    if (id) {
      lastId = id;
    }
    if (event.errorCode != null && event.errorCode !== '') {
      const parts = event.content && Array.isArray(event.content.parts) ? event.content.parts : [];
      const text = event.errorMessage || parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
      showError(agent, text);
      sawText = true;
      const code = String(event.errorCode);
      if (code === '2001') {
        emit('register');
      }
      if (code === '409') {
        notify(t('turn.conflict'));
      }
      complete = true;
      ok = false;
      return;
    }
    const parts = event.content && Array.isArray(event.content.parts) ? event.content.parts : [];
    const finalTexts = [];
    for (const part of parts) {
      if (!part || typeof part !== 'object') {
        continue;
      }
      if (typeof part.text === 'string') {
        if (event.turnComplete) {
          finalTexts.push(part.text);
        } else if (event.partial) {
          if (!replyStarted && isStatusLine(part.text)) {
            setStatus(part.text.trim());
          } else {
            replyStarted = true;
            streamed += part.text;
            agent.body.textContent = streamed;
            sawText = true;
            scrollDown();
          }
        } else {
          streamed = part.text;
          agent.body.textContent = streamed;
          sawText = true;
          scrollDown();
        }
      }
      if (part.functionCall && typeof part.functionCall === 'object') {
        addNote(agent, part.functionCall);
      }
      if (part.functionResponse && typeof part.functionResponse === 'object') {
        doneNote(agent, part.functionResponse);
      }
    }
    if (event.turnComplete) {
      if (finalTexts.length) {
        agent.body.textContent = finalTexts.join('\n');
        sawText = true;
      }
      complete = true;
      ok = true;
      scrollDown();
    }
  };
  const onComment = () => {
    if (statusLine.hidden) {
      setStatus(t('status.stillWorking'), 'status.stillWorking');
    }
  };

  for (let attempt = 0; !complete; attempt++) {
    try {
      if (attempt === 0) {
        await stream(firstPath, firstBody, { onEvent, onComment });
      } else {
        await stream('/run_sse', resumeBody, { headers: { 'Last-Event-ID': lastId }, onEvent, onComment });
      }
    } catch (e) {
      if (complete) {
        break;
      }
      if (!(e instanceof ApiError && e.network)) {
        // A resume the server cannot serve (the turn is no longer known) reads as a dropped connection.
        showError(agent, attempt > 0 ? t('turn.dropped') : e && e.message ? e.message : String(e));
        sawText = true;
        if (e instanceof ApiError && e.code === 2001) {
          emit('register');
        }
        break;
      }
    }
    if (complete) {
      break;
    }
    if (!lastId || attempt >= RESUMES) {
      showError(agent, t('turn.dropped'));
      sawText = true;
      break;
    }
    setStatus(t('status.reconnecting'), 'status.reconnecting');
    await sleep(700 * (attempt + 1));
  }

  if (!sawText) {
    agent.body.textContent = t('chat.noReply');
    agent.body.classList.add('muted');
  }
  agent.msg.setAttribute('aria-busy', 'false');
  setStatus(null);

  // What the turn changed: the draft (and so the preview), the media, credits, titles, exports.
  const results = await Promise.allSettled([reloadState(), refreshCredits(), refreshSessions()]);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed && failed.reason && failed.reason.name === 'ApiError') {
    notify(failed.reason.message, 'error');
  }
  emit('exports-changed');
  store.turnActive = false;
  emit('turn', false);
  release();
  return ok;
}

/** Sends one typed edit (or undo / redo) as a streamed turn; true when it was carried out. */
export function runOperation(operation, args, label) {
  if (store.turnActive) {
    notify(t('chat.waitTurn'));
    return Promise.resolve(false);
  }
  if (!store.sessionId) {
    return Promise.resolve(false);
  }
  return runTurn({ operation, args, label });
}
