// The server's API: the anonymous token (kept and renewed), JSON envelopes, blobs, streamed turns
// (server-sent events over fetch) and uploads with progress (XMLHttpRequest).

import { t } from './i18n.js';
import { emit } from './store.js';

const CLIENT_KEY = 'reelwright.clientId';
const TOKEN_KEY = 'reelwright.token';
const USER_KEY = 'reelwright.user';

/** An answer other than success: the server's message (never a raw dump), its code and status. */
export class ApiError extends Error {
  constructor(message, { code = null, status = 0, retryAfter = null, network = false } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
    this.network = network;
  }
}

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value == null) {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, value);
    }
  } catch {
    // Storage refused (private mode): the page still works until it is closed.
  }
}

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function clientId(fresh) {
  let id = fresh ? null : read(CLIENT_KEY);
  if (!id) {
    id = randomId();
    write(CLIENT_KEY, id);
  }
  return id;
}

/** The kept account: {user_id, expires_at} (reelwright.user holds it as JSON). */
export function account() {
  const raw = read(USER_KEY);
  if (!raw) {
    return { user_id: null, expires_at: null };
  }
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed === 'object') {
      return { user_id: parsed.user_id ?? null, expires_at: parsed.expires_at ?? null };
    }
  } catch {
    // An older page kept the user id alone.
  }
  return { user_id: raw, expires_at: null };
}

export function currentToken() {
  return read(TOKEN_KEY);
}

let pendingToken = null;

/** Credits that came with a newly granted token, for the first paint. */
export let grantedCredits = null;

async function grant(fresh) {
  const headers = new Headers({ 'X-Client-Id': clientId(fresh) });
  let res;
  try {
    res = await fetch('/api/auth/anonymous-token', { method: 'POST', headers, cache: 'no-store' });
  } catch {
    throw new ApiError(t('error.network'), { network: true });
  }
  const data = await envelope(res);
  write(TOKEN_KEY, data.token);
  write(USER_KEY, JSON.stringify({ user_id: data.user_id, expires_at: data.expires_at }));
  grantedCredits = typeof data.credits === 'number' ? data.credits : null;
  return data.token;
}

function expired() {
  const { expires_at: expires } = account();
  if (!expires) {
    return false;
  }
  const when = Date.parse(expires);
  return Number.isFinite(when) && when < Date.now() + 30_000;
}

/** A token to send: the kept one, or a new anonymous one (one request however many callers ask). */
export function ensureToken() {
  const kept = currentToken();
  if (kept && !expired()) {
    return Promise.resolve(kept);
  }
  if (!pendingToken) {
    pendingToken = grant(Boolean(kept)).finally(() => {
      pendingToken = null;
    });
  }
  return pendingToken;
}

/** After a 1001 answer to `used`: forget it, make a new client id and get a new token (once). */
function renewToken(used) {
  if (currentToken() && currentToken() !== used) {
    return Promise.resolve(currentToken());
  }
  write(TOKEN_KEY, null);
  if (!pendingToken) {
    pendingToken = grant(true).finally(() => {
      pendingToken = null;
    });
  }
  return pendingToken;
}

function isJson(res) {
  return (res.headers.get('content-type') || '').toLowerCase().includes('application/json');
}

function rateLimited(retryAfter) {
  const seconds = Number.parseInt(retryAfter || '', 10);
  const s = Number.isFinite(seconds) && seconds > 0 ? seconds : 5;
  return new ApiError(t('error.rateLimited', { s }), { code: 429, status: 429, retryAfter: s });
}

/** The data of an envelope answer; an ApiError carrying the server's message otherwise. */
export async function envelope(res) {
  if (res.status === 429) {
    throw rateLimited(res.headers.get('Retry-After'));
  }
  if (!isJson(res)) {
    if (!res.ok) {
      throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
    }
    throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
  }
  return fromEnvelope(body, res.status);
}

function fromEnvelope(body, status) {
  if (!body || typeof body !== 'object') {
    throw new ApiError(t('error.http', { status }), { status });
  }
  const code = Number(body.code);
  if (code !== 0) {
    if (code === 2001) {
      emit('register');
    }
    const message = typeof body.message === 'string' && body.message ? body.message : t('error.http', { status });
    throw new ApiError(message, { code, status });
  }
  return body.data ?? {};
}

/**
 * A request with the token; a 1001 answer (token unknown or expired) gets a new token and the
 * request is sent once more. Answers the Response.
 */
