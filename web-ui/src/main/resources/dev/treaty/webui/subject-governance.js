// Governance beside a subject: what deprecated it (with the replacement as a link) and the lint
// findings a version was registered with.

import { h } from './dom.js';
import { to } from './parts.js';

export function deprecationNote(deprecation, id) {
  return h('p', { className: 'notice warn-notice', id },
    h('strong', null, deprecation.version ? `Version ${deprecation.version} is deprecated` : 'This subject is deprecated'),
    deprecation.reason ? ` — ${deprecation.reason}` : '',
    deprecation.sunset ? `. Sunset ${deprecation.sunset}` : '',
    deprecation.replacement ? ['. Use ', replacementLink(deprecation.replacement), ' instead.'] : '.');
}

function replacementLink(replacement) {
  const at = replacement.lastIndexOf('@');
  const subject = at < 0 ? replacement : replacement.slice(0, at);
  const version = at < 0 ? undefined : parseInt(replacement.slice(at + 1), 10);
  return h('a', { href: to.subject(subject, version), className: 'replacement' }, replacement);
}

export function findingsPanel(findings, ruleSet) {
  return h('section', { className: 'findings', 'aria-labelledby': 'findings-title' },
    h('h3', { id: 'findings-title' }, 'Lint findings'),
    findings.length === 0
      ? h('p', { className: 'muted' }, ruleSet ? `None recorded under ${ruleSet}.` : 'This subject is not linted.')
      : h('ul', { id: 'findings' }, findings.map((f) => h('li', { className: f.severity === 'ERROR' ? 'error' : 'warning' },
        h('span', { className: 'badge ' + (f.severity === 'ERROR' ? 'bad' : 'warn') }, f.severity),
        ' ', h('code', null, f.ruleId), ' ', h('span', { className: 'muted' }, f.location || f.path || '/'),
        h('div', null, f.message),
        h('div', { className: 'muted small' }, 'Fix: ', f.remedy)))));
}
