import type { Me } from '@/lib/auth/me';

/** Admins and the collaborative's faculty (lead or not) record attendance and see every team. */
export const canRecordAttendance = (me: Me, collaborativeId: string) =>
  me.roles.includes('admin') || (me.facultyOf ?? []).some((f) => f.collaborativeId === collaborativeId);
