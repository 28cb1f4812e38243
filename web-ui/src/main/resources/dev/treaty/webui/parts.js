// Small pieces several pages share: links to pages, times, badges, messages.

import { h } from './dom.js';

const enc = encodeURIComponent;

/** In-app addresses of the pages. Subject names are encoded, so any name makes a safe link. */
export const to = {
  subjects: (query) => '#/subjects' + search(query),
  subject: (subject, version) => `#/subjects/${enc(subject)}` + search({ version }),
  history: (subject) => `#/subjects/${enc(subject)}` + search({ tab: 'history' }),
  activity: (filter) => '#/activity' + search(filter),
  diff: (subject, from, to) => `#/subjects/${enc(subject)}/diff` + search({ from, to }),
  schema: (id) => `#/schemas/${enc(id)}`,
  check: (subject) => '#/check' + search({ subject }),
  contracts: (environment) => '#/contracts' + search({ environment }),
  application: (application, version) => `#/applications/${enc(application)}` + search({ version }),
  catalog: (environment) => '#/catalog' + search({ environment }),
  event: (id) => '#/activity' + search({ event: id }),
};

function search(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? '?' + text : '';
}

/** Changes the query part of the current route without adding a history entry per keystroke. */
export function replaceQuery(base, query) {
  history.replaceState(null, '', base + search(query));
}

export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return h('time', { datetime: iso, title: date.toISOString() }, date.toLocaleString());
}

export function formatBadge(schemaType) {
  return h('span', { className: 'badge format-' + String(schemaType).toLowerCase() }, schemaType === 'PROTOBUF' ? 'Protobuf' : schemaType === 'JSON' ? 'JSON Schema' : 'Avro');
}

export function severityBadge(severity) {
  return h('span', { className: 'badge ' + (severity === 'BREAKING' ? 'bad' : 'good') }, severity === 'BREAKING' ? 'breaking' : 'safe');
}

export function verdictBadge(compatible) {
  return h('span', { className: 'badge ' + (compatible ? 'good' : 'bad') }, compatible ? 'compatible' : 'incompatible');
}

export function errorBox(error) {
  const code = error && error.code ? ` (${error.code})` : '';
  return h('div', { className: 'message error', role: 'alert' }, String(error && error.message ? error.message : error) + code);
}

export function loading(what) {
  return h('p', { className: 'muted', role: 'status' }, `Loading ${what}…`);
}

/** The page's heading; pages call it first so that focus can land on it. */
export function heading(text, ...extra) {
  return h('h1', null, text, ...extra);
}
