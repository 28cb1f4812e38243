// Check: paste a schema, pick a subject, and see whether registering it would pass the subject's
// level and what breaks, before anything is written. A caller allowed to write the subject may
// then register the checked schema, behind a confirmation that says what registering does. The
// format follows the subject's own (or a loaded file's extension) until the user picks one.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { errorBox, heading, severityBadge, to, verdictBadge } from './parts.js';
import { confirmation } from './confirm.js';
import { may } from './permissions.js';

export async function render(main, { params }) {
  document.title = 'Check a schema · Treaty';
  const known = h('datalist', { id: 'check-subjects' });
  let typing = null;
  const subject = h('input', {
    type: 'text', id: 'check-subject', required: true, value: params.get('subject') || '', autocomplete: 'off',
    spellcheck: 'false', list: 'check-subjects',
    // Offers the subjects whose names contain what was typed, asking the server for a few.
    onInput: () => {
      clearTimeout(typing);
      typing = setTimeout(async () => {
        const page = await api.subjects({ q: subject.value.trim(), limit: 20 }).catch(() => ({ subjects: [] }));
        replace(known, (page.subjects || []).map((s) => h('option', { value: s.subject })));
      }, 200);
    },
    onChange: () => formatOfSubject(),
  });
  // a format the user picks is kept; until then it follows the subject or the loaded file
  let picked = false;
  let subjectFormat = null;
  const type = h('select', { id: 'check-type', onChange: () => { picked = true; } },
    [['AVRO', 'Avro'], ['PROTOBUF', 'Protobuf'], ['JSON', 'JSON Schema']].map(([value, label]) => h('option', { value }, label)));
  const formatOfSubject = async () => {
    const name = subject.value.trim();
    if (!name || picked) return;
    const detail = await api.subject(name).catch(() => null); // a new subject has no format yet
    if (subject.value.trim() !== name) return; // typed on meanwhile
    subjectFormat = detail && detail.schemaType ? detail.schemaType : null;
    if (subjectFormat && !picked) type.value = subjectFormat;
  };
  const text = h('textarea', { id: 'check-schema', rows: '10', required: true, spellcheck: 'false', placeholder: 'Paste the schema text here, or load a file' });
  const fileStatus = h('span', { className: 'muted small', id: 'check-file-status', 'aria-live': 'polite' });
  const file = h('input', {
    type: 'file', id: 'check-file', accept: '.avsc,.avro,.proto,.json,text/plain,application/json',
    onChange: async () => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      text.value = await chosen.text();
      const byExtension = formatOfFile(chosen.name, subjectFormat);
      if (byExtension && !picked) type.value = byExtension;
      replace(fileStatus, `Loaded ${chosen.name} (${text.value.length} characters).`);
    },
  });
  const result = h('div', { id: 'check-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', id: 'check-run' }, 'Check');
  const form = h('form', {
    className: 'check-form',
    onSubmit: async (event) => {
      event.preventDefault();
      button.disabled = true;
      replace(result, h('p', { className: 'muted' }, 'Checking…'));
      try {
        const name = subject.value.trim();
        const request = { schemaType: type.value, schema: text.value };
        const [answer, config, writer] = await Promise.all([
          api.check(name, request),
          api.config(name).catch(() => null),
          may('writer', name),
        ]);
        replace(result, verdict(name, answer, config && config.compatibilityLevel),
          // only a schema registration would accept is offered; the server still decides
          answer.is_compatible && writer ? registerBox(name, request) : null);
      } catch (e) {
        replace(result, errorBox(e));
      } finally {
        button.disabled = false;
      }
    },
  },
  h('div', { className: 'filters' },
    h('label', null, h('span', null, 'Subject'), subject, known),
    h('label', null, h('span', null, 'Format'), type),
    h('label', null, h('span', null, 'Load a file'), file), fileStatus),
  h('label', { className: 'block' }, h('span', null, 'Schema'), text),
  h('div', { className: 'row' }, button,
    h('span', { className: 'muted small' }, 'Nothing is registered: this asks the compatibility endpoint only.')));
  replace(main, heading('Check a schema'), form, result);
  await formatOfSubject();
}

// .avsc is Avro and .proto Protobuf; a .json file may be either of the JSON formats, so the
// subject's format wins, and JSON Schema is assumed for a new subject.
function formatOfFile(name, subjectFormat) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.avsc') || lower.endsWith('.avro')) return 'AVRO';
  if (lower.endsWith('.proto')) return 'PROTOBUF';
  if (lower.endsWith('.json')) return subjectFormat || 'JSON';
  return null;
}

