// The subject page's producers and consumers panel: which application versions write and read the
// subject by contract (each application's latest version and every deployed one), and where they run.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { loading, to } from './parts.js';

/** A panel that fills itself in once the parties have loaded; contracts are optional, so errors stay quiet. */
export function partiesPanel(subject) {
  const body = h('div', null, loading('producers and consumers'));
  api.parties(subject)
    .then((parties) => replace(body,
      group('Producers', 'producers', parties.producers || []),
      group('Consumers', 'consumers', parties.consumers || [])))
    .catch(() => replace(body, h('p', { className: 'muted' }, 'Contracts could not be loaded.')));
  return h('section', { className: 'panel', 'aria-labelledby': 'parties-title' },
    h('h2', { id: 'parties-title' }, 'Producers and consumers'), body);
}

function group(title, id, parties) {
  return [
    h('h3', null, title),
    parties.length === 0
      ? h('p', { className: 'muted small', id }, 'None by contract.')
      : h('ul', { className: 'parties', id }, parties.map((p) => h('li', null,
        h('strong', null, p.application), ` ${p.version}`,
        // spaces between the badges, so that the item also reads well as text
        p.latest ? [' ', h('span', { className: 'badge muted-badge' }, 'latest')] : null,
        (p.environments || []).map((env) => [' ', h('a', { className: 'badge env', href: to.contracts(env) }, env)])))),
  ];
}
