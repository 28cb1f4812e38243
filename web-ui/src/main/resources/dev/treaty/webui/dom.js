// Building the page from data without ever parsing data as markup: every string becomes a
// text node, attributes go through setAttribute, and link targets must be in-app: a route
// ('#...') or a document of the registry's own API ('/treaty/v1/...', for downloads).

/**
 * Creates an element. `props` holds attributes, plus `on<event>` handlers and `className`;
 * children are nodes, strings (inserted as text), numbers, arrays of those, or null (skipped).
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'className') {
      element.className = value;
    } else if (name === 'href') {
      element.setAttribute('href', safeHref(value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Creates an SVG element (in the SVG namespace), with attributes and children as h() takes them. */
export function svg(tag, props, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name === 'className' ? 'class' : name, String(value));
  }
  return append(element, children);
}

// Only in-app addresses are linked, so no 'javascript:' or foreign URL can come from data.
function safeHref(value) {
  const text = String(value);
  if (!text.startsWith('#') && !text.startsWith('/treaty/v1/')) throw new Error('Only in-app links are allowed: ' + text);
  return text;
}
