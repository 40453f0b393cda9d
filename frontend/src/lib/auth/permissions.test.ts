import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, admin, faculty1, faculty2, riversideClinician, riversideLeader } from '@/testing/mocks/data';
import { describeRoles, permissionsOf } from './permissions';
import { returnToOf } from './oidc';

describe('permissionsOf', () => {
  it('gives admins everything', () => {
    const p = permissionsOf(admin);
    expect(p.canManageOrganizations && p.canCreateCollaborative && p.canRegisterMachineClients).toBe(true);
    expect(p.canEditCollaborative('any')).toBe(true);
    expect(p.canManageMembers('any')).toBe(true);
  });

  it('lets faculty create, and edit only what they lead', () => {
    const p = permissionsOf(faculty1);
    expect(p.canCreateCollaborative).toBe(true);
    expect(p.canEditCollaborative(TFCBT_ID)).toBe(true);
    expect(p.canEditCollaborative('another')).toBe(false);
    expect(p.canManageOrganizations).toBe(false);
  });

  it('lets senior leaders manage their own organisation’s members only', () => {
    expect(permissionsOf(riversideLeader).canManageMembers(RIVERSIDE_ID)).toBe(true);
    expect(permissionsOf(riversideLeader).canManageMembers('another')).toBe(false);
    expect(permissionsOf(riversideClinician).canManageMembers(RIVERSIDE_ID)).toBe(false);
    expect(permissionsOf(riversideClinician).canViewOrganization(RIVERSIDE_ID)).toBe(true);
    expect(permissionsOf(riversideClinician).canCreateCollaborative).toBe(false);
  });

  it('shows every team’s metrics to faculty of the collaborative, and lets only leads coordinate', () => {
    expect(permissionsOf(admin).canCoordinateMetrics('any')).toBe(true);
    expect(permissionsOf(faculty1).canSeeAllTeamsMetrics(TFCBT_ID)).toBe(true);
    expect(permissionsOf(faculty1).canCoordinateMetrics(TFCBT_ID)).toBe(true);
    expect(permissionsOf(faculty1).canSeeAllTeamsMetrics('another')).toBe(false);
    expect(permissionsOf(faculty2).canSeeAllTeamsMetrics(TFCBT_ID)).toBe(true);
    expect(permissionsOf(faculty2).canCoordinateMetrics(TFCBT_ID)).toBe(false);
    expect(permissionsOf(riversideClinician).canSeeAllTeamsMetrics(TFCBT_ID)).toBe(false);
  });

  it('names the person’s standing', () => {
    expect(describeRoles(admin)).toBe('Platform admin');
    expect(describeRoles(riversideClinician)).toBe('Team member');
  });
});

describe('returnToOf', () => {
  it('returns only to paths of this origin', () => {
    expect(returnToOf({ returnTo: '/organizations?q=a' })).toBe('/organizations?q=a');
    expect(returnToOf({ returnTo: '//evil.example.org' })).toBe('/');
    expect(returnToOf({ returnTo: 'https://evil.example.org' })).toBe('/');
    expect(returnToOf(undefined)).toBe('/');
  });
});
