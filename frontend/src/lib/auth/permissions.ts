import { useMe, type Me } from './me';

/**
 * What the signed-in person may do, from GET /api/me (platform roles, memberships, faculty
 * assignments). The API decides in the end; these only shape what the UI offers.
 */
export interface Permissions {
  isAdmin: boolean;
  isFaculty: boolean;
  /** A member of at least one organisation. */
  isTeamMember: boolean;
  canCreateCollaborative: boolean;
  /** See and register every organisation. */
  canManageOrganizations: boolean;
  canRegisterMachineClients: boolean;
  /** Members of an organisation apply to collaboratives for it. */
  canApply: boolean;
  /** Admins, and faculty of at least one collaborative: the review queue. */
  canReview: boolean;
  /** Admins, and lead faculty of the collaborative. */
  canEditCollaborative: (collaborativeId: string) => boolean;
  /** Admins, and faculty (lead or not) of the collaborative: add and change its learning sessions. */
  canScheduleSessions: (collaborativeId: string) => boolean;
  /** Admins, and faculty (lead or not) of the collaborative: every team's metrics. */
  canSeeAllTeamsMetrics: (collaborativeId: string) => boolean;
  /** Admins, and lead faculty of the collaborative: upload for any team, unlock periods. */
  canCoordinateMetrics: (collaborativeId: string) => boolean;
  /** Admins, and members of the organisation. */
  canViewOrganization: (organizationId: string) => boolean;
  /** Admins, and senior leaders of the organisation: invite, change and remove members. */
  canManageMembers: (organizationId: string) => boolean;
}

export function permissionsOf(me: Me): Permissions {
  const isAdmin = me.roles.includes('admin');
  const isFaculty = me.roles.includes('faculty');
  const facultyOf = me.facultyOf ?? [];
  return {
    isAdmin,
    isFaculty,
    isTeamMember: me.organizations.length > 0,
    canCreateCollaborative: isAdmin || isFaculty,
    canManageOrganizations: isAdmin,
    canRegisterMachineClients: isAdmin,
    canApply: me.organizations.length > 0,
    canReview: isAdmin || facultyOf.length > 0,
    canEditCollaborative: (id) => isAdmin || facultyOf.some((f) => f.collaborativeId === id && f.lead),
    canScheduleSessions: (id) => isAdmin || facultyOf.some((f) => f.collaborativeId === id),
    canSeeAllTeamsMetrics: (id) => isAdmin || facultyOf.some((f) => f.collaborativeId === id),
    canCoordinateMetrics: (id) => isAdmin || facultyOf.some((f) => f.collaborativeId === id && f.lead),
    canViewOrganization: (id) => isAdmin || me.organizations.some((o) => o.organizationId === id),
    canManageMembers: (id) => isAdmin || me.organizations.some((o) => o.organizationId === id && o.role === 'SENIOR_LEADER'),
  };
}

export function usePermissions(): Permissions {
  return permissionsOf(useMe());
}

/** How the shell names the person's standing, e.g. "Platform admin", "Faculty · Team member". */
export function describeRoles(me: Me): string {
  const p = permissionsOf(me);
  const parts: string[] = [];
  if (p.isAdmin) parts.push('Platform admin');
  if (p.isFaculty) parts.push('Faculty');
  if (p.isTeamMember) parts.push('Team member');
  return parts.length ? parts.join(' · ') : 'Signed in';
}
