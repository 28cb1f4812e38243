// The subject page's producers and consumers panel: which application versions write and read the
// subject by contract (each application's latest version and every deployed one), where they run,
// which registered schema version each writes or reads and whether that agrees with the latest.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { loading, to } from './parts.js';

/** A panel that fills itself in once the parties have loaded; contracts are optional, so errors stay quiet. */
export function partiesPanel(subject) {
  const body = h('div', null, loading('producers and consumers'));
  api.parties(subject)
    .then((parties) => replace(body,
      group('Producers', 'producers', parties.producers || [], 'writes', parties),
      group('Consumers', 'consumers', parties.consumers || [], 'reads', parties)))
    .catch(() => replace(body, h('p', { className: 'muted' }, 'Contracts could not be loaded.')));
  return h('section', { className: 'panel', 'aria-labelledby': 'parties-title' },
    h('h2', { id: 'parties-title' }, 'Producers and consumers'), body);
}

function group(title, id, parties, verb, { subject, latestVersion }) {
  return [
    h('h3', null, title),
    parties.length === 0
      ? h('p', { className: 'muted small', id }, 'None by contract.')
      : h('ul', { className: 'parties', id }, parties.map((p) => h('li', null,
        h('a', { href: to.application(p.application, p.version) }, h('strong', null, p.application), ` ${p.version}`),
        // spaces between the badges, so that the item also reads well as text
        p.latest ? [' ', h('span', { className: 'badge muted-badge' }, 'latest')] : null,
        (p.environments || []).map((env) => [' ', h('a', { className: 'badge env', href: to.contracts(env) }, env)]),
        h('div', { className: 'small party-schema' }, verb, ' ', schemaVersion(subject, p.schemaVersion),
          agreement(subject, p, latestVersion))))),
  ];
}

function schemaVersion(subject, version) {
  return version === undefined || version === null
    ? 'an unregistered schema'
    : h('a', { href: to.subject(subject, version) }, `v${version}`);
}

/** How the party's schema meets the subject's latest version, if the subject has one. */
function agreement(subject, party, latestVersion) {
  if (party.agreesWithLatest === undefined || party.agreesWithLatest === null) return null;
  if (party.schemaVersion === latestVersion) return [' ', h('span', { className: 'badge good' }, 'the latest')];
  const latest = h('a', { href: to.subject(subject, latestVersion) }, `v${latestVersion}`);
  return party.agreesWithLatest
    ? [' ', h('span', { className: 'badge good' }, 'agrees'), ' with the latest, ', latest]
    : [' ', h('span', { className: 'badge bad' }, 'breaks'), ' with the latest, ', latest];
}
