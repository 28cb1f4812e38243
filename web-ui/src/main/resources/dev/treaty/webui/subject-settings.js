// The subject's compatibility level and mode, each changeable in place. The server decides who
// may write: a refusal (read-only mode, or a proxy denying the user) is shown as it comes.

import { api, LEVELS, MODES } from './api.js';
import { h, replace } from './dom.js';
import { errorBox } from './parts.js';

export function settingsPanel(detail) {
  const isReadOnly = (mode) => mode === 'READONLY' || mode === 'READONLY_OVERRIDE';
  const readOnly = isReadOnly(detail.mode);
  const status = h('div', { 'aria-live': 'polite', className: 'settings-status' });
  const readOnlyNote = h('p', { className: 'muted small', hidden: !readOnly },
    'The subject is read-only: its level cannot change until the mode allows writes.');
  const level = setting({
    id: 'level', label: 'Compatibility level', values: LEVELS, current: detail.compatibilityLevel,
    own: detail.ownCompatibilityLevel, disabled: readOnly, status,
    save: (value) => api.putConfig(detail.subject, value),
  });
  const mode = setting({
    id: 'mode', label: 'Mode', values: MODES, current: detail.mode, own: detail.ownMode, disabled: false, status,
    save: async (value) => {
      await api.putMode(detail.subject, value);
      for (const control of level.querySelectorAll('select, button')) control.disabled = isReadOnly(value);
      readOnlyNote.hidden = !isReadOnly(value);
    },
  });
  return h('section', { className: 'panel', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    level, mode,
    readOnlyNote,
    status);
}

function setting({ id, label, values, current, own, disabled, status, save }) {
  const select = h('select', { id: `${id}-select`, disabled },
    values.map((v) => h('option', { value: v, selected: v === current }, v)));
  const note = h('span', { className: 'muted small' }, own ? 'set on this subject' : 'inherited');
  const button = h('button', {
    type: 'submit', id: `${id}-save`, disabled,
  }, 'Save');
  const form = h('form', {
    className: 'setting',
    onSubmit: async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        await save(select.value);
        replace(note, 'set on this subject');
        replace(status, h('div', { className: 'message ok', role: 'status' }, `${label} is now ${select.value}.`));
      } catch (e) {
        replace(status, errorBox(e));
      } finally {
        button.disabled = select.disabled;
      }
    },
  },
  h('label', { for: `${id}-select` }, label), h('div', { className: 'row' }, select, button), note);
  return form;
}
