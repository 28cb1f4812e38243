// Catalog: every application with its owner and description, what its latest contract produces
// and consumes, and a download of its AsyncAPI document; every event (subject) with its format,
// the description its schema gives and who produces and consumes it; and per environment a flow
// map of what runs there, producers → subjects → consumers, failing pairs marked; above it, every
// environment with how many of its pairs fail, so a broken one shows without opening it.

import { api, asyncApiUrl } from './api.js';
import { h, replace } from './dom.js';
import { flowMap, flows } from './flow-map.js';
import { errorBox, formatBadge, heading, loading, replaceQuery, to } from './parts.js';

export async function render(main, { params, isCurrent }) {
  document.title = 'Catalog · Treaty';
  replace(main, heading('Catalog'), loading('the catalog'));
  const [applications, environments] = await Promise.all([api.catalog(), api.environments()]);
  const [described, matrices] = await Promise.all([Promise.all(applications.map(latestContract)),
    Promise.all(environments.map((env) => api.matrix(env).then(normalised)))]);
  if (!isCurrent()) return;
  const matrixOf = new Map(environments.map((env, i) => [env, matrices[i]]));
  const chosen = environments.includes(params.get('environment')) ? params.get('environment') : environments[0];
  const flowPanel = h('section', { className: 'panel', id: 'catalog-flow', 'aria-labelledby': 'flow-title' });
  const select = h('select', { id: 'flow-environment', onChange: () => show(select.value) },
    environments.map((env) => h('option', { value: env, selected: env === chosen },
      failingOf(matrixOf.get(env)).length ? `${env} (failing pairs)` : env)));
  const show = async (environment) => {
    replaceQuery('#/catalog', { environment });
    replace(flowPanel, loading('the flow map'));
    try {
      const drawn = await flowOf(environment, matrixOf.get(environment));
      if (isCurrent()) replace(flowPanel, ...drawn);
    } catch (e) {
      replace(flowPanel, errorBox(e));
    }
  };
  replace(main, heading('Catalog'),
    applicationsPanel(described),
    eventsPanel(described),
    environments.length === 0
      ? h('p', { className: 'muted' }, 'No environment yet: record a deployment to see what flows where.')
      : environmentsPanel(environments, matrixOf),
    environments.length === 0 ? null
      : h('div', { className: 'filters' }, h('label', null, h('span', null, 'Flow map of'), select)),
    environments.length === 0 ? null : flowPanel);
  if (chosen) await show(chosen);
}

/** The application with its newest version's contract; none when it has published no contract. */
async function latestContract(application) {
  const versions = await api.applicationVersions(application.name).catch(() => []);
  if (versions.length === 0) return { ...application, version: null, contract: null };
  const version = versions[versions.length - 1];
  return { ...application, version, contract: await api.contract(application.name, version) };
}

function applicationsPanel(applications) {
  return h('section', { className: 'panel', id: 'catalog-applications', 'aria-labelledby': 'applications-title' },
    h('h2', { id: 'applications-title' }, 'Applications'),
    applications.length === 0
      ? h('p', { className: 'muted' }, 'No application yet: publish a contract (treaty contract publish APP VERSION ...).')
      : h('div', { className: 'table-wrap' }, h('table', { className: 'list', id: 'applications-table' },
        h('thead', null, h('tr', null, ['Application', 'Description', 'Latest version', 'Produces', 'Consumes', 'AsyncAPI']
          .map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', null, applications.map((a) => h('tr', { 'data-application': a.name },
          h('th', { scope: 'row' }, a.name, a.owner ? h('div', { className: 'catalog-owner' }, 'owned by ', a.owner) : null),
          h('td', null, a.description || h('span', { className: 'muted' }, 'no description')),
          h('td', null, a.version || h('span', { className: 'muted' }, 'none')),
          h('td', null, subjectList(a.contract && a.contract.produces)),
          h('td', null, subjectList(a.contract && a.contract.consumes)),
          h('td', null, a.version ? h('a', { href: asyncApiUrl(a.name, { version: a.version }), className: 'asyncapi',
            download: `${a.name}-${a.version}.asyncapi.json` }, 'Download', h('span', { className: 'visually-hidden' }, ` the AsyncAPI document of ${a.name} ${a.version}`)) : null)))))));
}

// The API leaves an empty list out of a contract.
function subjectList(entries) {
  return h('ul', { className: 'plain' }, (entries || []).map((e) => h('li', null, h('a', { href: to.subject(e.subject) }, e.subject))));
}

/** Every subject a latest contract names, with who produces and who consumes it. */
function events(applications) {
  const bySubject = new Map();
  const add = (entry, application, role) => {
    if (!bySubject.has(entry.subject)) bySubject.set(entry.subject, { subject: entry.subject, entry, producers: [], consumers: [] });
    const event = bySubject.get(entry.subject);
    event[role].push(application);
    if (role === 'producers') event.entry = entry; // the written schema describes the event best
  };
  for (const a of applications.filter((x) => x.contract)) {
    (a.contract.produces || []).forEach((e) => add(e, a.name, 'producers'));
    (a.contract.consumes || []).forEach((e) => add(e, a.name, 'consumers'));
  }
  return [...bySubject.values()].sort((x, y) => x.subject.localeCompare(y.subject));
}

