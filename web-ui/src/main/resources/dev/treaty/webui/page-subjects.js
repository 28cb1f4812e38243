// Subjects: a searchable, filterable list paged on the server, so ten thousand subjects cost
// the browser one page of rows. Searchable by name and by the record names and namespaces the
// latest schemas declare; each row says where its level is set and which mode applies.

import { api, LEVELS } from './api.js';
import { h, replace } from './dom.js';
import { errorBox, formatBadge, heading, replaceQuery, time, to } from './parts.js';

const PAGE_SIZE = 50;
const FORMATS = [['', 'Any format'], ['AVRO', 'Avro'], ['PROTOBUF', 'Protobuf'], ['JSON', 'JSON Schema']];

export async function render(main, { params, isCurrent }) {
  document.title = 'Subjects · Treaty';
  const state = {
    q: params.get('q') || '',
    record: params.get('record') || '',
    format: params.get('format') || '',
    level: params.get('level') || '',
    deleted: params.get('deleted') === 'true',
    findings: params.get('findings') === 'true',
    sort: params.get('sort') === 'updated' ? 'updated' : 'name',
    context: params.get('context') || '',
    offset: Math.max(0, parseInt(params.get('offset') || '0', 10) || 0),
  };
  const results = h('div', { className: 'results', 'aria-live': 'polite' });
  let requests = 0;

  const reload = async () => {
    const mine = ++requests;
    replaceQuery('#/subjects', { ...state, deleted: state.deleted || '', findings: state.findings || '', sort: state.sort === 'name' ? '' : state.sort, offset: state.offset || '' });
    try {
      const page = await api.subjects({ ...state, findings: state.findings || '', limit: PAGE_SIZE });
      if (mine === requests && isCurrent()) replace(results, table(page), pager(page, (offset) => {
        state.offset = offset;
        reload();
      }));
    } catch (e) {
      if (mine === requests && isCurrent()) replace(results, errorBox(e));
    }
  };
  const change = (key) => (event) => {
    const target = event.target;
    state[key] = target.type === 'checkbox' ? target.checked : target.value;
    state.offset = 0;
    reload();
  };
  let typing = null;
  const typed = (key) => (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => change(key)(event), 200);
  };
  const search = h('input', {
    type: 'search', id: 'subject-search', value: state.q, placeholder: 'Part of a subject name', 'data-search': true,
    autocomplete: 'off', spellcheck: 'false', onInput: typed('q'),
  });
  const record = h('input', {
    type: 'search', id: 'record-search', value: state.record, placeholder: 'e.g. com.acme.Order or Order',
    autocomplete: 'off', spellcheck: 'false', onInput: typed('record'),
  });
  const contexts = await contextOptions(state.context);
  const form = h('form', { className: 'filters', role: 'search', onSubmit: (e) => e.preventDefault() },
    contexts ? h('label', null, h('span', null, 'Context'), select('context', contexts, state.context, change('context'), 'context-select')) : null,
    h('label', null, h('span', null, 'Search'), search),
    h('label', null, h('span', null, 'Record name or namespace'), record),
    h('label', null, h('span', null, 'Format'), select('format', FORMATS, state.format, change('format'))),
    h('label', null, h('span', null, 'Level'),
      select('level', [['', 'Any level'], ...LEVELS.map((l) => [l, l])], state.level, change('level'))),
    h('label', null, h('span', null, 'Order'),
      select('sort', [['name', 'Name'], ['updated', 'Last change']], state.sort, change('sort'))),
    h('label', { className: 'check' },
      h('input', { type: 'checkbox', name: 'deleted', checked: state.deleted, onChange: change('deleted') }),
      ' Soft-deleted subjects too'),
    h('label', { className: 'check' },
      h('input', { type: 'checkbox', name: 'findings', checked: state.findings, onChange: change('findings') }),
      ' Only subjects with lint findings'));
  replace(main, heading('Subjects'), form, results);
  await reload();
}

// The context picker's options, or null while the registry has the default context only (and
// none is chosen): then there is nothing to pick. A failed listing only hides the picker.
async function contextOptions(chosen) {
  let contexts;
  try {
    contexts = await api.contexts();
  } catch (e) {
    contexts = ['.'];
  }
  if (contexts.length < 2 && !chosen) return null;
  if (chosen && !contexts.includes(chosen)) contexts = [...contexts, chosen];
  return [['', 'All contexts'], ...contexts.map((c) => [c, c === '.' ? 'Default context (.)' : c])];
}

function select(name, options, selected, onChange, id) {
  return h('select', { name, id, onChange },
    options.map(([value, label]) => h('option', { value, selected: value === selected }, label)));
}

function table(page) {
  if (page.total === 0) return h('p', { className: 'muted' }, 'No subject matches.');
  return h('div', { className: 'table-wrap' }, h('table', { className: 'list', id: 'subjects' },
    h('caption', { className: 'visually-hidden' }, 'Subjects'),
    h('thead', null, h('tr', null,
      ['Subject', 'Format', 'Versions', 'Latest', 'Level', 'Mode', 'Contract gate', 'Last change'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, (page.subjects || []).map((s) => h('tr', { className: s.deleted ? 'deleted' : null },
      h('th', { scope: 'row' }, h('a', { href: to.subject(s.subject) }, s.subject),
        s.deleted ? h('span', { className: 'badge muted-badge' }, 'deleted') : null,
        s.deprecated ? h('span', { className: 'badge warn' }, 'deprecated') : null,
        s.hasFindings ? h('span', { className: 'badge warn', title: 'A version was registered with lint findings' }, 'findings') : null),
      h('td', null, formatBadge(s.schemaType)),
      h('td', { className: 'num' }, String(s.versions)),
      h('td', null, `v${s.latestVersion} · id `, h('a', { href: to.schema(s.latestId) }, String(s.latestId))),
      h('td', { className: 'level-cell' }, s.compatibilityLevel, levelSource(s.compatibilitySource)),
      h('td', { className: 'mode-cell' }, s.mode === 'READWRITE' ? h('span', { className: 'muted' }, s.mode) : h('strong', null, s.mode)),
      h('td', { className: 'gate-cell' }, s.contractGate
        ? h('a', { className: 'badge gate', href: to.contracts(s.contractGate), title: `Registrations are judged by the consumers deployed in ${s.contractGate}` }, s.contractGate)
        : h('span', { className: 'muted' }, '—')),
      h('td', null, time(s.updated)))))));
}

// Where the level is set: on the subject itself, or inherited from its context, the global
// config, the global context or the server's default.
function levelSource(source) {
  if (!source) return null;
  const from = source === 'subject' ? 'set on the subject'
    : source === 'global' ? 'inherited from the global config'
      : source === 'default' ? "inherited from the server's default"
        : source === ':.__GLOBAL:' ? 'inherited from the global context'
          : `inherited from the context ${source}`;
  return h('div', { className: 'muted small level-source', 'data-source': source }, from);
}

function pager(page, go) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.total, page.offset + page.limit);
  return h('nav', { className: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page.offset === 0, onClick: () => go(Math.max(0, page.offset - page.limit)) }, '← Previous'),
    h('span', { className: 'muted' }, `${first.toLocaleString()}–${last.toLocaleString()} of ${page.total.toLocaleString()}`),
    h('button', { type: 'button', disabled: last >= page.total, onClick: () => go(page.offset + page.limit) }, 'Next →'));
}
