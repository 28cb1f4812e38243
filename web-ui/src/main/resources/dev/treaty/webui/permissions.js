// What the signed-in caller may do, from the grants the server reports (GET /treaty/v1/whoami):
// a role everywhere ("writer") or on names starting with a prefix ("admin:payments.*"), each role
// including the ones below it, as the server's route rules read them. The UI only offers a write
// the caller's grants allow; the server still decides, and its refusal is shown as it comes.

import { api } from './api.js';

const RANK = { reader: 0, writer: 1, admin: 2 };

let me = null;

/** Who is calling ({name, displayName, roles}), asked once per page load; null when unknown. */
export function whoami() {
  if (!me) me = api.whoami().catch(() => null);
  return me;
}

/** Whether some grant of the caller allows `role` ('writer', 'admin') on the subject. */
export async function may(role, subject) {
  const caller = await whoami();
  return Boolean(caller) && (caller.roles || []).some((grant) => allows(grant, role, subject));
}

function allows(grant, role, subject) {
  const colon = grant.indexOf(':');
  const granted = colon < 0 ? grant : grant.slice(0, colon);
  if (!(granted in RANK) || RANK[granted] < RANK[role]) return false;
  if (colon < 0) return true;
  const prefix = grant.slice(colon + 1).replace(/\*$/, '');
  return String(subject).startsWith(prefix);
}
