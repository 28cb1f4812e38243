// Subject: its versions as a timeline, the chosen version's schema with references both ways,
// its compatibility level, mode and contract gate (the first two changeable unless read-only),
// and a history tab with its events. An admin of the subject may change the settings and delete
// the chosen version: soft first, then permanently, each behind a confirmation that says what it does.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { codeBlock, languageOf, layout } from './highlight.js';
import { errorBox, formatBadge, heading, loading, time, to } from './parts.js';
import { settingsPanel } from './subject-settings.js';
import { partiesPanel } from './subject-parties.js';
import { deprecationNote, findingsPanel } from './subject-governance.js';
import { historyPanel } from './subject-history.js';
import { confirmation } from './confirm.js';
import { may } from './permissions.js';

export async function render(main, { subject, params, isCurrent }) {
  document.title = `${subject} · Treaty`;
  replace(main, heading(subject), loading('the subject'));
  const [detail, admin] = await Promise.all([api.subject(subject), may('admin', subject)]);
  if (!isCurrent()) return;
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  const live = versions.filter((v) => !v.deleted);
  const wanted = parseInt(params.get('version') || '', 10);
  const chosen = versions.find((v) => v.version === wanted) || live[0] || versions[0];
  const history = params.get('tab') === 'history';
  const schemaPanel = h('section', { className: 'panel schema-panel', 'aria-labelledby': 'schema-title' }, loading('the schema'));
  replace(main,
    heading(subject, ' ', formatBadge(detail.schemaType),
      detail.contractGate ? gateBadge(detail.contractGate) : null,
      detail.deprecation ? h('span', { className: 'badge warn', id: 'subject-deprecated' }, 'deprecated') : null),
    detail.contractGate ? gateNote(detail.contractGate) : null,
    detail.deprecation ? deprecationNote(detail.deprecation, 'subject-deprecation') : null,
    tabs(subject, history, chosen),
    h('div', { className: 'subject-layout' },
      h('div', { className: 'side' },
        settingsPanel(detail, admin),
        timeline(subject, versions, chosen),
        partiesPanel(subject)),
      history ? historyPanel(subject, isCurrent) : schemaPanel));
  if (!history) await drawSchema(schemaPanel, subject, chosen, versions, isCurrent, detail, admin);
}

// Links styled as tabs: each view has its own address, so it can be shared and reloaded.
function tabs(subject, history, chosen) {
  return h('nav', { className: 'tabs', 'aria-label': 'Subject views' },
    h('a', { href: to.subject(subject, chosen.version), id: 'tab-schema', 'aria-current': history ? null : 'page' }, 'Schema'),
    h('a', { href: to.history(subject), id: 'tab-history', 'aria-current': history ? 'page' : null }, 'History'));
}

function gateBadge(environment) {
  return h('a', { className: 'badge gate', id: 'subject-gate', href: to.contracts(environment) }, `gated on ${environment}`);
}

function gateNote(environment) {
  return h('p', { className: 'notice gate-notice', id: 'subject-gate-note' },
    'Registrations are judged by the consumers deployed in ', h('a', { href: to.contracts(environment) }, environment),
    ': a schema one of them cannot read is refused even if the level allows it, and one none of them is affected by'
    + ' passes even if the level forbids it.');
}

function timeline(subject, versions, chosen) {
  return h('section', { className: 'panel', 'aria-labelledby': 'versions-title' },
    h('h2', { id: 'versions-title' }, `Versions (${versions.length})`),
    h('ol', { className: 'timeline', id: 'versions' }, versions.map((v, i) => h('li', {
      className: (v.deleted ? 'deleted ' : '') + (v.version === chosen.version ? 'current' : ''),
    },
    h('a', { href: to.subject(subject, v.version), 'aria-current': v.version === chosen.version ? 'true' : null },
      `Version ${v.version}`),
    versionBadges(v),
    h('div', { className: 'muted small' }, 'id ', String(v.id), ' · ', time(v.registered),
      i + 1 < versions.length ? [' · ', h('a', { href: to.diff(subject, versions[i + 1].version, v.version) }, `diff with ${versions[i + 1].version}`)] : null)))));
}

// What sets a version apart, as badges beside it in the timeline. (A version registered through a
// contract-gate override gets its marker here once the server reports it.)
function versionBadges(v) {
  return [
    v.deleted ? h('span', { className: 'badge muted-badge' }, 'soft-deleted') : null,
    v.deprecation ? h('span', { className: 'badge warn' }, 'deprecated') : null,
    v.gateOverride ? h('a', { className: 'badge warn gate-override', href: to.event(v.gateOverride.event),
      title: `Entered through a gate override (event ${v.gateOverride.event})` }, 'gate override') : null,
    (v.findings || []).length ? h('span', { className: 'badge warn' }, `${v.findings.length} finding${v.findings.length === 1 ? '' : 's'}`) : null,
  ];
}