/** Registers the schema just checked (not whatever the editor holds by then), once confirmed. */
function registerBox(subject, request) {
  const box = h('div', { className: 'register-box', id: 'register-box', 'aria-live': 'polite' });
  const offer = () => replace(box,
    h('button', { type: 'button', id: 'check-register', onClick: () => ask() }, `Register in ${subject}…`));
  const ask = () => replace(box, confirmation({
    id: 'register',
    question: `Register the checked schema as a new version of ${subject}?`,
    consequence: `It becomes the latest version of ${subject}: serializers that use the latest version start writing`
      + ' with it, every later schema is checked against it, and it can never be changed, only deleted. If a live'
      + ' version already has this schema, no version is added and that one is returned.',
    label: 'Register',
    action: () => run(),
    onCancel: () => offer(),
  }));
  const run = async () => {
    replace(box, h('p', { className: 'muted', role: 'status' }, 'Registering…'));
    try {
      const { id } = await api.register(subject, request);
      const found = await api.lookup(subject, request).catch(() => null);
      replace(box, h('div', { className: 'message ok', role: 'status', id: 'register-done' }, 'Registered in ',
        h('a', { href: to.subject(subject, found && found.version) }, found ? `${subject} as version ${found.version}` : subject),
        ` (schema id ${id}).`));
    } catch (e) {
      replace(box, errorBox(e));
    }
  };
  offer();
  return box;
}

function verdict(subject, answer, level) {
  const findings = answer.incompatibilities || [];
  // Confluent's text messages only matter when there are no structured findings (a schema that
  // does not parse, say).
  const plain = findings.length === 0 ? answer.messages || [] : [];
  return h('section', { className: 'panel' },
    h('h2', null, 'Verdict ', verdictBadge(answer.is_compatible), judgeBadge(answer.judge)),
    h('p', { id: 'check-judge' }, judged(subject, answer, level)),
    findings.length === 0 ? null : h('div', { className: 'table-wrap' }, h('table', { className: 'list', id: 'check-findings' },
      h('thead', null, h('tr', null, ['Rule', 'Path', 'Change', 'New reads old', 'Old reads new', 'Against version'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, findings.map((f) => h('tr', { className: 'breaking' },
        h('td', null, h('code', null, f.ruleId)),
        h('td', null, h('code', null, f.path || '/'), f.location ? h('div', { className: 'muted small' }, f.location) : null),
        h('td', null, f.message, f.remedy ? h('div', { className: 'muted small remedy' }, 'How to make it safe: ', f.remedy) : null),
        h('td', { 'data-direction': 'BACKWARD' }, direction(f, 'BACKWARD')),
        h('td', { 'data-direction': 'FORWARD' }, direction(f, 'FORWARD')),
        h('td', null, f.version ? h('a', { href: to.subject(subject, f.version) }, String(f.version)) : '')))))),
    plain.length === 0 ? null : h('ul', { className: 'messages' }, plain.map((m) => h('li', null, m))));
}

// The verdict in one direction: from the per-direction verdicts, else from the one direction named.
function direction(f, which) {
  const verdict = (f.verdicts || {})[which] || (f.direction === which ? 'BREAKING' : null);
  return verdict ? severityBadge(verdict) : h('span', { className: 'muted' }, '—');
}

const JUDGES = {
  LEVEL: 'decided by the level',
  CONTRACT_GATE: 'decided by the contract gate',
  CONTRACT_GATE_OVERRIDE: 'contract gate override',
};

// Names the judge the compatibility endpoint reports, as registration would report it.
function judgeBadge(judge) {
  const kind = judge && judge.kind;
  if (!kind) return null;
  return h('span', { className: 'badge ' + (kind === 'LEVEL' ? 'muted-badge' : 'gate'), id: 'check-judge-kind', 'data-kind': kind }, JUDGES[kind] || kind);
}

// Says who decided, as registration would decide: the level, or the contract gate.
function judged(subject, answer, level) {
  const link = h('a', { href: to.subject(subject) }, subject);
  const judge = answer.judge || {};
  const consumers = (judge.consumers || []).join(', ') || 'no consumer deployed';
  if (judge.kind === 'CONTRACT_GATE') {
    return ['Registering it under ', link, ` would be refused by the contract gate of ${judge.environment}`
      + ` (${consumers}): a deployed consumer cannot read it`, judge.level ? `, although its level ${judge.level} allows it.` : '.'];
  }
  if (judge.kind === 'CONTRACT_GATE_OVERRIDE') {
    return ['Registering it under ', link, ` would pass: the contract gate of ${judge.environment} (${consumers})`
      + ` overrides its level ${judge.level}, since no deployed consumer is affected.`];
  }
  const shown = judge.level || level;
  return answer.is_compatible
    ? ['Registering it under ', link, ' would pass', shown ? ` its level ${shown}.` : '.']
    : ['Registering it under ', link, ' would be refused', shown ? ` at its level ${shown}.` : '.'];
}
