// The properties of the selected segment, and typed edits sent as operations: a text's words and
// timing, a scene's length and transition in, the music's or the voice's volume.

import { t, onLangChange } from './i18n.js';
import { clock, seconds, el } from './format.js';
import { store, on, DEFAULT_SETTINGS } from './store.js';
import { describe, findSegment, sceneIndex } from './draft.js';
import { runOperation } from './chat.js';
import { notify } from './notice.js';

const FIELDS_BY_KIND = {
  text: ['text', 'start', 'length'],
  scene: ['length', 'transition', 'trlength'],
  audio: ['volume'],
};

let form;
let info;
let note;
let actions;
let inputs;
let shown = null; // {id, kind, sceneNumber, audioTrack, original}
let dirty = false;

export function initProperties() {
  form = document.getElementById('properties');
  info = document.getElementById('prop-info');
  actions = form.querySelector('.prop-actions');
  note = el('p', 'prop-note');
  note.hidden = true;
  info.after(note);
  inputs = {
    text: document.getElementById('prop-text'),
    start: document.getElementById('prop-start'),
    length: document.getElementById('prop-length'),
    volume: document.getElementById('prop-volume'),
    transition: document.getElementById('prop-transition'),
    trlength: document.getElementById('prop-trlength'),
  };
  const volumeOut = document.getElementById('prop-volume-out');
  const showVolume = () => {
    const text = inputs.volume.value + ' %';
    volumeOut.textContent = text;
    inputs.volume.setAttribute('aria-valuetext', text);
  };
  inputs.volume.addEventListener('input', showVolume);
  inputs.transition.addEventListener('change', () => {
    form.querySelector('[data-field="trlength"]').classList.toggle('muted-field', inputs.transition.value === 'none');
  });
  form.addEventListener('input', () => {
    dirty = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  inputs.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
    }
  });

  on('settings', () => fillTransitions(shown ? inputs.transition.value : null));
  on('select', () => {
    dirty = false;
    fill();
  });
  on('state', () => {
    if (!dirty) {
      fill();
    }
  });
  on('session', () => {
    dirty = false;
    fill();
  });
  onLangChange(() => {
    const keep = dirty;
    fillTransitions(inputs.transition.value);
    if (keep) {
      describeShown();
    } else {
      fill();
    }
  });
  fillTransitions(null);
  fill();
  showVolume();
}

function fillTransitions(selected) {
  const settings = store.settings || DEFAULT_SETTINGS;
  const names = Array.isArray(settings.transitions) ? settings.transitions.slice() : ['fade', 'none'];
  if (!names.includes('none')) {
    names.push('none');
  }
  if (selected && !names.includes(selected)) {
    names.unshift(selected);
  }
  inputs.transition.replaceChildren(...names.map((name) => {
    const option = el('option', null, name === 'none' ? t('transition.none') : String(name).replace(/[-_]/g, ' '));
    option.value = name;
    return option;
  }));
  if (selected) {
    inputs.transition.value = selected;
  }
}

function showFields(visible) {
  for (const wrapper of form.querySelectorAll('[data-field]')) {
    wrapper.hidden = !visible.includes(wrapper.dataset.field);
  }
  actions.hidden = visible.length === 0;
}

function current() {
  const found = findSegment(store.draft, store.selectedId);
  if (!found) {
    return null;
  }
  return { ...found, info: describe(store.draft, found.track, found.seg, sceneIndex(store.scenes)) };
}

function describeShown() {
  const found = current();
  if (!found) {
    info.textContent = t('props.none');
    note.hidden = true;
    return;
  }
  const d = found.info;
  const what = d.prefix && d.kind !== 'card' ? d.prefix + ': ' + d.label : d.label;
  info.textContent = t('props.info', { what, from: clock(d.start), to: clock(d.start + d.length) });
  const editable = Boolean(FIELDS_BY_KIND[d.kind]) && (d.kind !== 'audio' || d.audioTrack);
  note.hidden = editable;
  note.textContent = editable ? '' : d.kind === 'card' ? t('props.card') : t('props.readonly');
}

