// A subject's history tab: its events newest first — registrations, deletions, level, mode and gate
// changes with what each replaced — paged backwards like the activity page.

import { api } from './api.js';
import { h, replace, append } from './dom.js';
import { errorBox, loading, to } from './parts.js';
import { eventEntry } from './event-entry.js';

const PAGE = 25;

export function historyPanel(subject, isCurrent) {
  const list = h('ol', { className: 'timeline activity', id: 'history' });
  const more = h('button', { type: 'button', id: 'history-more', hidden: true }, 'Older events');
  const status = h('div', { 'aria-live': 'polite' }, loading('the history'));
  let before = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const events = await api.recentEvents(before, PAGE, { subject });
      if (!isCurrent()) return;
      replace(status);
      append(list, events.map((event) => eventEntry(event, false)));
      if (events.length > 0) before = events[events.length - 1].id;
      more.hidden = events.length < PAGE;
      if (list.children.length === 0) replace(status, h('p', { className: 'muted' }, 'No event recorded for this subject.'));
    } catch (e) {
      replace(status, errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  load();
  return h('section', { className: 'panel', 'aria-labelledby': 'history-title' },
    h('div', { className: 'panel-head' },
      h('h2', { id: 'history-title' }, 'History'),
      h('a', { className: 'button', href: to.activity({ subject }) }, 'Filter in the activity')),
    list, status, more);
}
