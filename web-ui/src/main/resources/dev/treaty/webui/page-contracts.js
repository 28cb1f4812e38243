// Contracts: what runs together in an environment as a matrix of applications × subjects, each cell
// the verdict of the pairs it is in with links to the reasons of those that fail; a summary line,
// when each version was deployed, the applications with no counterpart apart; and a can-i-deploy
// form that offers the published versions and can require verification results. Each cell names
// the registered schema versions that meet: the one this application writes or reads, and each
// counterpart's.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { errorBox, heading, loading, replaceQuery, time, to } from './parts.js';

export async function render(main, { params, isCurrent }) {
  document.title = 'Contracts · Treaty';
  replace(main, heading('Contracts'), loading('the environments'));
  const [environments, applications] = await Promise.all([api.environments(), api.applications()]);
  if (!isCurrent()) return;
  const chosen = environments.includes(params.get('environment')) ? params.get('environment') : environments[0];
  const matrixPanel = h('section', { className: 'panel', id: 'matrix', 'aria-labelledby': 'matrix-title' });
  const select = h('select', { id: 'environment-select', onChange: () => show(select.value) },
    environments.map((env) => h('option', { value: env, selected: env === chosen }, env)));
  const show = async (environment) => {
    replaceQuery('#/contracts', { environment });
    replace(matrixPanel, loading('the matrix'));
    try {
      const matrix = await api.matrix(environment);
      if (isCurrent()) replace(matrixPanel, ...drawMatrix(matrix));
    } catch (e) {
      replace(matrixPanel, errorBox(e));
    }
  };
  replace(main, heading('Contracts'),
    environments.length === 0
      ? h('p', { className: 'muted' }, 'No environment yet: record a deployment (treaty deploy record APP VERSION ENV).')
      : h('div', { className: 'filters' }, h('label', null, h('span', null, 'Environment'), select)),
    environments.length === 0 ? null : matrixPanel,
    canIDeployForm(applications, environments, chosen));
  if (chosen) await show(chosen);
}

const isIn = (d) => (p) => (p.producer === d.application && p.producerVersion === d.version)
  || (p.consumer === d.application && p.consumerVersion === d.version);

