import type { Me } from '@/lib/auth/me';

/** Admins and the collaborative's faculty schedule, change and archive its calls and take attendance. */
export const canManageCalls = (me: Me, collaborativeId: string) =>
  me.roles.includes('admin') || (me.facultyOf ?? []).some((f) => f.collaborativeId === collaborativeId);
