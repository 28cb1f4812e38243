// The REST API as the UI calls it: the same endpoints every client uses, plus Treaty's
// read-only views under /treaty/v1. Errors keep Confluent's error_code and message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const JSON_TYPE = 'application/vnd.schemaregistry.v1+json';

async function call(method, path, body) {
  const init = { method, headers: { Accept: JSON_TYPE } };
  if (body !== undefined) {
    init.headers['Content-Type'] = JSON_TYPE;
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 0, 'The registry cannot be reached: ' + e.message);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const message = json && json.message ? json.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, json && json.error_code ? json.error_code : response.status, message);
  }
  return json;
}

const enc = encodeURIComponent;

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

export const api = {
  subjects: (filter) => call('GET', '/treaty/v1/subjects' + query(filter)),
  subject: (subject) => call('GET', `/treaty/v1/subjects/${enc(subject)}`),
  // Confluent's contexts: '.' (the default one) first, then those holding a subject the caller reads
  contexts: () => call('GET', '/contexts'),
  diff: (subject, from, to) => call('GET', `/treaty/v1/subjects/${enc(subject)}/diff` + query({ from, to })),
  // filter: any of subject, application, environment, type, actor (exact values)
  recentEvents: (before, limit, filter) => call('GET', '/treaty/v1/events/recent' + query({ ...filter, before, limit })),
  version: (subject, version) => call('GET', `/subjects/${enc(subject)}/versions/${enc(version)}?deleted=true`),
  referencedBy: (subject, version) =>
    call('GET', `/subjects/${enc(subject)}/versions/${enc(version)}/referencedby?deleted=true`),
  schemaById: (id) => call('GET', `/schemas/ids/${enc(id)}`),
  versionsOfId: (id) => call('GET', `/schemas/ids/${enc(id)}/versions?deleted=true`),
  types: () => call('GET', '/schemas/types'),
  config: (subject) => call('GET', `/config/${enc(subject)}?defaultToGlobal=true`),
  putConfig: (subject, level) => call('PUT', `/config/${enc(subject)}`, { compatibility: level }),
  putMode: (subject, mode) => call('PUT', `/mode/${enc(subject)}`, { mode }),
  // with a subject, the answer also says whether the caller may write and administer it
  whoami: (subject) => call('GET', '/treaty/v1/whoami' + query({ subject })),
  register: (subject, request) => call('POST', `/subjects/${enc(subject)}/versions`, request),
  // soft by default; permanent only after a soft delete, as Confluent requires
  deleteVersion: (subject, version, permanent) =>
    call('DELETE', `/subjects/${enc(subject)}/versions/${enc(version)}` + query({ permanent: permanent ? 'true' : '' })),
  check: (subject, request) =>
    call('POST', `/compatibility/subjects/${enc(subject)}/versions?verbose=true`, request),
  applications: () => call('GET', '/treaty/v1/applications'),
  applicationVersions: (application) => call('GET', `/treaty/v1/applications/${enc(application)}/versions`),
  contract: (application, version) =>
    call('GET', `/treaty/v1/applications/${enc(application)}/versions/${enc(version)}/contract`),
  // which live version of the subject has this schema (404 when none), as a serializer asks
  lookup: (subject, request) => call('POST', `/subjects/${enc(subject)}`, request),
  environments: () => call('GET', '/treaty/v1/environments'),
  deployments: (environment) => call('GET', `/treaty/v1/environments/${enc(environment)}/deployments`),
  matrix: (environment) => call('GET', `/treaty/v1/environments/${enc(environment)}/matrix`),
  canIDeploy: (application, version, environment, requireVerification) => call('GET', '/treaty/v1/can-i-deploy'
    + query({ application, version, ...(environment ? { environment } : { latest: true }), requireVerification: requireVerification || '' })),
  parties: (subject) => call('GET', `/treaty/v1/subjects/${enc(subject)}/parties`),
  webhooks: () => call('GET', '/treaty/v1/webhooks'),
  webhookDeliveries: (id, status) => call('GET', `/treaty/v1/webhooks/${enc(id)}/deliveries` + query({ status })),
  testWebhook: (id) => call('POST', `/treaty/v1/webhooks/${enc(id)}/test`),
  createWebhook: (body) => call('POST', '/treaty/v1/webhooks', body),
  updateWebhook: (id, body) => call('PUT', `/treaty/v1/webhooks/${enc(id)}`, body),
  deleteWebhook: (id) => call('DELETE', `/treaty/v1/webhooks/${enc(id)}`),
  replayDelivery: (id, delivery) => call('POST', `/treaty/v1/webhooks/${enc(id)}/deliveries/${enc(delivery)}/replay`),
  catalog: () => call('GET', '/treaty/v1/catalog'),
  contract: (application, version) => call('GET', `/treaty/v1/applications/${enc(application)}/versions/${enc(version)}/contract`),
};

/** Where the AsyncAPI document of an application version ({version}) or deployment ({environment}) is. */
export function asyncApiUrl(application, which) {
  return `/treaty/v1/applications/${enc(application)}/asyncapi` + query(which);
}

export const LEVELS = [
  'NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE',
];

export const MODES = ['READWRITE', 'READONLY', 'READONLY_OVERRIDE', 'IMPORT'];