async function drawSchema(panel, subject, chosen, versions, isCurrent, detail, admin) {
  const [version, referrers] = await Promise.all([
    api.version(subject, chosen.version),
    api.referencedBy(subject, chosen.version).catch(() => []),
  ]);
  const referrerVersions = await Promise.all((referrers || []).map((id) =>
    api.versionsOfId(id).then((list) => list.map((sv) => ({ ...sv, id }))).catch(() => [])));
  if (!isCurrent()) return;
  const older = versions.filter((v) => v.version < chosen.version)[0];
  const language = languageOf(version.schemaType || 'AVRO');
  replace(panel,
    h('div', { className: 'panel-head' },
      h('h2', { id: 'schema-title' }, `Version ${chosen.version}`, h('span', { className: 'muted' }, ` · schema id ${version.id}`),
        chosen.deleted ? h('span', { className: 'badge bad' }, 'soft-deleted') : null),
      h('div', { className: 'actions' },
        older ? h('a', { className: 'button', href: to.diff(subject, older.version, chosen.version) }, `Diff with version ${older.version}`) : null,
        h('a', { className: 'button', href: to.check(subject) }, 'Check a new schema'))),
    admin ? deleteBox(subject, chosen, versions.length) : null,
    chosen.deleted ? h('p', { className: 'notice deleted-notice', id: 'version-deleted' },
      h('strong', null, `Version ${chosen.version} is soft-deleted.`),
      ' Clients no longer see it among the versions, new schemas are not checked against it, and it is only read back'
      + ' when asked for deleted versions. An admin can delete it permanently.') : null,
    chosen.deprecation ? deprecationNote(chosen.deprecation, 'version-deprecation') : null,
    chosen.gateOverride ? gateOverrideNote(chosen.gateOverride) : null,
    h('div', { className: 'schema-with-findings' },
      codeBlock(layout(version.schema || '', language), language),
      findingsPanel(chosen.findings || [], detail.lintRules)),
    references(version.references || []),
    referencedBy(referrerVersions.flat()));
}

/** Deletes the chosen version, softly if it is live and permanently if it is already soft-deleted. */
function deleteBox(subject, chosen, count) {
  const v = chosen.version;
  const permanent = Boolean(chosen.deleted);
  const box = h('div', { className: 'delete-box', id: 'delete-box', 'aria-live': 'polite' });
  const offer = (...before) => replace(box, ...before, h('button', {
    type: 'button', className: 'secondary', id: permanent ? 'version-delete-permanent' : 'version-delete', onClick: () => ask(),
  }, permanent ? `Delete version ${v} permanently…` : `Delete version ${v}…`));
  const ask = () => replace(box, confirmation({
    id: 'delete',
    question: permanent ? `Delete version ${v} of ${subject} permanently?` : `Soft-delete version ${v} of ${subject}?`,
    consequence: permanent
      ? `Version ${v} will be removed for good: it cannot be read back or restored, not even by asking for deleted`
        + ' versions, and its number may be given to a later registration.'
      : `Clients will no longer see version ${v}: it leaves the list of versions, a serializer looking its schema up`
        + ' no longer finds it, and new schemas are not checked against it. Its schema stays readable by id, and'
        + ' the version can then be deleted permanently.',
    label: permanent ? 'Delete permanently' : 'Soft-delete',
    danger: true,
    action: () => run(),
    onCancel: () => offer(),
  }));
  const run = async () => {
    replace(box, h('p', { className: 'muted', role: 'status' }, 'Deleting…'));
    try {
      await api.deleteVersion(subject, v, permanent);
    } catch (e) {
      offer(errorBox(e)); // the refusal as the server words it (a referenced version, a read-only subject)
      return;
    }
    // draw the subject again as it now is: the version soft-deleted, or gone
    const next = !permanent ? to.subject(subject, v) : count > 1 ? to.subject(subject) : to.subjects();
    if (location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = next;
  };
  offer();
  return box;
}

// A version the level forbade, let in by the contract gate since no deployed consumer was affected.
function gateOverrideNote(override) {
  return h('p', { className: 'notice warn-notice', id: 'version-gate-override' },
    h('a', { className: 'badge warn gate-override', href: to.event(override.event) }, 'entered through a gate override'),
    ` The level forbade this version (${override.overruled || 'breaking changes'}); the contract gate of `,
    h('a', { href: to.contracts(override.environment) }, override.environment),
    ` let it in since no deployed consumer was affected (consumers: ${override.consumers || 'none'}). `,
    h('a', { href: to.event(override.event) }, `See event ${override.event}.`));
}

function references(list) {
  return h('section', { className: 'refs' },
    h('h3', null, 'References'),
    list.length === 0 ? h('p', { className: 'muted' }, 'None.') : h('ul', { id: 'references' }, list.map((r) => h('li', null,
      h('code', null, r.name), ' → ', h('a', { href: to.subject(r.subject, r.version) }, `${r.subject} version ${r.version}`)))));
}

function referencedBy(list) {
  return h('section', { className: 'refs' },
    h('h3', null, 'Referenced by'),
    list.length === 0 ? h('p', { className: 'muted' }, 'No schema refers to this version.') : h('ul', { id: 'referenced-by' }, list.map((sv) => h('li', null,
      h('a', { href: to.subject(sv.subject, sv.version) }, `${sv.subject} version ${sv.version}`),
      ' · id ', h('a', { href: to.schema(sv.id) }, String(sv.id))))));
}
