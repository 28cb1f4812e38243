// The text of a diff, twice: side by side (wide screens) and unified (narrow ones), as CSS picks.
// Long runs of unchanged lines fold into one row that opens on click; findings and Protobuf
// locations mark the rows they point at, opening folds as needed.

import { h } from './dom.js';
import { diffLines, sideBySide } from './diff.js';
import { highlightLines, languageOf, layout, pointerLines } from './highlight.js';
import { protoPathLines } from './proto-paths.js';

// Unchanged lines kept around each change; a longer run folds, when it hides at least FOLD_MIN lines.
const CONTEXT = 3;
const FOLD_MIN = 4;

export function diffText(diff) {
  const leftLanguage = languageOf(diff.from.schemaType);
  const rightLanguage = languageOf(diff.to.schemaType);
  const leftText = layout(diff.from.schema, leftLanguage);
  const rightText = layout(diff.to.schema, rightLanguage);
  const rows = sideBySide(diffLines(leftText.split('\n'), rightText.split('\n')));
  const changed = rows.filter((r) => r.kind !== 'same').length;
  const text = { leftText, rightText, leftLanguage, rightLanguage };
  const split = table(rows, text, 'diff-table', splitRows, [
    h('th', { colspan: '2', scope: 'col' }, `Version ${diff.from.version} · id ${diff.from.id}`),
    h('th', { colspan: '2', scope: 'col' }, `Version ${diff.to.version} · id ${diff.to.id}`)]);
  const unified = table(rows, text, 'diff-unified', unifiedRows, [
    h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, `Line in version ${diff.from.version}`), `v${diff.from.version}`),
    h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, `Line in version ${diff.to.version}`), `v${diff.to.version}`),
    h('th', { scope: 'col' }, `Version ${diff.from.version} → ${diff.to.version}`)]);
  const tables = [split, unified];
  const leftPointers = pathLines(leftText, leftLanguage);
  const rightPointers = pathLines(rightText, rightLanguage);
  const firstChange = () => {
    const shown = tables.find((t) => t.box.offsetParent !== null) || split;
    const first = shown.changeRows[0];
    if (first) bringIntoBox(shown.box, first);
  };
  const section = h('section', { className: 'panel', 'aria-labelledby': 'text-title' },
    h('div', { className: 'panel-head' },
      h('h2', { id: 'text-title' }, 'Schema text', h('span', { className: 'muted small' }, ` · ${changed} changed line${changed === 1 ? '' : 's'}`)),
      changed ? h('button', { type: 'button', id: 'diff-first-change', className: 'secondary', onClick: firstChange }, 'Jump to the first change') : null),
    split.box, unified.box);
  return {
    section,
    firstChange,
    // The rows a finding's path starts at (a JSON Pointer, or a Protobuf element), on either side, in both tables.
    rowsAt: (path) => tables.flatMap((t) => [t.byLeft.get(leftPointers.get(path)), t.byRight.get(rightPointers.get(path))]).filter(Boolean),
    // The rows of a .proto line: on the side where that line changed (an added element is on the
    // newer side, a removed one on the older), else the newer side's.
    rowsAtLine: (line) => tables.flatMap((t) => {
      const left = t.byLeft.get(line - 1);
      const right = t.byRight.get(line - 1);
      const changedOnes = [left, right].filter((row) => row && !row.classList.contains('row-same'));
      return changedOnes.length ? [...new Set(changedOnes)] : [right || left].filter(Boolean);
    }),
    reveal,
  };
}

// Finding paths to lines: JSON Pointers in Avro and JSON Schema, element paths in .proto text.
function pathLines(text, language) {
  if (language === 'json') return pointerLines(text);
  if (language === 'proto') return protoPathLines(text);
  return new Map();
}