/** Shows the selected segment's fields with its current values. */
function fill() {
  const found = current();
  describeShown();
  if (!found) {
    shown = null;
    showFields([]);
    return;
  }
  const d = found.info;
  const editable = FIELDS_BY_KIND[d.kind] && (d.kind !== 'audio' || d.audioTrack) ? FIELDS_BY_KIND[d.kind] : [];
  const original = {};
  if (d.kind === 'text') {
    original.text = found.seg.m && typeof found.seg.m.text === 'string' ? found.seg.m.text : '';
    original.start = seconds(d.start);
    original.length = seconds(d.length);
  } else if (d.kind === 'scene') {
    const scene = store.scenes.find((s) => Number(s.number) === d.sceneNumber);
    const lengthMs = scene && Number.isFinite(scene.end_ms - scene.start_ms) ? scene.end_ms - scene.start_ms : d.length;
    original.length = seconds(lengthMs);
    original.transition = d.transition && d.transition.type ? String(d.transition.type) : 'none';
    original.trlength = seconds(d.transition && Number(d.transition.d) > 0 ? Number(d.transition.d) : 500);
  } else if (d.kind === 'audio') {
    original.volume = String(Math.max(0, Math.min(200, d.volumePct ?? 100)));
  }
  shown = { id: String(found.seg.id), kind: d.kind, sceneNumber: d.sceneNumber, audioTrack: d.audioTrack, label: d.prefix || d.label, original };
  if ('text' in original) {
    inputs.text.value = original.text;
  }
  if ('start' in original) {
    inputs.start.value = original.start;
  }
  if ('length' in original) {
    inputs.length.value = original.length;
  }
  if ('transition' in original) {
    fillTransitions(original.transition);
    inputs.trlength.value = original.trlength;
    form.querySelector('[data-field="trlength"]').classList.toggle('muted-field', original.transition === 'none');
  }
  if ('volume' in original) {
    inputs.volume.value = original.volume;
    inputs.volume.dispatchEvent(new Event('input'));
    dirty = false;
  }
  showFields(editable);
}

function number(input, labelKey) {
  const value = Number.parseFloat(String(input.value).replace(',', '.'));
  if (!Number.isFinite(value) || value < 0) {
    notify(t('props.badNumber', { field: t(labelKey) }), 'error');
    input.focus();
    return null;
  }
  return value;
}

function changed(a, b) {
  return Math.abs(Number(a) - Number(b)) >= 0.005;
}

/** The operations the form's changes need, or null when a field is not a number. */
function operations() {
  const { kind, original } = shown;
  const ops = [];
  if (kind === 'text') {
    const args = { target: shown.id };
    if (inputs.text.value !== original.text) {
      args.text = inputs.text.value;
    }
    const start = number(inputs.start, 'props.start');
    const length = number(inputs.length, 'props.length');
    if (start == null || length == null) {
      return null;
    }
    if (changed(start, original.start)) {
      args.start_s = start;
    }
    if (changed(length, original.length)) {
      args.end_s = Math.round(((args.start_s ?? Number(original.start)) + length) * 1000) / 1000;
    }
    if (Object.keys(args).length > 1) {
      ops.push({ name: 'edit_text', args });
    }
  } else if (kind === 'scene') {
    const length = number(inputs.length, 'props.length');
    if (length == null) {
      return null;
    }
    if (changed(length, original.length)) {
      ops.push({ name: 'set_scene_length', args: { scene: shown.sceneNumber, length_s: length } });
    }
    const type = inputs.transition.value;
    let trLength = Number(original.trlength);
    if (type !== 'none') {
      trLength = number(inputs.trlength, 'props.trlength');
      if (trLength == null) {
        return null;
      }
    }
    if (type !== original.transition || (type !== 'none' && changed(trLength, original.trlength))) {
      const args = { type, before_scene: shown.sceneNumber };
      if (type !== 'none') {
        args.duration_s = trLength;
      }
      ops.push({ name: 'set_transition', args });
    }
  } else if (kind === 'audio' && shown.audioTrack) {
    const pct = Number(inputs.volume.value);
    if (Number.isFinite(pct) && pct !== Number(original.volume)) {
      ops.push({ name: 'set_volume', args: { track: shown.audioTrack, volume: Math.round(pct) / 100 } });
    }
  }
  return ops;
}

async function apply() {
  if (!shown) {
    return;
  }
  if (store.turnActive) {
    notify(t('chat.waitTurn'));
    return;
  }
  const ops = operations();
  if (ops == null) {
    return;
  }
  if (ops.length === 0) {
    notify(t('props.nothing'));
    return;
  }
  const label = t('op.change', { what: shown.label });
  dirty = false;
  for (const op of ops) {
    const ok = await runOperation(op.name, op.args, label);
    if (!ok) {
      break;
    }
  }
}
