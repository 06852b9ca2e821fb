// Reading a draft ({"m", "d", "t": [{id, tt, m: {name, role}, sg: [{id, s, d, src, m}]}]}):
// track order and roles, and what each segment is, for the timeline and the properties.

import { t } from './i18n.js';
import { clock } from './format.js';
import { store } from './store.js';

export const VIDEO = 0;
export const AUDIO = 1;
export const TEXT = 7;

export function tracksOf(draft) {
  return draft && Array.isArray(draft.t) ? draft.t.filter((track) => track && typeof track === 'object') : [];
}

export function segmentsOf(track) {
  return Array.isArray(track.sg) ? track.sg.filter((s) => s && typeof s === 'object') : [];
}

export function totalMs(draft) {
  const declared = Number(draft && draft.d);
  if (Number.isFinite(declared) && declared > 0) {
    return declared;
  }
  let end = 0;
  for (const track of tracksOf(draft)) {
    for (const s of segmentsOf(track)) {
      end = Math.max(end, (Number(s.s) || 0) + (Number(s.d) || 0));
    }
  }
  return end;
}

/** Visual tracks first, then text, then audio (each group in the draft's order). */
export function orderedTracks(draft) {
  const rank = (track) => (track.tt === VIDEO ? 0 : track.tt === TEXT ? 1 : track.tt === AUDIO ? 2 : 3);
  return tracksOf(draft).map((track, i) => ({ track, i })).sort((a, b) => rank(a.track) - rank(b.track) || a.i - b.i)
    .map((x) => x.track);
}

function isPicturesTrack(track) {
  if (track.id === 'pictures') {
    return true;
  }
  const segments = segmentsOf(track);
  return segments.length > 0 && segments.every((s) => !s.src && s.m && s.m.pic);
}

/** data-role of a track row: its m.role, or "visuals"/"pictures" for video tracks. */
export function trackRole(track) {
  if (track.tt === VIDEO) {
    return isPicturesTrack(track) ? 'pictures' : 'visuals';
  }
  const role = track.m && typeof track.m.role === 'string' ? track.m.role : '';
  if (role) {
    return role;
  }
  return track.tt === TEXT ? 'text' : track.tt === AUDIO ? 'audio' : 'other';
}

/** The colour family of a track: visuals, pictures, text, caption, voice, music, sfx. */
export function trackTone(track) {
  const role = trackRole(track);
  switch (role) {
    case 'visuals':
    case 'pictures':
    case 'caption':
    case 'voice':
    case 'sfx':
      return role;
    case 'bgm':
      return 'music';
    case 'title':
    case 'overlay':
    case 'text':
      return 'text';
    default:
      return track.tt === AUDIO ? 'sfx' : 'visuals';
  }
}

/** The track's name as the timeline's left column shows it (in the UI language). */
export function trackTitle(track) {
  const role = trackRole(track);
  const key = 'track.' + role;
  const named = t(key);
  if (named !== key) {
    return named;
  }
  return track.m && track.m.name ? String(track.m.name) : role;
}

/** Scenes by segment id, from the state's scenes list. */
export function sceneIndex(scenes) {
  const index = new Map();
  for (const scene of Array.isArray(scenes) ? scenes : []) {
    if (scene && scene.segment_id != null) {
      index.set(String(scene.segment_id), scene);
    }
  }
  return index;
}

/** The name a person knows a source by: the uploaded file's own name when it is one of the session's media. */
function fileName(src) {
  const text = String(src || '').replace(/^media:/, '');
  const parts = text.split(/[\\/]/);
  const stored = parts[parts.length - 1] || text;
  const upload = (store.media || []).find((file) => file && file.media_id && stored.startsWith(String(file.media_id)));
  return upload && upload.filename ? String(upload.filename) : stored;
}

function isEndCardText(track, seg, index, total) {
  if (String(seg.id).startsWith('end')) {
    return true;
  }
  const end = (Number(seg.s) || 0) + (Number(seg.d) || 0);
  return index > 0 && total > 0 && end >= total - 1000;
}

/**
 * What a segment is:
 * {kind: text | scene | card | picture | visual | audio, label, prefix, aria, sceneNumber,
 *  audioTrack: "music" | "voice" | null, cardKind, volumePct, transition: {type, d} | null}.
 */
export function describe(draft, track, seg, scenes) {
  const m = seg.m && typeof seg.m === 'object' ? seg.m : {};
  const start = Number(seg.s) || 0;
  const length = Number(seg.d) || 0;
  const span = clock(start) + '–' + clock(start + length);
  const role = trackRole(track);
  const total = totalMs(draft);
  const out = {
    kind: 'visual', label: '', prefix: '', aria: '', sceneNumber: null, audioTrack: null, cardKind: null,
    volumePct: null, transition: m.tr && typeof m.tr === 'object' ? m.tr : null, start, length, role,
  };

  if (track.tt === TEXT) {
    out.kind = 'text';
    out.label = typeof m.text === 'string' ? m.text : '';
    const index = segmentsOf(track).indexOf(seg);
    out.prefix = role === 'title' ? (isEndCardText(track, seg, index, total) ? t('seg.endCard') : t('seg.title'))
      : role === 'caption' ? t('seg.caption') : role === 'overlay' ? t('seg.overlay') : t('seg.text');
  } else if (track.tt === AUDIO) {
    out.kind = 'audio';
    out.audioTrack = role === 'bgm' ? 'music' : role === 'voice' ? 'voice' : null;
    out.volumePct = Math.round((typeof m.vol === 'number' ? m.vol : 1) * 100);
    const name = track.m && track.m.name ? String(track.m.name) : trackTitle(track);
    out.label = name + ' · ' + out.volumePct + ' %';
  } else if (role === 'pictures' || (m.pic && !seg.src)) {
    out.kind = 'picture';
    out.label = m.pic && m.pic.name ? String(m.pic.name) : t('seg.picture');
    out.prefix = t('seg.picture');
  } else {
    const scene = scenes.get(String(seg.id));
    const sceneKind = scene ? scene.kind : m.scene && m.scene.kind;
    if (sceneKind === 'title' || sceneKind === 'end') {
      out.kind = 'card';
      out.cardKind = sceneKind;
      out.label = sceneKind === 'title' ? t('seg.titleCard') : t('seg.endCard');
    } else {
      const narration = m.scene && typeof m.scene.text === 'string' ? m.scene.text : '';
      // A scene showing an upload says so first: the narration alone would hide which photo it shows.
      const source = seg.src ? fileName(seg.src) : '';
      out.label = source && narration ? source + ' · ' + narration : narration || source || (scene && scene.label) || t('seg.background');
      if (scene && Number(scene.number) >= 1) {
        out.kind = 'scene';
        out.sceneNumber = Number(scene.number);
        out.prefix = t('seg.scene', { n: out.sceneNumber });
      } else {
        out.kind = 'visual';
        out.prefix = seg.src ? t('seg.clip') : t('seg.background');
      }
    }
  }
  if (!out.label) {
    out.label = out.prefix || t('seg.text');
  }
  out.aria = (out.prefix ? out.prefix + ': ' : '') + out.label + ', ' + span;
  return out;
}

/** {track, seg} of the segment with this id, or null. */
export function findSegment(draft, id) {
  if (id == null) {
    return null;
  }
  for (const track of tracksOf(draft)) {
    for (const seg of segmentsOf(track)) {
      if (String(seg.id) === String(id)) {
        return { track, seg };
      }
    }
  }
  return null;
}
