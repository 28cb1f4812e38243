// Line diff of two texts (Myers' O(ND) algorithm), shaped into side-by-side rows.

const MAX_EDITS = 4000;

/**
 * The edit script turning `a` into `b`: a list of ['same'|'removed'|'added', lineOfA|null,
 * lineOfB|null] with 0-based line indexes. Past MAX_EDITS differences it gives up on finding the
 * shortest script and reports everything as removed then added, which is still correct.
 */
export function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
        ? v[offset + k + 1]
        : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return [
    ...a.map((_, i) => ['removed', i, null]),
    ...b.map((_, j) => ['added', null, j]),
  ];
}

// trace[d] holds v (as it was before step d) for diagonals -d-1 .. d+1.
function backtrack(trace, a, b, last) {
  const edits = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const before = trace[d];
    const at = (k) => before[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push(['same', --x, --y]);
    }
    if (x === previousX) {
      edits.push(['added', null, --y]);
    } else {
      edits.push(['removed', --x, null]);
    }
  }
  while (x > 0 && y > 0) {
    edits.push(['same', --x, --y]);
  }
  return edits.reverse();
}

/**
 * Rows for a side-by-side view: unchanged lines face each other, and within each changed block
 * removed lines face added lines, padded with empty cells. Each row is {kind, left, right} where
 * left/right are 0-based line indexes or null; kind is 'same', 'changed', 'removed' or 'added'.
 */
export function sideBySide(edits) {
  const rows = [];
  let removed = [];
  let added = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const left = i < removed.length ? removed[i] : null;
      const right = i < added.length ? added[i] : null;
      rows.push({ kind: left !== null && right !== null ? 'changed' : left !== null ? 'removed' : 'added', left, right });
    }
    removed = [];
    added = [];
  };
  for (const [kind, left, right] of edits) {
    if (kind === 'same') {
      flush();
      rows.push({ kind, left, right });
    } else if (kind === 'removed') {
      removed.push(left);
    } else {
      added.push(right);
    }
  }
  flush();
  return rows;
}
