// Syntax highlighting for Avro and JSON Schema (JSON) and .proto text. A small tokenizer per
// language; every token becomes a text node inside a span, so schema text is never markup.

import { h } from './dom.js';

const JSON_RULES = [
  ['ws', /\s+/y],
  ['string', /"(?:[^"\\\n]|\\.)*"?/y],
  ['number', /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ['literal', /(?:true|false|null)\b/y],
  ['punct', /[{}[\],:]/y],
];

const PROTO_RULES = [
  ['ws', /\s+/y],
  ['comment', /\/\/[^\n]*/y],
  ['comment', /\/\*[\s\S]*?(?:\*\/|$)/y],
  ['string', /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/y],
  ['number', /-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\b/y],
  ['word', /[A-Za-z_][\w.]*/y],
  ['punct', /[{}[\]()<>;,=]/y],
];

const PROTO_KEYWORDS = new Set(('syntax edition package import public weak option message enum service rpc returns '
  + 'stream oneof map reserved extensions extend to max repeated optional required group true false').split(' '));
const PROTO_TYPES = new Set(('double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 '
  + 'sfixed64 bool string bytes').split(' '));

/** Splits `text` into [type, text] tokens; anything no rule matches is one 'other' character. */
export function tokenize(text, language) {
  const rules = language === 'proto' ? PROTO_RULES : language === 'json' ? JSON_RULES : [];
  const tokens = [];
  let at = 0;
  while (at < text.length) {
    let matched = null;
    for (const [type, pattern] of rules) {
      pattern.lastIndex = at;
      const found = pattern.exec(text);
      if (found && found[0].length > 0) {
        matched = [type, found[0]];
        break;
      }
    }
    if (!matched) matched = [rules.length ? 'other' : 'plain', language === 'text' ? text.slice(at) : text[at]];
    tokens.push(matched);
    at += matched[1].length;
  }
  return classify(tokens, language);
}

function classify(tokens, language) {
  return tokens.map(([type, text], i) => {
    if (language === 'json' && type === 'string' && nextSolid(tokens, i) === ':') return ['key', text];
    if (type === 'word') {
      if (PROTO_KEYWORDS.has(text)) return ['keyword', text];
      if (PROTO_TYPES.has(text)) return ['type', text];
    }
    return [type, text];
  });
}

function nextSolid(tokens, i) {
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j][0] !== 'ws') return tokens[j][1];
  }
  return null;
}

/** The language a schema type is written in. */
export function languageOf(schemaType) {
  return schemaType === 'PROTOBUF' ? 'proto' : 'json';
}

/**
 * JSON laid out one member per line, re-indented from its tokens (not parsed and re-printed, so
 * numbers and key order stay exactly as registered). Other text is returned unchanged.
 */
export function layout(text, language) {
  if (language !== 'json') return text;
  let out = '';
  let depth = 0;
  const tokens = tokenize(text, 'json').filter(([type]) => type !== 'ws');
  const newline = () => '\n' + '  '.repeat(Math.max(0, depth));
  for (let i = 0; i < tokens.length; i++) {
    const [type, token] = tokens[i];
    if (type === 'other') return text;
    if (token === '{' || token === '[') {
      const next = tokens[i + 1];
      if (next && (next[1] === '}' || next[1] === ']')) {
        out += token + next[1];
        i++;
      } else {
        depth++;
        out += token + newline();
      }
    } else if (token === '}' || token === ']') {
      depth--;
      out += newline() + token;
    } else if (token === ',') {
      out += ',' + newline();
    } else if (token === ':') {
      out += ': ';
    } else {
      out += token;
    }
  }
  return out;
}

/**
 * Where each JSON value starts: a Map from RFC 6901 pointer to 0-based line, so that a
 * finding's path can point at a line. Members map to the line of their key.
 */
export function pointerLines(text) {
  const lines = new Map([['', 0]]);
  const stack = [];
  let line = 0;
  let key = null;
  const here = () => '/' + stack.map((frame) => String(frame.at).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const startValue = () => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.array) top.at++;
    else top.at = key;
    if (!lines.has(here())) lines.set(here(), line);
  };
  for (const [type, token] of tokenize(text, 'json')) {
    if (type === 'ws') {
      line += token.split('\n').length - 1;
    } else if (type === 'key') {
      key = keyText(token);
    } else if (token === '{' || token === '[') {
      startValue();
      stack.push({ array: token === '[', at: token === '[' ? -1 : null });
    } else if (token === '}' || token === ']') {
      stack.pop();
    } else if (type !== 'punct') {
      startValue();
    }
  }
  return lines;
}

function keyText(token) {
  try {
    return JSON.parse(token);
  } catch (e) {
    return token.slice(1);
  }
}

/** One array of highlighted nodes per line of `text`. */
export function highlightLines(text, language) {
  const lines = [[]];
  for (const [type, token] of tokenize(text, language)) {
    const parts = token.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part.length === 0) return;
      const line = lines[lines.length - 1];
      line.push(type === 'ws' || type === 'plain' || type === 'punct' ? part : h('span', { className: 'tok-' + type }, part));
    });
  }
  return lines;
}

/** A numbered, highlighted block of schema text. */
export function codeBlock(text, language) {
  const lines = highlightLines(text, language);
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1].length === 0) lines.pop();
  return h('div', { className: 'code', tabindex: '0', role: 'region', 'aria-label': 'Schema text' },
    h('table', { className: 'code-lines' },
      h('tbody', null, lines.map((nodes, i) => h('tr', null,
        h('td', { className: 'line-no', 'aria-hidden': 'true' }, String(i + 1)),
        h('td', { className: 'line' }, nodes))))));
}
