// One event of the feed in words, for the activity page and a subject's history: who did what to
// which subject, application or environment, and what a change replaced (old → new).

import { h } from './dom.js';
import { time, to } from './parts.js';

/** The event types, as the audit trail's type filter offers them, with the verb each is told with. */
export const DESCRIBE = {
  SCHEMA_REGISTERED: 'registered',
  VERSION_SOFT_DELETED: 'soft-deleted',
  VERSION_DELETED: 'permanently deleted',
  SCHEMA_DELETED: 'removed an unused schema',
  CONFIG_CHANGED: 'changed the compatibility config of',
  CONFIG_DELETED: 'removed the compatibility config of',
  MODE_CHANGED: 'changed the mode of',
  MODE_DELETED: 'removed the mode of',
  CONTRACT_GATE_SET: 'put a contract gate on',
  CONTRACT_GATE_REMOVED: 'removed the contract gate of',
  CONTRACT_GATE_OVERRIDE: 'let through (no deployed consumer affected) a change the level forbids on',
  DEPRECATED: 'deprecated',
  UNDEPRECATED: 'lifted the deprecation of',
  LINT_RULES_CHANGED: 'changed a lint rule set',
  LINT_RULES_DELETED: 'removed a lint rule set',
  CONTRACT_PUBLISHED: 'published a contract',
  ENVIRONMENT_CREATED: 'created an environment',
  DEPLOYMENT_RECORDED: 'recorded a deployment',
  UNDEPLOYMENT_RECORDED: 'recorded an undeployment',
  VERIFICATION_RECORDED: 'recorded a verification',
  APPLICATION_DESCRIBED: 'described an application',
  CAN_I_DEPLOY_PASSED: 'recorded a can-i-deploy that passed',
  CAN_I_DEPLOY_FAILED: 'recorded a can-i-deploy that failed',
  WEBHOOK_CREATED: 'created a webhook',
  WEBHOOK_UPDATED: 'changed a webhook',
  WEBHOOK_DELETED: 'removed a webhook',
  WEBHOOK_DELIVERY_REPLAYED: 'replayed a webhook delivery',
};

// Contract events name an application, a version and an environment in their detail.
const CONTRACTS = {
  CONTRACT_PUBLISHED: (d) => ['published the contract of ', h('strong', null, `${d.application} ${d.version}`)],
  ENVIRONMENT_CREATED: (d) => ['created the environment ', envLink(d.environment)],
  DEPLOYMENT_RECORDED: (d) => ['recorded ', h('strong', null, `${d.application} ${d.version}`), ' in ', envLink(d.environment)],
  UNDEPLOYMENT_RECORDED: (d) => ['recorded that ', h('strong', null, `${d.application} ${d.version}`), ' left ', envLink(d.environment)],
  VERIFICATION_RECORDED: (d) => ['recorded that ', h('strong', null, `${d.consumer} ${d.consumerVersion}`),
    d.passed === 'true' ? ' verified ' : ' failed to verify ', h('strong', null, `${d.producer} ${d.producerVersion}`)],
  APPLICATION_DESCRIBED: (d) => ['described the application ', h('strong', null, d.application)],
  CAN_I_DEPLOY_PASSED: (d) => canIDeploy(d, true),
  CAN_I_DEPLOY_FAILED: (d) => canIDeploy(d, false),
  // a webhook is named by its receiver's origin: the feed never carries its path, secrets or headers
  WEBHOOK_CREATED: (d) => ['created a webhook to ', h('code', null, d.receiver || '?'), webhookId(d)],
  WEBHOOK_UPDATED: (d) => ['changed the webhook to ', h('code', null, d.receiver || d['new.receiver'] || '?'), webhookId(d),
    d.secretsChanged ? ' · secrets changed' : '', d.headersChanged ? ' · headers changed' : '',
    d.urlPathChanged ? ' · URL path changed' : ''],
  WEBHOOK_DELETED: (d) => ['removed the webhook to ', h('code', null, d.receiver || '?'), webhookId(d)],
  WEBHOOK_DELIVERY_REPLAYED: (d) => ['replayed delivery ', d.delivery, ' of event ', d.event,
    d.eventType ? ` (${d.eventType})` : '', ' to ', h('code', null, d.receiver || '?'), webhookId(d)],
};

