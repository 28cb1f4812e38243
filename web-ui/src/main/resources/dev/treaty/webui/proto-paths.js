// Where each element of a .proto text is declared, under the paths Treaty's Protobuf findings use
// (/messages/Outer.Inner/fields/3 or /fields/name, /enums/Status/values/1 or /values/NAME), so that
// a finding's path can point at a line of the text shown — as pointerLines does for JSON.

const DECLARATION = /^(message|enum|oneof|service|extend)\s+([\w.]+)\s*\{/;
const FIELD = /^(?:(?:optional|required|repeated)\s+)?(?:map\s*<[^>]*>|[\w.]+)\s+(\w+)\s*=\s*(\d+)/;
const ENUM_VALUE = /^(\w+)\s*=\s*(-?\d+)/;

/** A Map from path to 0-based line. Comments and string literals are ignored roughly, line by line. */
export function protoPathLines(text) {
  const paths = new Map();
  const scopes = []; // {kind, name}; oneofs and other blocks keep their kind so that braces match
  let inComment = false;
  text.split('\n').forEach((raw, line) => {
    let code = raw;
    if (inComment) {
      const end = code.indexOf('*/');
      if (end < 0) return;
      code = code.slice(end + 2);
      inComment = false;
    }
    code = code.replace(/\/\*.*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\/\/.*$/, '');
    const open = code.indexOf('/*');
    if (open >= 0) {
      code = code.slice(0, open);
      inComment = true;
    }
    for (const statement of code.split(/(?<=[;{}])/)) {
      const trimmed = statement.trim();
      if (!trimmed) continue;
      const enclosing = scopes.filter((s) => s.kind === 'message' || s.kind === 'enum').map((s) => s.name);
      const declared = DECLARATION.exec(trimmed);
      if (declared) {
        const [, kind, name] = declared;
        if (kind === 'message' || kind === 'enum') {
          setOnce(paths, `/${kind}s/${[...enclosing, name].join('.')}`, line);
        }
        scopes.push({ kind, name });
        continue;
      }
      if (trimmed.startsWith('}')) {
        scopes.pop();
        continue;
      }
      const inner = [...scopes].reverse().find((s) => s.kind === 'message' || s.kind === 'enum');
      if (!inner) continue;
      const owner = `/${inner.kind}s/${enclosing.join('.')}`;
      const match = inner.kind === 'message' ? FIELD.exec(trimmed) : ENUM_VALUE.exec(trimmed);
      if (match && !/^(option|reserved|extensions)\b/.test(trimmed)) {
        const [, name, number] = match;
        const part = inner.kind === 'message' ? 'fields' : 'values';
        setOnce(paths, `${owner}/${part}/${number}`, line);
        setOnce(paths, `${owner}/${part}/${name}`, line);
      }
    }
  });
  return paths;
}

function setOnce(map, key, value) {
  if (!map.has(key)) map.set(key, value);
}
