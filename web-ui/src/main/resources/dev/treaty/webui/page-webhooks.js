// Webhooks (admins): the subscriptions, and for the chosen one its delivery log — status, attempts,
// latency and last error — narrowed to pending, delivered or dead letters, each dead or delivered
// one with a Replay button that queues it again. A test button sends a webhook.ping at once; a
// form adds a webhook, and the chosen one can be disabled, enabled or removed (webhook-form.js).

import { api } from './api.js';
import { h, replace } from './dom.js';
import { errorBox, heading, loading, replaceQuery, time } from './parts.js';
import { addForm, createdNotice, manageButtons } from './webhook-form.js';

const STATUSES = [['', 'All'], ['dead', 'Dead letters'], ['pending', 'Pending'], ['delivered', 'Delivered']];

export async function render(main, { params, isCurrent }) {
  document.title = 'Webhooks · Treaty';
  replace(main, heading('Webhooks'), loading('the webhooks'));
  let webhooks;
  try {
    webhooks = await api.webhooks();
  } catch (e) {
    if (!isCurrent()) return;
    replace(main, heading('Webhooks'), e.status === 403 ? h('p', { className: 'muted', id: 'webhooks-admin' },
      'Webhooks are managed by admins.') : errorBox(e));
    return;
  }
  if (!isCurrent()) return;
  const chosen = webhooks.find((w) => w.id === params.get('webhook')) || webhooks[0];
  const status = STATUSES.some(([s]) => s === params.get('status')) ? params.get('status') : '';
  const detail = h('section', { className: 'panel', id: 'webhook-detail', 'aria-labelledby': 'deliveries-title' });
  const reload = () => render(main, { params, isCurrent });
  replace(main, heading('Webhooks'), createdNotice(),
    webhooks.length === 0
      ? h('p', { className: 'muted', id: 'webhooks-none' }, 'No webhook yet: add one below, or with treaty webhook add URL --event TYPE.')
      : h('div', { className: 'table-wrap' }, subscriptions(webhooks, chosen)),
    chosen ? detail : null,
    addForm());
  if (chosen) await showDeliveries(detail, chosen, status, isCurrent, reload);
}

function subscriptions(webhooks, chosen) {
  return h('table', { className: 'list', id: 'webhooks' },
    h('caption', { className: 'muted small' }, 'Subscriptions'),
    h('thead', null, h('tr', null, ['URL', 'Events', 'Filter', 'State', 'Overflowed'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, webhooks.map((w) => h('tr', { 'data-webhook': w.id, 'aria-current': w === chosen ? 'true' : null },
      h('th', { scope: 'row' }, h('a', { href: `#/webhooks?webhook=${encodeURIComponent(w.id)}` }, w.url)),
      h('td', null, (w.eventTypes || []).join(', ')),
      h('td', null, filter(w)),
      h('td', null, h('span', { className: 'badge ' + (w.enabled ? 'good' : 'muted-badge') }, w.enabled ? 'enabled' : 'disabled')),
      h('td', { className: 'num' }, String(w.overflowed || 0))))));
}

function filter(w) {
  const parts = [];
  if (w.subjectPrefix) parts.push(`subject ${w.subjectPrefix}*`);
  if (w.application) parts.push(`application ${w.application}`);
  if (w.environment) parts.push(`environment ${w.environment}`);
  return parts.length ? parts.join(', ') : h('span', { className: 'muted' }, 'all');
}

async function showDeliveries(panel, webhook, status, isCurrent, reload) {
  const select = h('select', { id: 'delivery-status', onChange: () => {
    replaceQuery('#/webhooks', { webhook: webhook.id, status: select.value });
    showDeliveries(panel, webhook, select.value, isCurrent, reload);
  } }, STATUSES.map(([value, label]) => h('option', { value, selected: value === status }, label)));
  const pinged = h('div', { 'aria-live': 'polite', id: 'webhook-ping' });
  const test = h('button', { type: 'button', id: 'webhook-test', onClick: async () => {
    test.disabled = true;
    try {
      const ping = await api.testWebhook(webhook.id);
      replace(pinged, h('p', { className: 'message ' + (ping.delivered ? 'ok' : 'error') }, ping.delivered
        ? `Test event delivered: HTTP ${ping.statusCode} in ${ping.latencyMs} ms.`
        : `Test event not delivered: ${ping.error}`));
    } catch (e) {
      replace(pinged, errorBox(e));
    } finally {
      test.disabled = false;
    }
  } }, 'Send a test event');
  replace(panel, h('h2', { id: 'deliveries-title' }, 'Deliveries to ', webhook.url),
    h('div', { className: 'filters' }, h('label', null, h('span', null, 'Show'), select), test, manageButtons(webhook, reload)),
    pinged,
    loading('the deliveries'));
  let deliveries;
  try {
    deliveries = await api.webhookDeliveries(webhook.id, status);
  } catch (e) {
    replace(panel, errorBox(e));
    return;
  }
  if (!isCurrent()) return;
  panel.lastChild.replaceWith(deliveries.length === 0
    ? h('p', { className: 'muted', id: 'deliveries-none' }, 'No delivery here.')
    : h('div', { className: 'table-wrap' }, h('table', { className: 'list', id: 'deliveries' },
      h('thead', null, h('tr', null, ['Event', 'Subject', 'Status', 'Attempts', 'Latency', 'Last error', 'Queued', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, deliveries.map((d) => row(d, webhook, panel, status, isCurrent, reload))))));
}

function row(d, webhook, panel, status, isCurrent, reload) {
  const badge = d.status === 'delivered' ? 'good' : d.status === 'dead' ? 'bad' : 'muted-badge';
  const replay = d.status === 'pending' ? null : h('button', { type: 'button', className: 'replay',
    'aria-label': `Replay delivery ${d.id} (event ${d.eventId})`, onClick: async (event) => {
      event.target.disabled = true;
      try {
        await api.replayDelivery(webhook.id, d.id);
        await showDeliveries(panel, webhook, status, isCurrent, reload);
      } catch (e) {
        event.target.replaceWith(errorBox(e));
      }
    } }, 'Replay');
  return h('tr', { 'data-delivery': d.id, 'data-status': d.status },
    h('td', null, `${d.eventType} #${d.eventId}`),
    h('td', null, d.subject || ''),
    h('td', null, h('span', { className: 'badge ' + badge }, d.status)),
    h('td', { className: 'num' }, String(d.attempts)),
    h('td', { className: 'num' }, d.latencyMs === undefined || d.latencyMs === null ? '' : `${d.latencyMs} ms`),
    h('td', null, d.lastError || ''),
    h('td', null, time(d.createdAt)),
    h('td', null, replay));
}
