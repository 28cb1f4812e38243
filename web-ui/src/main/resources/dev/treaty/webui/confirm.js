// An inline confirmation that states what an action will do before it is done: the question,
// the consequence in a sentence, the action's own button and Cancel. Nothing happens until the
// action's button is pressed.

import { h } from './dom.js';

/**
 * @param id prefix of the ids: `${id}-question`, `${id}-consequence`, `${id}-confirm`, `${id}-cancel`
 * @param action called on confirmation; onCancel called on Cancel
 */
export function confirmation({ id, question, consequence, label, action, onCancel, danger }) {
  const confirm = h('button', { type: 'button', id: `${id}-confirm`, className: danger ? 'danger' : null, onClick: action }, label);
  const box = h('div', { className: 'confirm', role: 'alertdialog', 'aria-labelledby': `${id}-question`, 'aria-describedby': `${id}-consequence` },
    h('p', { id: `${id}-question` }, h('strong', null, question)),
    h('p', { id: `${id}-consequence` }, consequence),
    h('div', { className: 'row' }, confirm,
      h('button', { type: 'button', id: `${id}-cancel`, className: 'secondary', onClick: onCancel }, 'Cancel')));
  // focus once the box is in the page
  setTimeout(() => confirm.focus(), 0);
  return box;
}