function drawMatrix(matrix) {
  const subjects = [...new Set(matrix.pairs.map((p) => p.subject))].sort();
  const failing = matrix.pairs.filter((p) => !p.compatible);
  const reasonId = (p) => `matrix-reason-${failing.indexOf(p)}`;
  const paired = matrix.deployments.filter((d) => matrix.pairs.some(isIn(d)));
  const alone = matrix.deployments.filter((d) => !matrix.pairs.some(isIn(d)));
  const cell = (d, subject) => {
    const mine = matrix.pairs.filter((p) => p.subject === subject && isIn(d)(p));
    if (mine.length === 0) return h('td', { className: 'muted' }, '');
    const writes = mine[0].producer === d.application;
    const ok = mine.every((p) => p.compatible);
    const own = writes ? mine[0].producerSchemaVersion : mine[0].consumerSchemaVersion;
    return h('td', { 'data-verdict': ok ? 'ok' : 'fail' },
      writes ? 'writes ' : 'reads ', schemaVersion(subject, own, 'own-schema'), ' ',
      h('span', { className: 'badge ' + (ok ? 'good' : 'bad') }, ok ? 'agrees' : 'breaks'),
      h('ul', { className: 'counterparts' }, mine.map((p) => {
        const other = writes ? `${p.consumer} ${p.consumerVersion}` : `${p.producer} ${p.producerVersion}`;
        const label = `${writes ? 'to' : 'from'} ${other}`;
        const theirs = [` (${writes ? 'reads' : 'writes'} `,
          schemaVersion(subject, writes ? p.consumerSchemaVersion : p.producerSchemaVersion, 'their-schema'), ')'];
        return h('li', null, p.compatible
          ? h('span', { className: 'muted' }, label, ...theirs)
          : [h('button', { type: 'button', className: 'link', 'data-reason': reasonId(p), onClick: () => focusReason(reasonId(p)) }, label, ': why'),
            ...theirs]);
      })));
  };
  const count = matrix.pairs.length;
  return [
    h('h2', { id: 'matrix-title' }, `Running in ${matrix.environment}`),
    count === 0 ? null : h('p', { id: 'matrix-summary', className: failing.length ? 'summary bad-text' : 'summary' },
      failing.length === 0
        ? (count === 1 ? 'The one pair agrees.' : `All ${count} pairs agree.`)
        : `${failing.length} of ${count} pair${count === 1 ? '' : 's'} fail${failing.length === 1 ? 's' : ''}.`),
    matrix.deployments.length === 0 ? h('p', { className: 'muted' }, 'Nothing is deployed here.') : null,
    paired.length === 0 ? null : h('div', { className: 'table-wrap' },
      h('table', { className: 'list', id: 'matrix-table' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Application'), subjects.map((s) => h('th', { scope: 'col' }, h('a', { href: to.subject(s) }, s))))),
        h('tbody', null, paired.map((d) => h('tr', null,
          h('th', { scope: 'row' }, h('a', { href: to.application(d.application, d.version) }, d.application, h('span', { className: 'muted' }, ` ${d.version}`)),
            d.deployedAt ? h('div', { className: 'muted small' }, 'since ', time(d.deployedAt)) : null),
          subjects.map((s) => cell(d, s))))))),
    alone.length === 0 ? null : h('div', { id: 'matrix-alone' },
      h('h3', null, 'No counterpart here'),
      h('p', { className: 'muted small' }, 'These run in the environment but neither write nor read a subject any other application here uses.'),
      h('ul', null, alone.map((d) => h('li', null, h('a', { href: to.application(d.application, d.version) }, h('strong', null, d.application), ` ${d.version}`),
        d.deployedAt ? h('span', { className: 'muted small' }, ' · since ', time(d.deployedAt)) : null)))),
    reasons(failing, 'matrix-failures', reasonId),
  ];
}

/** A registered schema version as a link to it, or words saying the schema is not registered. */
function schemaVersion(subject, version, className) {
  return version === undefined || version === null
    ? h('span', { className: className + ' muted' }, 'an unregistered schema')
    : h('a', { className, href: to.subject(subject, version) }, `v${version}`);
}

function focusReason(id) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

function reasons(failing, id, reasonId) {
  if (failing.length === 0) return null;
  return h('div', { id }, failing.map((p) => h('div', { className: 'message error', id: reasonId ? reasonId(p) : null, tabindex: reasonId ? '-1' : null },
    h('strong', null, `${p.subject}: ${p.producer} ${p.producerVersion} → ${p.consumer} ${p.consumerVersion}`),
    h('span', { className: 'muted' }, ` (schema ${versionWord(p.producerSchemaVersion)} read with ${versionWord(p.consumerSchemaVersion)})`),
    h('ul', null,
      (p.findings || []).map((f) => h('li', null, h('code', null, f.ruleId), ' at ', h('code', null, f.path || '/'), ': ', f.message)),
      (p.examples || []).map((x) => h('li', null, `example ${x.example}: `, h('code', null, x.ruleId), ' at ', h('code', null, x.path || '/'), ': ', x.message))))));
}

function versionWord(version) {
  return version === undefined || version === null ? 'unregistered' : `v${version}`;
}

function canIDeployForm(applications, environments, chosen) {
  const version = h('select', { id: 'cid-version', required: true });
  const fillVersions = async () => {
    replace(version, h('option', { value: '' }, 'Loading…'));
    const versions = await api.applicationVersions(application.value).catch(() => []);
    // newest first: the version about to be deployed is usually the last one published
    replace(version, [...versions].reverse().map((v) => h('option', { value: v }, v)));
  };
  const application = h('select', { id: 'cid-application', onChange: fillVersions }, applications.map((a) => h('option', { value: a }, a)));
  const target = h('select', { id: 'cid-target' },
    environments.map((env) => h('option', { value: env, selected: env === chosen }, env)),
    h('option', { value: '' }, 'latest versions'));
  const verification = h('input', { type: 'checkbox', id: 'cid-verification' });
  const result = h('div', { id: 'cid-result', 'aria-live': 'polite' });
  const form = h('form', {
    className: 'panel',
    onSubmit: async (event) => {
      event.preventDefault();
      replace(result, h('p', { className: 'muted' }, 'Checking…'));
      try {
        replace(result, answer(await api.canIDeploy(application.value, version.value, target.value, verification.checked)));
      } catch (e) {
        replace(result, errorBox(e));
      }
    },
  },
  h('h2', null, 'Can I deploy?'),
  h('div', { className: 'filters' },
    h('label', null, h('span', null, 'Application'), application),
    h('label', null, h('span', null, 'Version'), version),
    h('label', null, h('span', null, 'To'), target),
    h('label', { className: 'check' }, verification, ' Require verification results'),
    h('button', { type: 'submit', id: 'cid-run' }, 'Check')),
  result);
  if (applications.length) fillVersions();
  return form;
}

function answer(check) {
  const where = check.environment || 'the latest versions';
  const verifications = check.verifications || [];
  return [
    h('p', { id: 'cid-verdict' }, h('span', { className: 'badge ' + (check.deployable ? 'good' : 'bad') }, check.deployable ? 'yes' : 'no'),
      ` ${check.application} ${check.version} ${check.deployable ? 'agrees with' : 'does not agree with'} ${where}`,
      ` (${check.pairs.length} pair${check.pairs.length === 1 ? '' : 's'} checked).`),
    check.pairs.length === 0 ? null : h('ul', { id: 'cid-pairs' }, check.pairs.map((p) => h('li', null,
      h('a', { href: to.subject(p.subject) }, p.subject), `: ${p.producer} ${p.producerVersion} → ${p.consumer} ${p.consumerVersion} `,
      h('span', { className: 'muted' }, `(schema ${versionWord(p.producerSchemaVersion)} read with ${versionWord(p.consumerSchemaVersion)}) `),
      h('span', { className: 'badge ' + (p.compatible ? 'good' : 'bad') }, p.compatible ? 'agrees' : 'breaks')))),
    verifications.length === 0 ? null : h('div', null, h('h3', null, 'Verification results'),
      h('ul', { id: 'cid-verifications' }, verifications.map((v) => h('li', { 'data-status': v.status },
        `${v.producer} ${v.producerVersion} → ${v.consumer} ${v.consumerVersion} `,
        h('span', { className: 'badge ' + (v.status === 'PASSED' ? 'good' : 'bad') }, v.status.toLowerCase()))))),
    reasons(check.pairs.filter((p) => !p.compatible), 'cid-failures'),
  ];
}
