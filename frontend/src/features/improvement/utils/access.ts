import type { Me } from '@/lib/auth/me';
import type { Collaborative } from '@/lib/queries/collaboratives';

// What the API's ImprovementPolicy lets a person do with a team's improvement work (the API decides
// in the end; these only shape what the page offers). Nothing of a closed collaborative changes.

const isAdmin = (me: Me) => me.roles.includes('admin');
const isFacultyOf = (me: Me, collaborativeId: string) =>
  isAdmin(me) || (me.facultyOf ?? []).some((f) => f.collaborativeId === collaborativeId);
const isMemberOf = (me: Me, organizationId: string) => me.organizations.some((o) => o.organizationId === organizationId);
const open = (c: Collaborative) => c.phase !== 'CLOSED';

/**
 * Change ideas, PDSA cycles and annotations on a team's charts: its members, the collaborative's
 * faculty (coaching on the team's behalf) and admins.
 */
export const canRecordTeamWork = (me: Me, c: Collaborative, organizationId: string) =>
  me.kind === 'PERSON' && open(c) && (isFacultyOf(me, c.id) || isMemberOf(me, organizationId));

/** Comments on a team's chart: the collaborative's faculty and admins (members read them). */
export const canComment = (me: Me, c: Collaborative) => me.kind === 'PERSON' && open(c) && isFacultyOf(me, c.id);
