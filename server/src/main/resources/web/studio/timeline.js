// The timeline: one row per track (visuals, text, then audio), each segment a button placed by
// its start and length, a time ruler that seeks, a zoom, and the playhead following the preview.

import { onLangChange } from './i18n.js';
import { clock, tickLabel, el } from './format.js';
import { store, on, emit } from './store.js';
import { orderedTracks, segmentsOf, trackRole, trackTone, trackTitle, describe, sceneIndex, totalMs } from './draft.js';

const TICK_STEPS_MS = [500, 1000, 2000, 5000, 10000, 30000, 60000, 120000, 300000, 600000];
const MIN_TICK_PX = 56;

let region;
let scroller;
let inner;
let ruler;
let lanes;
let names;
let playhead;
let hint;
let zoomInput;
let total = 0;
let zoom = 1;
let shownTenth = -1;

export function initTimeline() {
  region = document.getElementById('timeline');
  scroller = region.querySelector('.tl-scroll');
  inner = region.querySelector('.tl-inner');
  ruler = region.querySelector('.tl-ruler');
  lanes = region.querySelector('.tl-lanes');
  names = region.querySelector('.tl-names');
  playhead = document.getElementById('playhead');
  hint = region.querySelector('.tl-hint');
  zoomInput = document.getElementById('zoom');

  ruler.addEventListener('click', (event) => emit('seek', msAt(event.clientX)));
  ruler.addEventListener('keydown', rulerKey);
  lanes.addEventListener('click', (event) => {
    const button = event.target.closest('button.seg');
    if (button) {
      select(button.dataset.segmentId, true);
    } else if (event.target.closest('.tl-track')) {
      emit('seek', msAt(event.clientX));
    }
  });
  zoomInput.addEventListener('input', () => {
    zoom = Number(zoomInput.value) || 1;
    layout();
    keepPlayheadInView(true);
  });
  let pending = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(renderTicks);
  }).observe(scroller);

  on('state', render);
  on('session', () => {
    zoom = 1;
    zoomInput.value = '1';
    scroller.scrollLeft = 0;
    render();
  });
  on('select', showSelection);
  on('time', movePlayhead);
  onLangChange(render);
  render();
}

function msAt(clientX) {
  if (!total) {
    return 0;
  }
  const box = inner.getBoundingClientRect();
  const fraction = box.width > 0 ? (clientX - box.left) / box.width : 0;
  return Math.round(Math.max(0, Math.min(1, fraction)) * total);
}

function rulerKey(event) {
  if (!total) {
    return;
  }
  const now = store.timeMs || 0;
  const big = event.shiftKey ? 5000 : 1000;
  let next = null;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = now - big;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = now + big;
      break;
    case 'PageDown':
      next = now - 10000;
      break;
    case 'PageUp':
      next = now + 10000;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = total;
      break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      emit('toggle-play');
      return;
    default:
      return;
  }
  event.preventDefault();
  emit('seek', Math.max(0, Math.min(total, next)));
}

/** Selects a segment: it is pressed, the preview goes to its start, the properties show it. */
export function select(id, seekToStart) {
  store.selectedId = id == null ? null : String(id);
  emit('select', store.selectedId);
  if (seekToStart && store.selectedId) {
    const button = lanes.querySelector('button.seg[data-segment-id="' + CSS.escape(store.selectedId) + '"]');
    if (button) {
      emit('seek', Number(button.dataset.startMs) || 0);
    }
  }
}

function showSelection() {
  for (const button of lanes.querySelectorAll('button.seg')) {
    button.setAttribute('aria-pressed', String(button.dataset.segmentId === store.selectedId));
  }
}

