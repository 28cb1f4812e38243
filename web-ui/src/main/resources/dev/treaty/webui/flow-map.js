// The flow map of an environment: the applications running there that produce a subject on the
// left, the subjects in the middle, the applications that consume them on the right, and a line
// for every produce and consume; a line on a pair that fails its compatibility check is marked.
// Plain SVG, built from data with svg() (no markup parsing); the page lists the same in text.

import { svg } from './dom.js';

const WIDTH = 960;
const COLUMN = 250;
const ROW = 38;
const NODE = 28;
const TOP = 34;
const LABEL = 30;

/**
 * The map's model from what runs in an environment: `running` is [{application, version, contract}]
 * (the contract as the API gives it), `pairs` the environment matrix's pairs. Columns are sorted by
 * name; an edge fails when a failing pair goes through it.
 */
export function flows(running, pairs) {
  const failing = pairs.filter((p) => !p.compatible);
  const producers = new Set();
  const subjects = new Set();
  const consumers = new Set();
  const edges = [];
  for (const { application, contract } of running) {
    for (const entry of contract.produces || []) {
      producers.add(application);
      subjects.add(entry.subject);
      edges.push({ from: application, to: entry.subject, kind: 'produces',
        fail: failing.some((p) => p.producer === application && p.subject === entry.subject) });
    }
    for (const entry of contract.consumes || []) {
      consumers.add(application);
      subjects.add(entry.subject);
      edges.push({ from: entry.subject, to: application, kind: 'consumes',
        fail: failing.some((p) => p.consumer === application && p.subject === entry.subject) });
    }
  }
  const sorted = (set) => [...set].sort();
  return { producers: sorted(producers), subjects: sorted(subjects), consumers: sorted(consumers), edges };
}

/** The SVG of a model from flows(); `titleId` names the element that titles it. */
export function flowMap(model, titleId) {
  const rows = Math.max(model.producers.length, model.subjects.length, model.consumers.length, 1);
  const height = TOP + rows * ROW;
  const x = { producers: 0, subjects: (WIDTH - COLUMN) / 2, consumers: WIDTH - COLUMN };
  const y = (column, name) => TOP + model[column].indexOf(name) * ROW;
  const edge = (e) => {
    const [fromColumn, toColumn] = e.kind === 'produces' ? ['producers', 'subjects'] : ['subjects', 'consumers'];
    const x1 = x[fromColumn] + COLUMN;
    const y1 = y(fromColumn, e.from) + NODE / 2;
    const x2 = x[toColumn];
    const y2 = y(toColumn, e.to) + NODE / 2;
    const middle = (x1 + x2) / 2;
    return svg('path', {
      className: 'flow-edge' + (e.fail ? ' fail' : ''), 'data-from': e.from, 'data-to': e.to, 'data-kind': e.kind,
      d: `M ${x1} ${y1} C ${middle} ${y1}, ${middle} ${y2}, ${x2} ${y2}`,
    });
  };
  const node = (column, name) => {
    const failing = model.edges.some((e) => e.fail && (e.from === name || e.to === name)
      && (column === 'subjects' || e.kind === (column === 'producers' ? 'produces' : 'consumes')));
    return svg('g', { className: `flow-node ${column}` + (failing ? ' fail' : ''), 'data-name': name },
      svg('title', null, name),
      svg('rect', { x: x[column], y: y(column, name), width: COLUMN, height: NODE, rx: 6 }),
      svg('text', { x: x[column] + 10, y: y(column, name) + NODE / 2 + 5 }, name.length > LABEL ? name.slice(0, LABEL - 1) + '…' : name));
  };
  const header = (column, label) => svg('text', { className: 'flow-header', x: x[column], y: 16 }, label);
  return svg('svg', { id: 'flow-map', viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-labelledby': titleId },
    header('producers', 'Producers'), header('subjects', 'Subjects'), header('consumers', 'Consumers'),
    model.edges.filter((e) => !e.fail).map(edge),
    // failing lines last, so that they are drawn over the others
    model.edges.filter((e) => e.fail).map(edge),
    ['producers', 'subjects', 'consumers'].map((column) => model[column].map((name) => node(column, name))));
}
