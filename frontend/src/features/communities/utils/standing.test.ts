import { describe, expect, it } from 'vitest';

import { joinBody } from './join-values';
import { standingOf, type CommunityMember } from './standing';

const ME = 'u-1';
const C = 'c-1';

function row(overrides: Partial<CommunityMember> = {}): CommunityMember {
  return {
    id: 'm-1',
    collaborativeId: C,
    userId: ME,
    name: 'Me',
    status: 'ACTIVE',
    facilitator: false,
    visible: true,
    requestedAt: '2026-01-01T10:00:00Z',
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
  };
}

describe('the standing in a community', () => {
  const person = { roles: [], facultyOf: [] };

  it('lets an admin steward and choose facilitators', () => {
    expect(standingOf({ roles: ['admin'], facultyOf: [] }, C, undefined, false)).toEqual({
      steward: true,
      lead: true,
      member: false,
      mayJoin: true,
    });
  });

  it('makes faculty stewards, only lead faculty choose facilitators', () => {
    const faculty = { roles: ['faculty' as const], facultyOf: [{ collaborativeId: C, title: 'T', lead: false }] };
    expect(standingOf(faculty, C, undefined, false)).toMatchObject({ steward: true, lead: false });
    const lead = { ...faculty, facultyOf: [{ collaborativeId: C, title: 'T', lead: true }] };
    expect(standingOf(lead, C, undefined, false)).toMatchObject({ steward: true, lead: true });
    // Faculty of another collaborative are nothing here.
    expect(standingOf(faculty, 'c-2', undefined, false)).toMatchObject({ steward: false, lead: false });
  });

  it('makes an ACTIVE facilitator a steward, not a facilitator whose membership ended', () => {
    expect(standingOf(person, C, row({ facilitator: true }), false)).toMatchObject({ steward: true, member: true, lead: false });
    expect(standingOf(person, C, row({ facilitator: true, status: 'LEFT' }), false)).toMatchObject({
      steward: false,
      member: false,
    });
  });

  it('lets people ask to join unless their row is open or the community is closed', () => {
    expect(standingOf(person, C, undefined, false).mayJoin).toBe(true);
    expect(standingOf(person, C, row({ status: 'DECLINED' }), false).mayJoin).toBe(true);
    expect(standingOf(person, C, row({ status: 'PENDING' }), false).mayJoin).toBe(false);
    expect(standingOf(person, C, row({ status: 'INVITED' }), false).mayJoin).toBe(false);
    expect(standingOf(person, C, row(), false).mayJoin).toBe(false);
    expect(standingOf(person, C, undefined, true).mayJoin).toBe(false);
  });
});

describe('the request to join', () => {
  it('leaves out blank fields and trims text', () => {
    expect(joinBody({ organizationId: '', region: '  ', message: '', visible: false })).toEqual({ visible: false });
    expect(joinBody({ organizationId: 'o-1', region: ' North ', message: ' Hello ', visible: true })).toEqual({
      visible: true,
      organizationId: 'o-1',
      region: 'North',
      message: 'Hello',
    });
  });
});
