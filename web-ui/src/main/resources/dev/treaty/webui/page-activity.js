// Activity: the events feed as a timeline, newest first — who changed what, and when.

import { api } from './api.js';
import { h, replace, append } from './dom.js';
import { errorBox, heading, time, to } from './parts.js';

const PAGE = 50;

const DESCRIBE = {
  SCHEMA_REGISTERED: 'registered',
  VERSION_SOFT_DELETED: 'soft-deleted',
  VERSION_DELETED: 'permanently deleted',
  SCHEMA_DELETED: 'removed an unused schema',
  CONFIG_CHANGED: 'changed the compatibility config of',
  CONFIG_DELETED: 'removed the compatibility config of',
  MODE_CHANGED: 'changed the mode of',
  MODE_DELETED: 'removed the mode of',
};

export async function render(main, { isCurrent }) {
  document.title = 'Activity · Treaty';
  const list = h('ol', { className: 'timeline activity', id: 'events' });
  const more = h('button', { type: 'button', id: 'events-more' }, 'Older events');
  const status = h('div', { 'aria-live': 'polite' });
  replace(main, heading('Activity'), list, status, more);
  let before = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const events = await api.recentEvents(before, PAGE);
      if (!isCurrent()) return;
      append(list, events.map(entry));
      if (events.length > 0) before = events[events.length - 1].id;
      more.hidden = events.length < PAGE;
      if (list.children.length === 0) replace(status, h('p', { className: 'muted' }, 'Nothing has happened yet.'));
    } catch (e) {
      replace(status, errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  await load();
}

function entry(event) {
  const verb = DESCRIBE[event.type] || event.type;
  const target = event.subject
    ? [h('a', { href: to.subject(event.subject, event.version) }, event.subject), event.version ? ` version ${event.version}` : '']
    : (event.type.startsWith('CONFIG') || event.type.startsWith('MODE') ? 'the registry (global)' : '');
  return h('li', { 'data-type': event.type, 'data-id': event.id },
    h('div', null, h('strong', null, event.actor || 'someone'), ` ${verb} `, target,
      event.schemaId ? [' · schema ', h('a', { href: to.schema(event.schemaId) }, String(event.schemaId))] : null),
    h('div', { className: 'muted small' }, time(event.time), ` · event ${event.id} · `, h('code', null, event.type)));
}
