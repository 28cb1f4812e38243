// Activity: the audit trail, newest first — who changed what, when, and what it replaced —
// narrowed by subject, application, environment, type and actor (kept in the address).

import { api } from './api.js';
import { h, replace, append } from './dom.js';
import { errorBox, heading, replaceQuery } from './parts.js';
import { DESCRIBE, eventEntry } from './event-entry.js';

const PAGE = 50;
const FILTERS = [
  ['subject', 'Subject'], ['application', 'Application'], ['environment', 'Environment'], ['actor', 'Actor'],
];

// ?event=N (a link from a version that entered through a gate override) starts the timeline at
// that event and marks it.
export async function render(main, { params, isCurrent }) {
  document.title = 'Activity · Treaty';
  const focus = parseInt(params.get('event') || '', 10);
  const filter = Object.fromEntries([...FILTERS.map(([key]) => key), 'type'].map((key) => [key, params.get(key) || '']));
  const list = h('ol', { className: 'timeline activity', id: 'events' });
  const more = h('button', { type: 'button', id: 'events-more' }, 'Older events');
  const status = h('div', { 'aria-live': 'polite' });
  let before = 0;
  let loads = 0;
  const load = async (fresh) => {
    const mine = ++loads;
    more.disabled = true;
    if (fresh) before = focus > 0 ? focus + 1 : 0;
    try {
      const events = await api.recentEvents(before, PAGE, filter);
      if (!isCurrent() || mine !== loads) return;
      if (fresh) replace(list);
      replace(status);
      append(list, events.map((event) => marked(eventEntry(event), event, focus)));
      if (events.length > 0) before = events[events.length - 1].id;
      more.hidden = events.length < PAGE;
      if (list.children.length === 0) replace(status, h('p', { className: 'muted', id: 'events-none' }, 'No event matches.'));
    } catch (e) {
      replace(status, errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  const changed = () => {
    replaceQuery('#/activity', filter);
    load(true);
  };
  let typing = null;
  const inputs = FILTERS.map(([key, label]) => h('label', null, h('span', null, label), h('input', {
    type: 'text', name: key, id: `filter-${key}`, value: filter[key], autocomplete: 'off', spellcheck: 'false',
    onInput: (event) => {
      filter[key] = event.target.value.trim();
      clearTimeout(typing);
      typing = setTimeout(changed, 250);
    },
  })));
  const type = h('select', {
    name: 'type', id: 'filter-type', onChange: (event) => {
      filter.type = event.target.value;
      changed();
    },
  }, h('option', { value: '' }, 'Any type'),
  Object.keys(DESCRIBE).sort().map((t) => h('option', { value: t, selected: t === filter.type }, t)));
  const form = h('form', { className: 'filters', role: 'search', 'aria-label': 'Filter the activity', onSubmit: (e) => e.preventDefault() },
    inputs, h('label', null, h('span', null, 'Type'), type),
    h('p', { className: 'muted small' }, 'Exact names; the actor is a user or token:name.'));
  more.addEventListener('click', () => load(false));
  replace(main, heading('Activity'), form,
    focus > 0 ? h('p', { className: 'muted' }, `From event ${focus} back. `, h('a', { href: '#/activity' }, 'Show the newest events.')) : null,
    list, status, more);
  await load(true);
}

// The event a link pointed at is marked; a gate override says in words why the gate let it through.
function marked(item, event, focus) {
  if (event.id === focus) {
    item.classList.add('current');
    item.id = 'event-focus';
    item.setAttribute('aria-current', 'true');
  }
  if (event.type === 'CONTRACT_GATE_OVERRIDE' && event.detail && event.detail.environment) {
    append(item, h('div', { className: 'small' }, `No consumer deployed in ${event.detail.environment} was affected (consumers: `,
      event.detail.consumers || 'none', '); the level broke on ', h('code', null, event.detail.overruled || '?'), '.'));
  }
  return item;
}