async function send(path, { method = 'GET', json, headers = {}, signal, auth = true } = {}) {
  for (let attempt = 0; ; attempt++) {
    const h = new Headers(headers);
    let used = null;
    if (auth) {
      used = await ensureToken();
      h.set('Authorization', 'Bearer ' + used);
    }
    let body;
    if (json !== undefined) {
      h.set('Content-Type', 'application/json');
      body = JSON.stringify(json);
    }
    let res;
    try {
      res = await fetch(path, { method, headers: h, body, signal, cache: 'no-store' });
    } catch (e) {
      if (e && e.name === 'AbortError') {
        throw e;
      }
      throw new ApiError(t('error.network'), { network: true });
    }
    if (auth && attempt === 0 && res.status === 401 && isJson(res)) {
      const answer = await res.clone().json().catch(() => null);
      if (answer && Number(answer.code) === 1001) {
        await renewToken(used);
        continue;
      }
    }
    return res;
  }
}

/** A JSON call: answers the envelope's data, throws ApiError otherwise. */
export async function request(path, options = {}) {
  return envelope(await send(path, options));
}

/** A file the server sends (a preview, an export, an uploaded picture): {blob, headers}. */
export async function fetchBlob(path, { signal } = {}) {
  const res = await send(path, { signal });
  if (isJson(res) || res.status === 429 || !res.ok) {
    await envelope(res);
    throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
  }
  return { blob: await res.blob(), headers: res.headers };
}

/**
 * Posts json and reads the answer as server-sent events: onEvent(event, id) per data block,
 * onComment() per comment (heartbeat). Resolves when the stream ends; throws ApiError (network:
 * true when the connection dropped) or the envelope's error when the answer is not a stream.
 */
export async function stream(path, json, { headers = {}, signal, onEvent, onComment } = {}) {
  const res = await send(path, { method: 'POST', json, headers: { ...headers, Accept: 'text/event-stream' }, signal });
  const type = (res.headers.get('content-type') || '').toLowerCase();
  if (!type.includes('text/event-stream')) {
    await envelope(res);
    throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
  }
  if (!res.body) {
    throw new ApiError(t('error.http', { status: res.status }), { status: res.status });
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';

  const block = (text) => {
    let id = null;
    const data = [];
    let comment = false;
    for (const line of text.split('\n')) {
      if (line === '') {
        continue;
      }
      if (line.startsWith(':')) {
        comment = true;
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) {
        value = value.slice(1);
      }
      if (field === 'id') {
        id = value;
      } else if (field === 'data') {
        data.push(value);
      }
    }
    if (data.length) {
      let event = null;
      try {
        event = JSON.parse(data.join('\n'));
      } catch {
        event = null;
      }
      if (event && typeof event === 'object') {
        onEvent?.(event, id);
      }
    } else if (comment) {
      onComment?.();
    }
  };

  const drain = () => {
    buffer = buffer.replace(/\r\n/g, '\n');
    let at;
    while ((at = buffer.indexOf('\n\n')) >= 0) {
      const text = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      block(text);
    }
  };

  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      drain();
    }
  } catch (e) {
    if (e && e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError(t('error.network'), { network: true });
  }
  buffer += decoder.decode();
  drain();
  if (buffer.trim()) {
    block(buffer);
  }
}

/**
 * Uploads one file (a multipart part named "files") with progress: onProgress(fraction 0..1).
 * Answers the envelope's data; throws ApiError with the server's message on refusal.
 */
export async function uploadFile(path, file, { onProgress } = {}) {
  for (let attempt = 0; ; attempt++) {
    const used = await ensureToken();
    const answer = await new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('Authorization', 'Bearer ' + used);
      xhr.responseType = 'text';
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) {
          onProgress?.(event.loaded / event.total);
        }
      };
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new ApiError(t('error.network'), { network: true }));
      xhr.onabort = () => reject(new ApiError(t('error.network'), { network: true }));
      const form = new FormData();
      form.append('files', file, file.name);
      xhr.send(form);
    });
    if (answer.status === 429) {
      throw rateLimited(answer.getResponseHeader('Retry-After'));
    }
    let body = null;
    try {
      body = JSON.parse(answer.responseText);
    } catch {
      body = null;
    }
    if (!body) {
      throw new ApiError(t('error.http', { status: answer.status }), { status: answer.status });
    }
    if (attempt === 0 && Number(body.code) === 1001) {
      await renewToken(used);
      continue;
    }
    return fromEnvelope(body, answer.status);
  }
}

/** Path segments from server ids, escaped. */
export function seg(value) {
  return encodeURIComponent(String(value));
}
