// The UI's shell: the navigation, and a hash router that renders one page at a time into <main>.
// A page is a module exporting `render(main, params)`; adding a page (contracts, later) is one
// entry in PAGES and, if it belongs in the menu, one in NAV.

import { h, replace } from './dom.js';
import { errorBox } from './parts.js';
import { whoami } from './permissions.js';
import * as subjects from './page-subjects.js';
import * as subject from './page-subject.js';
import * as diff from './page-diff.js';
import * as schema from './page-schema.js';
import * as check from './page-check.js';
import * as activity from './page-activity.js';
import * as contracts from './page-contracts.js';
import * as application from './page-application.js';
import * as webhooks from './page-webhooks.js';
import * as catalog from './page-catalog.js';

const NAV = [
  { label: 'Subjects', href: '#/subjects', section: 'subjects' },
  { label: 'Schema by id', href: '#/schemas', section: 'schemas' },
  { label: 'Check', href: '#/check', section: 'check' },
  { label: 'Activity', href: '#/activity', section: 'activity' },
  { label: 'Contracts', href: '#/contracts', section: 'contracts' },
  { label: 'Applications', href: '#/applications', section: 'applications' },
  { label: 'Webhooks', href: '#/webhooks', section: 'webhooks' },
  { label: 'Catalog', href: '#/catalog', section: 'catalog' },
];

// Route patterns over the decoded path segments of the hash.
const PAGES = [
  { match: (p) => p.length === 1 && p[0] === 'subjects', page: subjects, section: 'subjects' },
  { match: (p) => p.length === 2 && p[0] === 'subjects', page: subject, section: 'subjects', args: (p) => ({ subject: p[1] }) },
  { match: (p) => p.length === 3 && p[0] === 'subjects' && p[2] === 'diff', page: diff, section: 'subjects', args: (p) => ({ subject: p[1] }) },
  { match: (p) => p[0] === 'schemas' && p.length <= 2, page: schema, section: 'schemas', args: (p) => ({ id: p[1] }) },
  { match: (p) => p.length === 1 && p[0] === 'check', page: check, section: 'check' },
  { match: (p) => p.length === 1 && p[0] === 'activity', page: activity, section: 'activity' },
  { match: (p) => p.length === 1 && p[0] === 'contracts', page: contracts, section: 'contracts' },
  { match: (p) => p[0] === 'applications' && p.length <= 2, page: application, section: 'applications', args: (p) => ({ application: p[1] }) },
  { match: (p) => p.length === 1 && p[0] === 'webhooks', page: webhooks, section: 'webhooks' },
  { match: (p) => p.length === 1 && p[0] === 'catalog', page: catalog, section: 'catalog' },
];

/** The current route: decoded path segments and query parameters of the hash. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search] = splitOnce(hash, '?');
  const segments = path.split('/').filter((s) => s.length > 0).map(decodeSegment);
  return { segments, params: new URLSearchParams(search || '') };
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    return segment;
  }
}

let renderCount = 0;

async function render() {
  const main = document.getElementById('main');
  const { segments, params } = currentRoute();
  if (segments.length === 0) {
    location.replace('#/subjects');
    return;
  }
  const route = PAGES.find((r) => r.match(segments));
  drawNav(route ? route.section : null);
  const mine = ++renderCount;
  // A page that finishes loading after the user moved on must not draw over the new page.
  const isCurrent = () => mine === renderCount;
  if (!route) {
    replace(main, h('h1', null, 'Not found'), h('p', null, 'There is no page here. ', h('a', { href: '#/subjects' }, 'Go to the subjects.')));
    return;
  }
  const args = { ...(route.args ? route.args(segments) : {}), params, isCurrent };
  try {
    await route.page.render(main, args);
  } catch (e) {
    if (isCurrent()) replace(main, h('h1', null, 'Something went wrong'), errorBox(e));
  }
}

function drawNav(section) {
  const nav = document.getElementById('nav');
  replace(nav, NAV.map((item) => h('li', null,
    h('a', { href: item.href, 'aria-current': item.section === section ? 'page' : null }, item.label))));
}

window.addEventListener('hashchange', () => {
  render().then(() => {
    // Move focus to the new page so keyboard and screen-reader users start at its top.
    const heading = document.querySelector('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  });
});
document.addEventListener('keydown', (event) => {
  // '/' jumps to the page's search box, as in many code browsers.
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const search = document.querySelector('[data-search]');
    if (search) {
      event.preventDefault();
      search.focus();
    }
  }
});
render();

// On a secured registry, say who is signed in (an open registry answers "anonymous").
whoami().then((me) => {
  if (me && me.name !== 'anonymous') {
    // the identity is what the server trusts; a display name from an identity provider only goes beside it
    const who = me.displayName && me.displayName !== me.name ? `${me.displayName} [${me.name}]` : me.name;
    document.querySelector('.top').append(
      h('span', { className: 'muted signed-in' }, `Signed in as ${who} (${me.roles.join(', ')})`));
  }
}, () => {});

// The skip link must not go through the router.
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
