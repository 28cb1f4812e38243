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
  CONTRACT_GATE_SET: 'put a contract gate on',
  CONTRACT_GATE_REMOVED: 'removed the contract gate of',
  CONTRACT_GATE_OVERRIDE: 'let through (no deployed consumer affected) a change the level forbids on',
};

// Contract events name an application, a version and an environment in their detail.
const CONTRACTS = {
  CONTRACT_PUBLISHED: (d) => ['published the contract of ', h('strong', null, `${d.application} ${d.version}`)],
  ENVIRONMENT_CREATED: (d) => ['created the environment ', envLink(d.environment)],
  DEPLOYMENT_RECORDED: (d) => ['recorded ', h('strong', null, `${d.application} ${d.version}`), ' in ', envLink(d.environment)],
  UNDEPLOYMENT_RECORDED: (d) => ['recorded that ', h('strong', null, `${d.application} ${d.version}`), ' left ', envLink(d.environment)],
};

function envLink(environment) {
  return h('a', { href: to.contracts(environment) }, environment);
}

// ?event=N (a link from a version that entered through a gate override) starts the timeline at
// that event and marks it.
export async function render(main, { params, isCurrent }) {
  document.title = 'Activity · Treaty';
  const focus = parseInt((params && params.get('event')) || '', 10);
  const list = h('ol', { className: 'timeline activity', id: 'events' });
  const more = h('button', { type: 'button', id: 'events-more' }, 'Older events');
  const status = h('div', { 'aria-live': 'polite' });
  replace(main, heading('Activity'),
    focus > 0 ? h('p', { className: 'muted' }, `From event ${focus} back. `, h('a', { href: '#/activity' }, 'Show the newest events.')) : null,
    list, status, more);
  let before = focus > 0 ? focus + 1 : 0;
  const load = async () => {
    more.disabled = true;
    try {
      const events = await api.recentEvents(before, PAGE);
      if (!isCurrent()) return;
      append(list, events.map((event) => marked(entry(event), event.id === focus)));
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

function marked(item, focused) {
  if (focused) {
    item.classList.add('current');
    item.id = 'event-focus';
    item.setAttribute('aria-current', 'true');
  }
  return item;
}

// Why the gate let a change through: where it looked, whom it judged, what the level broke on.
function overrideDetail(detail) {
  return h('div', { className: 'small' }, 'No consumer deployed in ', envLink(detail.environment), ' was affected (consumers: ',
    detail.consumers || 'none', '); the level broke on ', h('code', null, detail.overruled || '?'), '.');
}

function entry(event) {
  if (CONTRACTS[event.type]) {
    return h('li', { 'data-type': event.type, 'data-id': event.id },
      h('div', null, h('strong', null, event.actor || 'someone'), ' ', CONTRACTS[event.type](event.detail || {})),
      h('div', { className: 'muted small' }, time(event.time), ` · event ${event.id} · `, h('code', null, event.type)));
  }
  const verb = DESCRIBE[event.type] || event.type;
  const target = event.subject
    ? [h('a', { href: to.subject(event.subject, event.version) }, event.subject), event.version ? ` version ${event.version}` : '']
    : (event.type.startsWith('CONFIG') || event.type.startsWith('MODE') ? 'the registry (global)' : '');
  return h('li', { 'data-type': event.type, 'data-id': event.id },
    h('div', null, h('strong', null, event.actor || 'someone'), ` ${verb} `, target,
      event.schemaId ? [' · schema ', h('a', { href: to.schema(event.schemaId) }, String(event.schemaId))] : null),
    event.type === 'CONTRACT_GATE_OVERRIDE' && event.detail ? overrideDetail(event.detail) : null,
    h('div', { className: 'muted small' }, time(event.time), ` · event ${event.id} · `, h('code', null, event.type)));
}
