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
    h('div', { className: 'muted small' }, time(event.time), ` · event ${event.id} · `, h('code', null, event.type)));
}
