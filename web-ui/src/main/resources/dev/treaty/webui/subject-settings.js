// The subject's compatibility level and mode, each changeable in place behind a confirmation that
// says what the change means, by a caller whose grants make it an admin of the subject (others see
// them disabled). The server still decides: a refusal (read-only mode, a mode it will not switch
// to, a proxy denying the user) is shown as it comes, and the control goes back to the stored value.

import { api, LEVELS, MODES } from './api.js';
import { h, replace } from './dom.js';
import { errorBox } from './parts.js';

const AGAINST = (level) => (level.endsWith('_TRANSITIVE') ? 'every earlier version' : 'the latest version');

/** What setting a level means for the next registration, in a sentence. */
function levelConsequence(subject, level) {
  if (level === 'NONE') return `${subject} will accept any new schema, whatever it breaks for producers or consumers.`;
  const against = AGAINST(level);
  if (level.startsWith('BACKWARD')) return `A new version of ${subject} must read data written with ${against} (consumers upgrade first); other schemas are refused.`;
  if (level.startsWith('FORWARD')) return `Data written with a new version of ${subject} must be readable with ${against} (producers upgrade first); other schemas are refused.`;
  return `A new version of ${subject} must read and be read by ${against}; other schemas are refused.`;
}

function modeConsequence(subject, mode) {
  switch (mode) {
    case 'READONLY': return `No one can register a schema in ${subject} or change its level until its mode is READWRITE again.`;
    case 'READONLY_OVERRIDE': return `${subject} becomes read-only, and so stays even if the registry's mode allows writes.`;
    case 'IMPORT': return `${subject} will take schemas with the ids and versions they bring, without checking compatibility (for migrating from another registry).`;
    default: return `${subject} accepts registrations and setting changes again.`;
  }
}

/** @param admin whether the caller may change the subject's settings (the server's whoami answer) */
export function settingsPanel(detail, admin) {
  const isReadOnly = (mode) => mode === 'READONLY' || mode === 'READONLY_OVERRIDE';
  const readOnly = isReadOnly(detail.mode);
  const adminNote = admin ? null
    : h('p', { className: 'muted small', id: 'settings-admin-note' }, 'Changing these needs an admin\'s grant on this subject.');
  const status = h('div', { 'aria-live': 'polite', className: 'settings-status' });
  const readOnlyNote = h('p', { className: 'muted small', hidden: !readOnly },
    'The subject is read-only: its level cannot change until the mode allows writes.');
  const level = setting({
    id: 'level', label: 'Compatibility level', values: LEVELS, current: detail.compatibilityLevel,
    own: detail.ownCompatibilityLevel, disabled: readOnly || !admin, status,
    consequence: (value) => levelConsequence(detail.subject, value),
    save: (value) => api.putConfig(detail.subject, value),
  });
  const mode = setting({
    id: 'mode', label: 'Mode', values: MODES, current: detail.mode, own: detail.ownMode, disabled: !admin, status,
    consequence: (value) => modeConsequence(detail.subject, value),
    save: async (value) => {
      await api.putMode(detail.subject, value);
      for (const control of level.querySelectorAll('select, button')) control.disabled = isReadOnly(value);
      readOnlyNote.hidden = !isReadOnly(value);
    },
  });
  return h('section', { className: 'panel', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    level, mode,
    adminNote,
    readOnlyNote,
    status);
}

function setting({ id, label, values, current, own, disabled, status, consequence, save }) {
  let stored = current;
  const select = h('select', { id: `${id}-select`, disabled },
    values.map((v) => h('option', { value: v, selected: v === current }, v)));
  const note = h('span', { className: 'muted small' }, own ? 'set on this subject' : 'inherited');
  const button = h('button', { type: 'submit', id: `${id}-save`, disabled }, 'Save');
  const commit = async (value) => {
    button.disabled = true;
    try {
      await save(value);
      stored = value;
      replace(note, 'set on this subject');
      replace(status, h('div', { className: 'message ok', role: 'status' }, `${label} is now ${value}.`));
    } catch (e) {
      // the control shows what is stored, not what was refused
      select.value = stored;
      replace(status, errorBox(e));
    } finally {
      button.disabled = select.disabled;
    }
  };
  const form = h('form', {
    className: 'setting',
    onSubmit: (event) => {
      event.preventDefault();
      const value = select.value;
      if (value === stored) {
        replace(status, h('p', { className: 'muted small', role: 'status' }, `${label} is already ${value}.`));
        return;
      }
      const confirm = h('button', { type: 'button', id: `${id}-confirm`, onClick: () => commit(value) }, `Change to ${value}`);
      replace(status, h('div', { className: 'confirm', role: 'alertdialog', 'aria-labelledby': `${id}-question`, 'aria-describedby': `${id}-consequence` },
        h('p', { id: `${id}-question` }, h('strong', null, `Change the ${label.toLowerCase()} from ${stored} to ${value}?`)),
        h('p', { id: `${id}-consequence` }, consequence(value)),
        h('div', { className: 'row' }, confirm,
          h('button', {
            type: 'button', id: `${id}-cancel`, className: 'secondary', onClick: () => {
              select.value = stored;
              replace(status);
              select.focus();
            },
          }, 'Cancel'))));
      confirm.focus();
    },
  },
  h('label', { for: `${id}-select` }, label), h('div', { className: 'row' }, select, button), note);
  return form;
}