function table(rows, text, id, render, head) {
  const leftLines = highlightLines(text.leftText, text.leftLanguage);
  const rightLines = highlightLines(text.rightText, text.rightLanguage);
  const byLeft = new Map();
  const byRight = new Map();
  const changeRows = [];
  const body = h('tbody');
  for (const group of groups(rows)) {
    const trs = group.rows.flatMap((row) => {
      const made = render(row, leftLines, rightLines);
      for (const tr of made) {
        const side = tr.dataset.side; // unified rows show one side, or both when unchanged
        if (row.left !== null && side !== 'right') byLeft.set(row.left, tr);
        if (row.right !== null && side !== 'left') byRight.set(row.right, tr);
        if (row.kind !== 'same') changeRows.push(tr);
      }
      return made;
    });
    if (group.folded) {
      const fold = foldRow(trs, id === 'diff-table' ? 4 : 3);
      body.append(fold, ...trs);
    } else {
      body.append(...trs);
    }
  }
  const box = h('div', { className: `code diff ${id === 'diff-table' ? 'split' : 'unified'}`, tabindex: '0', role: 'region', 'aria-label': id === 'diff-table' ? 'Side-by-side diff' : 'Unified diff' },
    h('table', { className: 'code-lines', id }, h('thead', null, h('tr', null, head)), body));
  return { box, byLeft, byRight, changeRows };
}

// Splits the rows into shown runs and folded runs of unchanged lines far from any change.
function groups(rows) {
  const near = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.kind === 'same') return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(rows.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const out = [];
  let i = 0;
  while (i < rows.length) {
    const folded = rows[i].kind === 'same' && !near[i];
    let j = i;
    while (j < rows.length && (rows[j].kind === 'same' && !near[j]) === folded) j++;
    const run = rows.slice(i, j);
    out.push({ folded: folded && run.length >= FOLD_MIN, rows: run });
    i = j;
  }
  return out;
}

function foldRow(hidden, columns) {
  for (const tr of hidden) tr.hidden = true;
  const count = hidden.length;
  const fold = h('tr', { className: 'fold' }, h('td', { colspan: String(columns) },
    h('button', {
      type: 'button', className: 'link', 'aria-expanded': 'false', onClick: () => {
        for (const tr of hidden) tr.hidden = false;
        fold.remove();
      },
    }, `Show ${count} unchanged line${count === 1 ? '' : 's'}`)));
  for (const tr of hidden) tr.fold = fold;
  return fold;
}

/** Opens the fold that hides `row`, if any. */
export function reveal(row) {
  if (row.hidden && row.fold) row.fold.querySelector('button').click();
}

function bringIntoBox(box, row) {
  reveal(row);
  box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 4;
  if (box.getBoundingClientRect().top < 0 || box.getBoundingClientRect().top > window.innerHeight * 0.6) {
    box.scrollIntoView({ block: 'start' });
  }
}

function splitRows(row, leftLines, rightLines) {
  const cell = (index, lines, side) => index === null
    ? [h('td', { className: 'line-no' }), h('td', { className: 'line empty' })]
    : [h('td', { className: 'line-no' }, String(index + 1)), h('td', { className: `line ${side}-${row.kind}` }, lines[index])];
  return [h('tr', { className: 'row-' + row.kind }, cell(row.left, leftLines, 'left'), cell(row.right, rightLines, 'right'))];
}

// A changed pair becomes a removed line then an added one; each row says which side it shows.
function unifiedRows(row, leftLines, rightLines) {
  const line = (kind, left, right, content, side) => h('tr', { className: 'row-' + kind, 'data-side': side },
    h('td', { className: 'line-no' }, left === null ? '' : String(left + 1)),
    h('td', { className: 'line-no' }, right === null ? '' : String(right + 1)),
    h('td', { className: `line unified-${kind}` }, h('span', { className: 'marker', 'aria-hidden': 'true' }, kind === 'removed' ? '−' : kind === 'added' ? '+' : ' '), content));
  if (row.kind === 'same') return [line('same', row.left, row.right, leftLines[row.left], 'both')];
  const out = [];
  if (row.left !== null) out.push(line('removed', row.left, null, leftLines[row.left], 'left'));
  if (row.right !== null) out.push(line('added', null, row.right, rightLines[row.right], 'right'));
  return out;
}
