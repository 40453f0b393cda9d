import type { components } from '@/lib/api/schema';
import type { Me } from '@/lib/auth/me';

export type CommunityMember = components['schemas']['CommunityMember'];
export type CommunityMemberStatus = components['schemas']['CommunityMemberStatus'];

/** A row that is still open: waiting for a decision, invited, or a member. */
export const CURRENT: readonly CommunityMemberStatus[] = ['PENDING', 'INVITED', 'ACTIVE'];

export const isCurrent = (m: Pick<CommunityMember, 'status'>) => CURRENT.includes(m.status);

/** What the signed-in person may do in a community (the API decides; this only shows the buttons). */
export interface Standing {
  /** Admins, the community's faculty and its ACTIVE facilitators: approve, decline, invite, remove. */
  steward: boolean;
  /** Admins and the community's lead faculty: assign and unassign facilitators. */
  lead: boolean;
  /** An ACTIVE member (reads the directory). */
  member: boolean;
  /** May ask to join: no open row, and the community is not closed. */
  mayJoin: boolean;
}

export function standingOf(
  me: Pick<Me, 'roles' | 'facultyOf'>,
  collaborativeId: string,
  mine: CommunityMember | undefined,
  closed: boolean,
): Standing {
  const admin = me.roles.includes('admin');
  const faculty = (me.facultyOf ?? []).filter((f) => f.collaborativeId === collaborativeId);
  const active = mine?.status === 'ACTIVE';
  return {
    steward: admin || faculty.length > 0 || (active && mine.facilitator),
    lead: admin || faculty.some((f) => f.lead),
    member: active,
    mayJoin: !closed && !(mine && isCurrent(mine)),
  };
}
