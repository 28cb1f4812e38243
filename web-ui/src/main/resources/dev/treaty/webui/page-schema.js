// Schema by id: a lookup form, and the schema with every subject version that uses it.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { codeBlock, languageOf, layout } from './highlight.js';
import { errorBox, formatBadge, heading, loading, to } from './parts.js';

export async function render(main, { id, isCurrent }) {
  document.title = id ? `Schema ${id} · Treaty` : 'Schema by id · Treaty';
  const input = h('input', { type: 'number', id: 'schema-id', min: '1', required: true, value: id || '', 'data-search': true });
  const form = h('form', {
    className: 'filters', role: 'search', onSubmit: (event) => {
      event.preventDefault();
      location.hash = to.schema(input.value.trim());
    },
  }, h('label', null, h('span', null, 'Schema id'), input), h('button', { type: 'submit', id: 'schema-go' }, 'Show'));
  const result = h('div', { id: 'schema-result' });
  replace(main, heading(id ? `Schema ${id}` : 'Schema by id'), form, result);
  if (!id) return;
  replace(result, loading('the schema'));
  try {
    const [schema, usedBy] = await Promise.all([api.schemaById(id), api.versionsOfId(id)]);
    if (!isCurrent()) return;
    const type = schema.schemaType || 'AVRO';
    const language = languageOf(type);
    replace(result,
      h('section', { className: 'panel' },
        h('h2', null, 'Used by ', formatBadge(type)),
        h('ul', { id: 'used-by' }, usedBy.map((sv) => h('li', null, h('a', { href: to.subject(sv.subject, sv.version) }, `${sv.subject} version ${sv.version}`)))),
        (schema.references || []).length === 0 ? null : h('div', null, h('h3', null, 'References'),
          h('ul', null, schema.references.map((r) => h('li', null, h('code', null, r.name), ' → ',
            h('a', { href: to.subject(r.subject, r.version) }, `${r.subject} version ${r.version}`)))))),
      codeBlock(layout(schema.schema || '', language), language));
  } catch (e) {
    if (isCurrent()) replace(result, errorBox(e));
  }
}
