import type { SetupItem, SetupItemKey } from '../api/get-setup';
import { PHASES, type Phase } from './phases';

/** Where each setup item is fixed, and the link's words. */
export function setupLink(key: SetupItemKey, collaborativeId: string): { to: string; label: string; hash?: string } {
  const base = `/collaboratives/${collaborativeId}`;
  switch (key) {
    case 'LEAD_FACULTY':
      return { to: base, hash: 'faculty', label: 'Add or choose a lead in Faculty' };
    case 'LEARNING_SESSIONS':
      return { to: base, hash: 'sessions', label: 'Schedule them in Learning sessions' };
    case 'APPLICATION_WINDOW':
      return { to: `${base}/edit`, label: 'Set the application window' };
    case 'READINESS_ITEMS':
      return { to: `${base}/readiness-items`, label: 'Edit the readiness items' };
    case 'MEASURES':
      return { to: `${base}/measures`, label: 'Define the measures' };
    case 'CALLS':
      return { to: `${base}/calls/new`, label: 'Schedule a consultation call' };
    default:
      return { to: `${base}/edit`, label: 'Edit the collaborative' };
  }
}

/** The items not done that hold back a move forward into `target`. */
export function missingBefore(items: readonly SetupItem[], target: Phase): SetupItem[] {
  const at = PHASES.indexOf(target);
  return items.filter((i) => !i.done && PHASES.indexOf(i.requiredBefore) <= at);
}
