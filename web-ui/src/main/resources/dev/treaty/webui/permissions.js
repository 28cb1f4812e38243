// What the signed-in caller may do. The server says it (GET /treaty/v1/whoami?subject=S answers
// whether the caller's grants allow writing and administering S, as its route rules read them),
// so the UI never reads grants itself; it only offers what the answer allows. The server still
// decides each request, and a refusal is shown as it comes.

import { api } from './api.js';

let me = null;
const bySubject = new Map();

/** Who is calling ({name, displayName, roles}), asked once per page load; null when unknown. */
export function whoami() {
  if (!me) me = api.whoami().catch(() => null);
  return me;
}

/** Whether the caller may act as `role` ('writer' or 'admin') on the subject. */
export async function may(role, subject) {
  if (!bySubject.has(subject)) bySubject.set(subject, api.whoami(subject).catch(() => null));
  const answer = await bySubject.get(subject);
  return Boolean(answer && answer.subject && answer.subject[role]);
}