function render() {
  const draft = store.draft;
  const focusedId = document.activeElement && document.activeElement.closest
    && document.activeElement.closest('button.seg') ? document.activeElement.dataset.segmentId : null;
  lanes.replaceChildren();
  names.replaceChildren(el('div', 'tl-name tl-name-ruler'));
  const tracks = orderedTracks(draft);
  total = draft ? totalMs(draft) : 0;
  const empty = !draft || tracks.length === 0 || total <= 0;
  region.classList.toggle('is-empty', empty);
  hint.hidden = !empty;
  playhead.hidden = empty;
  ruler.setAttribute('aria-valuemax', String(Math.round(total / 100) / 10));
  if (empty) {
    if (store.selectedId) {
      select(null, false);
    }
    layout();
    return;
  }
  const scenes = sceneIndex(store.scenes);
  let selectedStillThere = false;
  for (const track of tracks) {
    const tone = trackTone(track);
    const title = trackTitle(track);
    const row = el('div', 'tl-track tone-' + tone);
    row.dataset.trackId = String(track.id);
    row.dataset.role = trackRole(track);
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', title);
    names.append(el('div', 'tl-name tone-' + tone, title));
    for (const seg of segmentsOf(track)) {
      const info = describe(draft, track, seg, scenes);
      const button = el('button', 'seg tone-' + tone + ' kind-' + info.kind);
      button.type = 'button';
      button.dataset.segmentId = String(seg.id);
      button.dataset.trackId = String(track.id);
      button.dataset.startMs = String(Math.round(info.start));
      button.dataset.durationMs = String(Math.round(info.length));
      button.setAttribute('aria-label', info.aria);
      button.title = info.aria;
      const selected = String(seg.id) === store.selectedId;
      selectedStillThere ||= selected;
      button.setAttribute('aria-pressed', String(selected));
      button.style.left = (info.start / total) * 100 + '%';
      button.style.width = 'max(4px, ' + (info.length / total) * 100 + '%)';
      if (info.transition && info.transition.type && info.transition.type !== 'none') {
        const wedge = el('span', 'seg-tr');
        wedge.setAttribute('aria-hidden', 'true');
        const trMs = Number(info.transition.d) || 0;
        if (info.length > 0 && trMs > 0) {
          wedge.style.width = Math.min(100, (trMs / info.length) * 100) + '%';
        }
        button.append(wedge);
      }
      if (info.sceneNumber != null) {
        const number = el('span', 'seg-num', info.sceneNumber);
        number.setAttribute('aria-hidden', 'true');
        button.append(number);
      }
      const label = el('span', 'seg-label', info.label);
      label.setAttribute('aria-hidden', 'true');
      button.append(label);
      row.append(button);
    }
    lanes.append(row);
  }
  if (store.selectedId && !selectedStillThere) {
    select(null, false);
  }
  if (focusedId) {
    const again = lanes.querySelector('button.seg[data-segment-id="' + CSS.escape(focusedId) + '"]');
    if (again) {
      again.focus({ preventScroll: true });
    }
  }
  layout();
}

/** Applies the zoom and redraws the ruler and playhead for the current width. */
function layout() {
  inner.style.width = zoom * 100 + '%';
  renderTicks();
  movePlayhead(store.timeMs);
}

function renderTicks() {
  ruler.replaceChildren();
  if (!total) {
    return;
  }
  const width = inner.clientWidth || scroller.clientWidth || 1;
  const pxPerMs = width / total;
  const step = TICK_STEPS_MS.find((s) => s * pxPerMs >= MIN_TICK_PX) || TICK_STEPS_MS[TICK_STEPS_MS.length - 1];
  const fine = step < 1000;
  for (let ms = 0; ms <= total + 1; ms += step) {
    const tick = el('span', 'tick');
    tick.style.left = (ms / total) * 100 + '%';
    tick.append(el('span', 'tick-label', tickLabel(ms, fine)));
    ruler.append(tick);
  }
}

function movePlayhead(ms) {
  const at = Math.max(0, Number(ms) || 0);
  playhead.dataset.timeMs = String(Math.round(at));
  if (total > 0) {
    playhead.style.left = Math.min(100, (at / total) * 100) + '%';
  }
  const tenth = Math.round(at / 100);
  if (tenth !== shownTenth) {
    shownTenth = tenth;
    ruler.setAttribute('aria-valuenow', String(tenth / 10));
    ruler.setAttribute('aria-valuetext', clock(at));
  }
  keepPlayheadInView(false);
}

function keepPlayheadInView(always) {
  if (!total || (!store.playing && !always) || zoom <= 1) {
    return;
  }
  const x = (store.timeMs / total) * inner.clientWidth;
  const left = scroller.scrollLeft;
  const right = left + scroller.clientWidth;
  if (x < left + 8 || x > right - 24) {
    scroller.scrollLeft = Math.max(0, x - scroller.clientWidth * 0.25);
  }
}
