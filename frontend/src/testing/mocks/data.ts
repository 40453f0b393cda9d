import type { components } from '@/lib/api/schema';

type Me = components['schemas']['Me'];
type Collaborative = components['schemas']['Collaborative'];
type Organization = components['schemas']['Organization'];
type Member = components['schemas']['Member'];

export const RIVERSIDE_ID = '00000000-0000-4000-8000-000000000101';
export const TFCBT_ID = '00000000-0000-4000-8000-000000000201';

export const admin: Me = {
  kind: 'PERSON',
  userId: '00000000-0000-4000-8000-000000000001',
  subject: 'admin',
  email: 'admin@example.org',
  name: 'Ada Admin',
  roles: ['admin'],
  organizations: [],
  facultyOf: [],
};

export const faculty1: Me = {
  kind: 'PERSON',
  userId: '00000000-0000-4000-8000-000000000002',
  subject: 'faculty1',
  email: 'faculty1@example.org',
  name: 'Fay Faculty',
  roles: ['faculty'],
  organizations: [],
  facultyOf: [{ collaborativeId: TFCBT_ID, title: 'TF-CBT 2026', lead: true }],
};

export const riversideClinician: Me = {
  kind: 'PERSON',
  userId: '00000000-0000-4000-8000-000000000003',
  subject: 'riverside.clinician',
  email: 'clinician@riverside.example.org',
  name: 'Cal Clinician',
  roles: [],
  organizations: [{ organizationId: RIVERSIDE_ID, name: 'Riverside Family Services', role: 'CLINICIAN' }],
  facultyOf: [],
};

export const riversideLeader: Me = {
  ...riversideClinician,
  subject: 'riverside.leader',
  email: 'leader@riverside.example.org',
  name: 'Lee Leader',
  organizations: [{ organizationId: RIVERSIDE_ID, name: 'Riverside Family Services', role: 'SENIOR_LEADER' }],
};

export function collaborative(overrides: Partial<Collaborative> = {}): Collaborative {
  return {
    id: TFCBT_ID,
    title: 'TF-CBT 2026',
    practice: 'TF-CBT',
    kind: 'LEARNING_COLLABORATIVE',
    phase: 'DRAFT',
    description: 'Trauma-focused CBT for children and families.',
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    capacity: 20,
    acceptedTeams: 0,
    minClinicians: 2,
    allowedTransitions: ['ANNOUNCED'],
    createdAt: '2026-01-10T10:00:00Z',
    updatedAt: '2026-01-10T10:00:00Z',
    ...overrides,
  };
}

export const riverside: Organization = {
  id: RIVERSIDE_ID,
  name: 'Riverside Family Services',
  city: 'Springfield',
  countryCode: 'US',
  memberCount: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

export function member(overrides: Partial<Member> = {}): Member {
  return {
    id: '00000000-0000-4000-8000-000000000301',
    organizationId: RIVERSIDE_ID,
    userId: '00000000-0000-4000-8000-000000000003',
    email: 'clinician@riverside.example.org',
    name: 'Cal Clinician',
    role: 'CLINICIAN',
    status: 'ACTIVE',
    invitedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** What GET /api/me answers; tests set it (reset after each test). */
export const mockState: { me: Me } = { me: admin };

export function resetMockData(): void {
  mockState.me = admin;
}