// A pipeline's recorded can-i-deploy: the version, where to, the verdict in words and the build's address.
function canIDeploy(d, passed) {
  const failing = [];
  if (d.failingPairs && d.failingPairs !== '0') failing.push(`${d.failingPairs} of ${d.pairs} pair(s) fail`);
  if (d.unverifiedPairs && d.unverifiedPairs !== '0') failing.push(`${d.unverifiedPairs} application pair(s) unverified`);
  if (d.pastSunset && d.pastSunset !== '0') failing.push(`${d.pastSunset} use(s) past a sunset`);
  return ['asked whether ', h('strong', null, `${d.application} ${d.version}`), ' can be deployed to ',
    d.environment ? envLink(d.environment) : 'the latest versions', ': ',
    h('strong', { className: passed ? 'verdict-yes' : 'verdict-no' }, passed ? 'yes' : 'no'),
    passed ? ` (${d.pairs} pair(s) agree)` : (failing.length ? ` (${failing.join(', ')})` : ''),
    // the UI links only in-app addresses, so the build's address is shown, not linked
    d.buildUrl ? [' · build ', h('code', { className: 'build-url' }, d.buildUrl)] : null];
}

function webhookId(d) {
  return d.webhook ? h('span', { className: 'muted' }, ` (${d.webhook})`) : '';
}

function envLink(environment) {
  return h('a', { href: to.contracts(environment) }, environment);
}

/** A list item telling one event; `withSubject` false leaves the subject out (its own history). */
export function eventEntry(event, withSubject = true) {
  const detail = event.detail || {};
  const actor = event.actor
    ? h('a', { className: 'actor', href: to.activity({ actor: event.actor }), title: `Everything ${event.actor} did` }, event.actor)
    : h('strong', null, 'someone');
  return h('li', { 'data-type': event.type, 'data-id': event.id },
    h('div', null, actor, ' ', CONTRACTS[event.type] ? CONTRACTS[event.type](detail) : told(event, withSubject)),
    changes(detail),
    context(event.type, detail),
    h('div', { className: 'muted small' }, time(event.time), ` · event ${event.id} · `, h('code', null, event.type)));
}

function told(event, withSubject) {
  const verb = DESCRIBE[event.type] || event.type;
  const global = event.type.startsWith('CONFIG') || event.type.startsWith('MODE');
  const target = event.subject
    ? [withSubject ? h('a', { href: to.subject(event.subject, event.version) }, event.subject) : 'this subject',
      event.version ? ` version ${event.version}` : '']
    : (global ? 'the registry (global)' : '');
  return [verb, ' ', target,
    event.schemaId ? [' · schema ', h('a', { href: to.schema(event.schemaId) }, String(event.schemaId))] : null];
}

// What a change replaced: old.<field> and new.<field> of the detail, one line per field.
function changes(detail) {
  const fields = [...new Set(Object.keys(detail)
    .filter((k) => k.startsWith('old.') || k.startsWith('new.')).map((k) => k.slice(4)))].sort();
  if (fields.length === 0) return null;
  const value = (v) => (v === undefined ? h('span', { className: 'muted' }, 'unset') : h('code', null, v));
  // divs, not a nested list: the feed's items stay its only list items
  return h('div', { className: 'changes' }, fields.map((field) => h('div', { 'data-field': field },
    h('span', { className: 'muted' }, `${field}: `), value(detail['old.' + field]), ' → ', value(detail['new.' + field]))));
}

// The gate's environment, the consumers it asked and the rules it overruled.
function context(type, detail) {
  if (!type.startsWith('CONTRACT_GATE')) return null;
  const parts = [];
  if (detail.environment) parts.push(['environment ', envLink(detail.environment)]);
  if (detail.consumers) parts.push(`consumers ${detail.consumers}`);
  if (detail.overruled) parts.push(['overruled ', h('code', null, detail.overruled)]);
  return parts.length === 0 ? null : h('div', { className: 'small gate-context' }, parts.map((p, i) => [i ? ' · ' : '', p]));
}
