// Diff: two versions side by side with changed lines highlighted, and the compatibility
// findings of the change judged under each level.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { diffLines, sideBySide } from './diff.js';
import { highlightLines, languageOf, layout, pointerLines } from './highlight.js';
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
  const text = sideBySideView(diff);
  replace(main,
    heading('Diff of ', h('a', { href: to.subject(subject) }, subject)),
    chooser(subject, versions, fromVersion.version, toVersion.version),
    verdicts(diff),
    text.section,
    findings(diff, text.rowsAt));
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

function sideBySideView(diff) {
  const language = languageOf(diff.from.schemaType);
  const leftText = layout(diff.from.schema, languageOf(diff.from.schemaType));
  const rightText = layout(diff.to.schema, languageOf(diff.to.schemaType));
  const left = leftText.split('\n');
  const right = rightText.split('\n');
  const leftLines = highlightLines(leftText, language);
  const rightLines = highlightLines(rightText, languageOf(diff.to.schemaType));
  const rows = sideBySide(diffLines(left, right));
  const changed = rows.filter((r) => r.kind !== 'same').length;
  const byLeft = new Map();
  const byRight = new Map();
  const leftPointers = language === 'json' ? pointerLines(leftText) : new Map();
  const rightPointers = languageOf(diff.to.schemaType) === 'json' ? pointerLines(rightText) : new Map();
  const cell = (index, lines, side, kind) => index === null
    ? [h('td', { className: 'line-no' }), h('td', { className: `line empty` })]
    : [h('td', { className: 'line-no' }, String(index + 1)), h('td', { className: `line ${side}-${kind}` }, lines[index])];
  const section = h('section', { className: 'panel', 'aria-labelledby': 'text-title' },
    h('h2', { id: 'text-title' }, `Schema text`, h('span', { className: 'muted small' }, ` · ${changed} changed line${changed === 1 ? '' : 's'}`)),
    h('div', { className: 'code diff', tabindex: '0', role: 'region', 'aria-label': 'Side-by-side diff' },
      h('table', { className: 'code-lines', id: 'diff-table' },
        h('thead', null, h('tr', null,
          h('th', { colspan: '2', scope: 'col' }, `Version ${diff.from.version} · id ${diff.from.id}`),
          h('th', { colspan: '2', scope: 'col' }, `Version ${diff.to.version} · id ${diff.to.id}`))),
        h('tbody', null, rows.map((row) => {
          const tr = h('tr', { className: 'row-' + row.kind },
            cell(row.left, leftLines, 'left', row.kind), cell(row.right, rightLines, 'right', row.kind));
          if (row.left !== null) byLeft.set(row.left, tr);
          if (row.right !== null) byRight.set(row.right, tr);
          return tr;
        })))));
  // The rows where a JSON Pointer starts, on either side; empty when it points nowhere in the text.
  const rowsAt = (path) => [byLeft.get(leftPointers.get(path)), byRight.get(rightPointers.get(path))].filter(Boolean);
  return { section, rowsAt };
}

// Marks the rows a finding's path points at and brings them into view.
function showRows(rows) {
  for (const marked of document.querySelectorAll('#diff-table tr.target')) marked.classList.remove('target');
  for (const row of rows) row.classList.add('target');
  if (rows.length) rows[0].scrollIntoView({ block: 'center' });
}

function findings(diff, rowsAt) {
  const changes = diff.changes || [];
  return h('section', { className: 'panel', 'aria-labelledby': 'findings-title' },
    h('h2', { id: 'findings-title' }, `Findings (${changes.length})`),
    changes.length === 0 ? h('p', { className: 'muted' }, 'No change that matters to readers or writers.') : h('div', { className: 'table-wrap' },
      h('table', { className: 'list', id: 'findings' },
        h('thead', null, h('tr', null,
          ['Rule', 'Path', 'Change', 'New reads old', 'Old reads new', ...SHOWN_LEVELS].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, changes.map((c) => h('tr', { className: c.severity === 'BREAKING' ? 'breaking' : null },
          h('td', null, h('code', null, c.ruleId)),
          h('td', null, pathCell(c.path, rowsAt), c.location ? h('div', { className: 'muted small' }, c.location) : null),
          h('td', null, c.message,
            c.remedy && c.severity === 'BREAKING' ? h('div', { className: 'muted small remedy' }, 'How to make it safe: ', c.remedy) : null),
          h('td', { 'data-direction': 'BACKWARD' }, severityBadge((c.verdicts || {}).BACKWARD || 'SAFE')),
          h('td', { 'data-direction': 'FORWARD' }, severityBadge((c.verdicts || {}).FORWARD || 'SAFE')),
          SHOWN_LEVELS.map((level) => h('td', { 'data-level': level },
            (c.breaks || []).includes(level) ? h('span', { className: 'badge bad' }, 'breaks') : h('span', { className: 'muted' }, 'ok')))))))));
}

function pathCell(path, rowsAt) {
  const rows = rowsAt(path || '');
  const code = h('code', null, path || '/');
  if (rows.length === 0) return code;
  return h('button', { type: 'button', className: 'link', title: 'Show in the text', onClick: () => showRows(rows) }, code);
}
