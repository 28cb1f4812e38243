// Diff: two versions with the changed lines highlighted (side by side, or unified on a narrow
// screen), unchanged runs folded, the first change in view, and one row per change judged under
// each level with its remedy; a finding's path or .proto location marks its lines.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { diffText } from './diff-view.js';
import { heading, loading, severityBadge, to, verdictBadge } from './parts.js';

// Between two versions the transitive levels ask the same question as their plain forms.
const SHOWN_LEVELS = ['BACKWARD', 'FORWARD', 'FULL'];

export async function render(main, { subject, params, isCurrent }) {
  document.title = `Diff · ${subject} · Treaty`;
  replace(main, heading(`Diff of ${subject}`), loading('the versions'));
  const detail = await api.subject(subject);
  const versions = [...detail.versions].sort((a, b) => a.version - b.version);
  const live = versions.filter((v) => !v.deleted);
  const newest = (live.length ? live : versions)[(live.length ? live : versions).length - 1];
  const toVersion = pick(params.get('to'), versions) || newest;
  const fromVersion = pick(params.get('from'), versions)
    || [...versions].reverse().find((v) => v.version < toVersion.version) || toVersion;
  const diff = await api.diff(subject, fromVersion.version, toVersion.version);
  if (!isCurrent()) return;
  const text = diffText(diff);
  replace(main,
    heading('Diff of ', h('a', { href: to.subject(subject) }, subject)),
    chooser(subject, versions, fromVersion.version, toVersion.version),
    verdicts(diff),
    text.section,
    findings(diff, text));
  text.firstChange();
}

function pick(text, versions) {
  const number = parseInt(text || '', 10);
  return versions.find((v) => v.version === number);
}

function chooser(subject, versions, from, toVersion) {
  const options = (selected) => versions.map((v) => h('option', { value: v.version, selected: v.version === selected },
    `Version ${v.version}${v.deleted ? ' (soft-deleted)' : ''}`));
  const fromSelect = h('select', { id: 'diff-from' }, options(from));
  const toSelect = h('select', { id: 'diff-to' }, options(toVersion));
  return h('form', {
    className: 'filters', onSubmit: (event) => {
      event.preventDefault();
      location.hash = to.diff(subject, fromSelect.value, toSelect.value);
    },
  },
  h('label', null, h('span', null, 'Older'), fromSelect),
  h('label', null, h('span', null, 'Newer'), toSelect),
  h('button', { type: 'submit', id: 'diff-compare' }, 'Compare'),
  h('a', { className: 'button', href: to.diff(subject, toVersion, from) }, 'Swap'));
}

function verdicts(diff) {
  const byLevel = new Map(diff.verdicts.map((v) => [v.level, v.compatible]));
  return h('section', { className: 'panel', 'aria-labelledby': 'verdict-title' },
    h('h2', { id: 'verdict-title' }, `Can version ${diff.to.version} follow version ${diff.from.version}?`),
    h('ul', { className: 'verdicts', id: 'verdicts' }, SHOWN_LEVELS.map((level) => h('li', {
      className: diff.compatibilityLevel.startsWith(level) ? 'configured' : null,
      'data-level': level,
    },
    h('strong', null, level), ' ', verdictBadge(byLevel.get(level)),
    diff.compatibilityLevel.startsWith(level) ? h('span', { className: 'muted small' }, ` the subject's level is ${diff.compatibilityLevel}`) : null))),
    h('p', { className: 'muted small' }, 'Between two versions, a transitive level gives the same answer as its plain form; NONE accepts everything.'));
}

// Marks the rows a finding points at and brings the first visible one into view.
function showRows(rows, reveal) {
  for (const marked of document.querySelectorAll('.code.diff tr.target')) marked.classList.remove('target');
  for (const row of rows) {
    reveal(row);
    row.classList.add('target');
  }
  const shown = rows.find((row) => row.offsetParent !== null);
  if (shown) shown.scrollIntoView({ block: 'center' });
}

function findings(diff, text) {
  const changes = diff.changes || [];
  return h('section', { className: 'panel', 'aria-labelledby': 'findings-title' },
    h('h2', { id: 'findings-title' }, `Findings (${changes.length})`),
    changes.length === 0 ? h('p', { className: 'muted' }, 'No change that matters to readers or writers.') : h('div', { className: 'table-wrap' },
      h('table', { className: 'list', id: 'findings' },
        h('thead', null, h('tr', null,
          ['Rule', 'Path', 'Change', 'New reads old', 'Old reads new', ...SHOWN_LEVELS].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, changes.map((c) => h('tr', { className: c.severity === 'BREAKING' ? 'breaking' : null },
          h('td', null, h('code', null, c.ruleId)),
          h('td', null, pathCell(c.path, text), c.location ? h('div', { className: 'small' }, locationCell(c.location, c.path, text)) : null),
          h('td', null, c.message,
            c.remedy && c.severity === 'BREAKING' ? h('div', { className: 'muted small remedy' }, 'How to make it safe: ', c.remedy) : null),
          h('td', { 'data-direction': 'BACKWARD' }, severityBadge((c.verdicts || {}).BACKWARD || 'SAFE')),
          h('td', { 'data-direction': 'FORWARD' }, severityBadge((c.verdicts || {}).FORWARD || 'SAFE')),
          SHOWN_LEVELS.map((level) => h('td', { 'data-level': level },
            (c.breaks || []).includes(level) ? h('span', { className: 'badge bad' }, 'breaks') : h('span', { className: 'muted' }, 'ok')))))))));
}

function pathCell(path, text) {
  const rows = text.rowsAt(path || '');
  const code = h('code', null, path || '/');
  if (rows.length === 0) return code;
  return h('button', { type: 'button', className: 'link', title: 'Show in the text', onClick: () => showRows(rows, text.reveal) }, code);
}

// A .proto location (file:line:column) is a link to the element's line. The diff's locations count
// lines of the texts it returns, which are the ones shown; the element's path is the fallback.
function locationCell(location, path, text) {
  const match = /:(\d+)(?::\d+)?$/.exec(location);
  const byLine = match ? text.rowsAtLine(parseInt(match[1], 10)) : [];
  const rows = byLine.length ? byLine : text.rowsAt(path || '');
  if (rows.length === 0) return h('span', { className: 'muted' }, location);
  return h('button', { type: 'button', className: 'link location', title: 'Show this line', onClick: () => showRows(rows, text.reveal) }, location);
}