/** What the schema says about itself: an Avro doc or a JSON Schema description. */
function schemaDescription(entry) {
  if (entry.schemaType === 'PROTOBUF') return null;
  try {
    const schema = JSON.parse(entry.schema);
    return schema && typeof schema === 'object' ? schema.doc || schema.description || null : null;
  } catch (e) {
    return null;
  }
}

function topicOf(subject) {
  const match = /^(.+)-(value|key)$/.exec(subject);
  return match ? match[1] : null;
}

function eventsPanel(applications) {
  const list = events(applications);
  return h('section', { className: 'panel', id: 'catalog-events', 'aria-labelledby': 'events-title' },
    h('h2', { id: 'events-title' }, 'Events'),
    list.length === 0 ? h('p', { className: 'muted' }, 'No contract names a subject yet.')
      : h('div', { className: 'table-wrap' }, h('table', { className: 'list', id: 'events-table' },
        h('thead', null, h('tr', null, ['Subject', 'Topic', 'Format', 'Description', 'Produced by', 'Consumed by']
          .map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', null, list.map((e) => h('tr', { 'data-subject': e.subject },
          h('th', { scope: 'row' }, h('a', { href: to.subject(e.subject) }, e.subject)),
          h('td', null, topicOf(e.subject) || h('span', { className: 'muted' }, 'by record name')),
          h('td', null, formatBadge(e.entry.schemaType)),
          h('td', null, schemaDescription(e.entry) || h('span', { className: 'muted' }, 'none')),
          h('td', null, e.producers.join(', ') || h('span', { className: 'muted' }, 'nobody')),
          h('td', null, e.consumers.join(', ') || h('span', { className: 'muted' }, 'nobody'))))))));
}

// The API leaves empty lists out.
function normalised(found) {
  return { ...found, deployments: found.deployments || [], pairs: found.pairs || [] };
}

function failingOf(matrix) {
  return matrix.pairs.filter((p) => !p.compatible);
}

/** Each environment and its verdict in words (not colour alone), linking to its flow map. */
function environmentsPanel(environments, matrixOf) {
  return h('section', { className: 'panel', id: 'catalog-environments', 'aria-labelledby': 'environments-title' },
    h('h2', { id: 'environments-title' }, 'Environments'),
    h('ul', { className: 'plain', id: 'flow-environments' }, environments.map((env) => {
      const matrix = matrixOf.get(env);
      const failing = failingOf(matrix).length;
      const verdict = matrix.pairs.length === 0 ? 'no pair to judge'
        : failing ? `${failing} of ${matrix.pairs.length} pair(s) fail` : `all ${matrix.pairs.length} pair(s) agree`;
      return h('li', { 'data-environment': env, 'data-verdict': failing ? 'fail' : 'ok' },
        h('a', { href: `#/catalog?environment=${encodeURIComponent(env)}` }, env), ': ',
        h('span', { className: failing ? 'badge bad' : matrix.pairs.length ? 'badge good' : 'badge' }, verdict),
        ` · ${matrix.deployments.length} application(s) deployed`);
    })));
}

async function flowOf(environment, loaded) {
  // the matrix read with the page, when there is one
  const matrix = loaded || normalised(await api.matrix(environment));
  const running = await Promise.all(matrix.deployments.map(async (d) =>
    ({ application: d.application, version: d.version, contract: await api.contract(d.application, d.version) })));
  const model = flows(running, matrix.pairs);
  const failing = matrix.pairs.filter((p) => !p.compatible);
  return [
    h('h2', { id: 'flow-title' }, `What flows in ${environment}`),
    running.length === 0 ? h('p', { className: 'muted' }, 'Nothing is deployed here.') : null,
    running.length === 0 ? null : h('p', { id: 'flow-summary', className: failing.length ? 'summary bad-text' : 'summary' },
      `${model.producers.length} producer(s), ${model.subjects.length} subject(s), ${model.consumers.length} consumer(s); `,
      failing.length === 0 ? 'every pair agrees.' : `${failing.length} of ${matrix.pairs.length} pair(s) fail (dashed red).`),
    running.length === 0 ? null : flowMap(model, 'flow-title'),
    matrix.pairs.length === 0 ? null : h('ul', { id: 'flow-list' }, matrix.pairs.map((p) => h('li', { 'data-verdict': p.compatible ? 'ok' : 'fail' },
      `${p.producer} ${p.producerVersion} → `, h('a', { href: to.subject(p.subject) }, p.subject), ` → ${p.consumer} ${p.consumerVersion} `,
      h('span', { className: 'badge ' + (p.compatible ? 'good' : 'bad') }, p.compatible ? 'agrees' : 'breaks')))),
    running.length === 0 ? null : h('div', { id: 'flow-downloads' }, h('h3', null, 'AsyncAPI documents of what runs here'),
      h('ul', null, running.map((r) => h('li', null, h('a', { href: asyncApiUrl(r.application, { environment }), className: 'asyncapi',
        download: `${r.application}-${environment}.asyncapi.json` }, `${r.application} ${r.version}`))))),
  ];
}
