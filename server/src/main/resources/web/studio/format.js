// Small formatting helpers: times, sizes, dates.

import { locale } from './i18n.js';

/** 150 → "0:00.2", 62_400 → "1:02.4" (minutes, seconds and tenths). */
export function clock(ms) {
  const tenths = Math.max(0, Math.round((Number(ms) || 0) / 100));
  const minutes = Math.floor(tenths / 600);
  const seconds = Math.floor((tenths % 600) / 10);
  return minutes + ':' + String(seconds).padStart(2, '0') + '.' + (tenths % 10);
}

/** A tick label: "0:05", or "0:00.5" when the ticks are closer than a second. */
export function tickLabel(ms, fine) {
  if (fine) {
    return clock(ms);
  }
  const total = Math.round(ms / 1000);
  return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
}

/** Seconds for a number field: 1500 → "1.5", 150 → "0.15" (at most two decimals). */
export function seconds(ms) {
  return String(Math.round((Number(ms) || 0) / 10) / 100);
}

/** 1536 → "1.5 KB", 3_400_000 → "3.2 MB". */
export function bytes(size) {
  const n = Number(size);
  if (!Number.isFinite(n) || n < 0) {
    return '';
  }
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return shown.toLocaleString(locale()) + ' ' + units[unit];
}

/** A duration in seconds (media lengths): 12.34 → "0:12.3". */
export function duration(secondsValue) {
  const n = Number(secondsValue);
  return Number.isFinite(n) && n > 0 ? clock(n * 1000) : '';
}

/** A date and time in the UI language, short. */
export function when(value) {
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return date.toLocaleString(locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** An element with a class and text (always as text, never markup). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text != null) {
    node.textContent = String(text);
  }
  return node;
}
