/**
 * The search parameters with some changed: a non-empty value sets its key, an empty or missing one
 * removes it (so a filter put back to "all" leaves no trace in the URL).
 */
export function withChanges(params: URLSearchParams, changes: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return next;
}
