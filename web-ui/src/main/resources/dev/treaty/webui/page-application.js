// Applications and their contracts: the list of applications, and one application's published
// versions, where each runs, and what a version writes and reads (subjects with the registered
// schema version, the schema itself and the version's examples).

import { api } from './api.js';
import { h, replace } from './dom.js';
import { codeBlock, languageOf, layout } from './highlight.js';
import { errorBox, formatBadge, heading, loading, time, to } from './parts.js';

export async function render(main, { application, params, isCurrent }) {
  if (!application) return list(main, isCurrent);
  document.title = `${application} · Treaty`;
  replace(main, heading(application), loading('the application'));
  const [versions, environments] = await Promise.all([api.applicationVersions(application), api.environments()]);
  const running = await Promise.all(environments.map(async (environment) => ({
    environment, deployment: (await api.deployments(environment)).find((d) => d.application === application),
  })));
  if (!isCurrent()) return;
  const newestFirst = [...versions].reverse();
  const chosen = versions.includes(params.get('version')) ? params.get('version') : newestFirst[0];
  const where = (version) => running.filter((r) => r.deployment && r.deployment.version === version);
  const contractPanel = h('div', { id: 'contract' }, loading('the contract'));
  replace(main, heading(application, h('span', { className: 'badge muted-badge' }, `${versions.length} version${versions.length === 1 ? '' : 's'}`)),
    h('div', { className: 'subject-layout' },
      h('div', null,
        h('section', { className: 'panel', 'aria-labelledby': 'app-versions-title' },
          h('h2', { id: 'app-versions-title' }, 'Published versions'),
          h('ol', { id: 'app-versions', className: 'versions', reversed: true }, newestFirst.map((v) => h('li', null,
            h('a', { href: to.application(application, v), 'aria-current': v === chosen ? 'true' : null }, v),
            where(v).map((r) => [' ', h('a', { className: 'badge env', href: to.contracts(r.environment) }, r.environment)]))))),
        h('section', { className: 'panel', 'aria-labelledby': 'app-deployments-title' },
          h('h2', { id: 'app-deployments-title' }, 'Deployments'),
          environments.length === 0 ? h('p', { className: 'muted small' }, 'No environment yet.')
            : h('ul', { id: 'app-deployments' }, running.map((r) => h('li', null,
              h('a', { href: to.contracts(r.environment) }, r.environment), ': ',
              r.deployment
                ? [h('a', { href: to.application(application, r.deployment.version) }, r.deployment.version),
                  r.deployment.deployedAt ? h('span', { className: 'muted small' }, ' since ', time(r.deployment.deployedAt)) : null]
                : h('span', { className: 'muted' }, 'not running')))))),
      contractPanel));
  try {
    const contract = await api.contract(application, chosen);
    if (isCurrent()) replace(contractPanel, ...drawContract(contract));
  } catch (e) {
    if (isCurrent()) replace(contractPanel, errorBox(e));
  }
}

async function list(main, isCurrent) {
  document.title = 'Applications · Treaty';
  replace(main, heading('Applications'), loading('the applications'));
  const applications = await api.applications();
  if (!isCurrent()) return;
  replace(main, heading('Applications'),
    applications.length === 0
      ? h('p', { className: 'muted' }, 'No application has published a contract yet (treaty contract publish APP VERSION …).')
      : h('ul', { id: 'applications', className: 'panel' }, applications.map((a) => h('li', null, h('a', { href: to.application(a) }, a)))));
}

function drawContract(contract) {
  // the answer leaves out an empty list
  const sides = [...(contract.produces || []).map((e) => ({ ...e, writes: true })),
    ...(contract.consumes || []).map((e) => ({ ...e, writes: false }))];
  // the registry says which registered version each schema is (absent: not registered)
  const versions = sides.map((side) => (side.registeredVersion === undefined ? null : side.registeredVersion));
  return [
    h('h2', { id: 'contract-title' }, `Contract of ${contract.version}`,
      contract.publishedAt ? h('span', { className: 'muted small' }, ' published ', time(contract.publishedAt)) : null),
    sides.length === 0 ? null : h('ul', { id: 'contract-summary' }, sides.map((side, i) => h('li', null,
      side.writes ? 'writes ' : 'reads ', h('a', { href: to.subject(side.subject) }, side.subject), ' with ',
      versionLink(side.subject, versions[i])))),
    sides.map((side, i) => h('section', { className: 'panel contract-side', 'aria-label': `${side.writes ? 'Writes' : 'Reads'} ${side.subject}` },
      h('h3', null, side.writes ? 'Writes ' : 'Reads ', h('a', { href: to.subject(side.subject) }, side.subject), formatBadge(side.schemaType || 'AVRO'),
        h('span', { className: 'badge muted-badge' }, versions[i] === null ? 'not registered' : `version ${versions[i]}`)),
      h('details', null, h('summary', null, 'Schema'),
        codeBlock(layout(side.schema || '', languageOf(side.schemaType || 'AVRO')), languageOf(side.schemaType || 'AVRO'))),
      (side.examples || []).length === 0
        ? h('p', { className: 'muted small' }, 'No examples.')
        : [h('h4', null, `Examples (${side.examples.length})`),
          h('ol', { className: 'examples', start: '0' }, side.examples.map((example) => h('li', null,
            h('pre', { className: 'example' }, JSON.stringify(example, null, 2)))))])),
  ];
}

function versionLink(subject, version) {
  if (version === null) return 'an unregistered schema';
  return h('a', { href: to.subject(subject, version) }, `version ${version}`);
}
