// Contracts: what runs together in an environment as a matrix of applications × subjects, each cell
// the verdict of the pairs it is in, the reasons of the failing pairs, and a can-i-deploy form.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { errorBox, heading, loading, replaceQuery, to } from './parts.js';

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

function drawMatrix(matrix) {
  const subjects = [...new Set(matrix.pairs.map((p) => p.subject))].sort();
  const cell = (d, subject) => {
    const mine = matrix.pairs.filter((p) => p.subject === subject
      && ((p.producer === d.application && p.producerVersion === d.version) || (p.consumer === d.application && p.consumerVersion === d.version)));
    if (mine.length === 0) return h('td', { className: 'muted' }, '');
    const role = mine[0].producer === d.application ? 'writes' : 'reads';
    const ok = mine.every((p) => p.compatible);
    return h('td', { 'data-verdict': ok ? 'ok' : 'fail' }, role, ' ', h('span', { className: 'badge ' + (ok ? 'good' : 'bad') }, ok ? 'agrees' : 'breaks'));
  };
  return [
    h('h2', { id: 'matrix-title' }, `Running in ${matrix.environment}`),
    matrix.deployments.length === 0 ? h('p', { className: 'muted' }, 'Nothing is deployed here.') : h('div', { className: 'table-wrap' },
      h('table', { className: 'list', id: 'matrix-table' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Application'), subjects.map((s) => h('th', { scope: 'col' }, h('a', { href: to.subject(s) }, s))))),
        h('tbody', null, matrix.deployments.map((d) => h('tr', null,
          h('th', { scope: 'row' }, d.application, h('span', { className: 'muted' }, ` ${d.version}`)),
          subjects.map((s) => cell(d, s))))))),
    reasons(matrix.pairs.filter((p) => !p.compatible), 'matrix-failures'),
  ];
}

function reasons(failing, id) {
  if (failing.length === 0) return null;
  return h('div', { id }, failing.map((p) => h('div', { className: 'message error' },
    h('strong', null, `${p.subject}: ${p.producer} ${p.producerVersion} → ${p.consumer} ${p.consumerVersion}`),
    h('ul', null,
      (p.findings || []).map((f) => h('li', null, h('code', null, f.ruleId), ' at ', h('code', null, f.path || '/'), ': ', f.message)),
      (p.examples || []).map((x) => h('li', null, `example ${x.example}: `, h('code', null, x.ruleId), ' at ', h('code', null, x.path || '/'), ': ', x.message))))));
}

function canIDeployForm(applications, environments, chosen) {
  const application = h('select', { id: 'cid-application' }, applications.map((a) => h('option', { value: a }, a)));
  const version = h('input', { type: 'text', id: 'cid-version', required: true, autocomplete: 'off', spellcheck: 'false' });
  const target = h('select', { id: 'cid-target' },
    environments.map((env) => h('option', { value: env, selected: env === chosen }, env)),
    h('option', { value: '' }, 'latest versions'));
  const result = h('div', { id: 'cid-result', 'aria-live': 'polite' });
  const form = h('form', {
    className: 'panel',
    onSubmit: async (event) => {
      event.preventDefault();
      replace(result, h('p', { className: 'muted' }, 'Checking…'));
      try {
        replace(result, answer(await api.canIDeploy(application.value, version.value.trim(), target.value)));
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
    h('button', { type: 'submit', id: 'cid-run' }, 'Check')),
  result);
  return form;
}

function answer(check) {
  const where = check.environment || 'the latest versions';
  return [
    h('p', { id: 'cid-verdict' }, h('span', { className: 'badge ' + (check.deployable ? 'good' : 'bad') }, check.deployable ? 'yes' : 'no'),
      ` ${check.application} ${check.version} ${check.deployable ? 'agrees with' : 'does not agree with'} ${where}`,
      ` (${check.pairs.length} pair${check.pairs.length === 1 ? '' : 's'} checked).`),
    check.pairs.length === 0 ? null : h('ul', { id: 'cid-pairs' }, check.pairs.map((p) => h('li', null,
      h('a', { href: to.subject(p.subject) }, p.subject), `: ${p.producer} ${p.producerVersion} → ${p.consumer} ${p.consumerVersion} `,
      h('span', { className: 'badge ' + (p.compatible ? 'good' : 'bad') }, p.compatible ? 'agrees' : 'breaks')))),
    reasons(check.pairs.filter((p) => !p.compatible), 'cid-failures'),
  ];
}
