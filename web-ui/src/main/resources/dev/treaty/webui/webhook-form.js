// Managing webhooks in the UI (admins): a form that adds one, and for the chosen one buttons that
// disable or enable it and remove it behind a confirmation. A new webhook's secret is shown once,
// right after it is created, as the API shows it once.

import { api } from './api.js';
import { h, replace } from './dom.js';
import { errorBox } from './parts.js';

// The secret of the webhook just created, kept across the re-render that shows it, then dropped.
let created = null;

/** The secret message for the webhook just created, once; null otherwise. */
export function createdNotice() {
  if (!created) return null;
  const { id, secrets } = created;
  created = null;
  return h('div', { className: 'message ok', id: 'webhook-created', role: 'status' },
    h('p', null, h('strong', null, `Webhook ${id} added.`), ' Its signing secret is shown this once; keep it where the receiver can read it:'),
    h('p', null, h('code', { id: 'webhook-secret' }, secrets.join(' '))));
}

/** The form that adds a webhook; event types as typed (space- or comma-separated), filters optional. */
export function addForm() {
  const field = (name, label, props = {}) => h('label', null, h('span', null, label),
    h('input', { type: 'text', name, id: `webhook-${name}`, autocomplete: 'off', spellcheck: 'false', ...props }));
  const status = h('div', { 'aria-live': 'polite', id: 'webhook-add-status' });
  const form = h('form', { className: 'panel', id: 'webhook-add', 'aria-labelledby': 'webhook-add-title', onSubmit: async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim();
    const body = { url: value('url'), eventTypes: value('eventTypes').split(/[\s,]+/).filter((t) => t) };
    for (const name of ['subjectPrefix', 'application', 'environment', 'description']) {
      if (value(name)) body[name] = value(name);
    }
    try {
      const webhook = await api.createWebhook(body);
      created = { id: webhook.id, secrets: webhook.secrets || [] };
      location.hash = `#/webhooks?webhook=${encodeURIComponent(webhook.id)}`;
    } catch (e) {
      replace(status, errorBox(e));
    }
  } },
  h('h2', { id: 'webhook-add-title' }, 'Add a webhook'),
  h('div', { className: 'filters' },
    field('url', 'URL', { required: true, type: 'url', placeholder: 'https://hooks.example.com/treaty' }),
    field('eventTypes', 'Event types', { required: true, placeholder: 'schema.registered can_i_deploy.failed, or *' }),
    field('subjectPrefix', 'Subject prefix'), field('application', 'Application'), field('environment', 'Environment'),
    field('description', 'Description')),
  h('p', { className: 'muted small' }, 'A signing secret is generated; the event type names are in docs/webhooks.md.'),
  h('button', { type: 'submit', id: 'webhook-add-submit' }, 'Add the webhook'), status);
  return form;
}

/** Disable or enable the webhook, and remove it (after a confirmation); both reload the page's list. */
export function manageButtons(webhook, reload) {
  const status = h('div', { 'aria-live': 'polite', id: 'webhook-manage-status' });
  const attempt = async (work) => {
    try {
      await work();
      reload();
    } catch (e) {
      replace(status, errorBox(e));
    }
  };
  const toggle = h('button', { type: 'button', className: 'secondary', id: 'webhook-toggle',
    onClick: () => attempt(() => api.updateWebhook(webhook.id, { enabled: !webhook.enabled })) },
  webhook.enabled ? 'Disable' : 'Enable');
  const remove = h('button', { type: 'button', className: 'secondary', id: 'webhook-remove', onClick: () => {
    const confirm = h('button', { type: 'button', id: 'webhook-remove-confirm',
      onClick: () => attempt(async () => {
        await api.deleteWebhook(webhook.id);
        location.hash = '#/webhooks';
      }) }, 'Remove');
    replace(status, h('div', { className: 'confirm', role: 'alertdialog', 'aria-labelledby': 'webhook-remove-question' },
      h('p', { id: 'webhook-remove-question' }, h('strong', null, `Remove the webhook to ${webhook.url}?`),
        ' Its pending deliveries and its log go with it.'),
      h('div', { className: 'row' }, confirm, h('button', { type: 'button', className: 'secondary', id: 'webhook-remove-cancel',
        onClick: () => replace(status) }, 'Keep it'))));
    confirm.focus();
  } }, 'Remove…');
  return [toggle, remove, status];
}
