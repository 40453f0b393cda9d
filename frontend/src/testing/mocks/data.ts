import type { Me } from '@/lib/auth/me';
import type { Collaborative } from '@/lib/queries/collaboratives';
import type { Organization } from '@/features/organizations/api/get-organizations';
import type { Member } from '@/features/organizations/api/get-members';
import type { Application } from '@/features/applications/api/get-application';
import type { Violation } from '@/lib/api/problem';
import type { Team } from '@/lib/queries/teams';
import type { CollaborativeSetup } from '@/features/collaboratives/api/get-setup';

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

/** The setup checklist of a learning collaborative; every item done unless `missing` names it. */
export function setup(
  overrides: Partial<CollaborativeSetup> = {},
  missing: CollaborativeSetup['items'][number]['key'][] = [],
): CollaborativeSetup {
  const item = (
    key: CollaborativeSetup['items'][number]['key'],
    label: string,
    requiredBefore: CollaborativeSetup['phase'],
    detail: string,
    needed: string,
  ) => ({ key, label, requiredBefore, done: !missing.includes(key), detail, ...(missing.includes(key) ? { needed } : {}) });
  const items = [
    item(
      'LEAD_FACULTY',
      'At least one lead faculty member',
      'APPLICATIONS_OPEN',
      '1 lead faculty member',
      'a lead faculty member',
    ),
    item('APPLICATION_WINDOW', 'The application window', 'APPLICATIONS_OPEN', 'Set', 'when applications open and close'),
    item(
      'LEARNING_SESSIONS',
      'The learning sessions scheduled',
      'APPLICATIONS_OPEN',
      '3 of 3 learning sessions scheduled',
      'dates for learning sessions 2 and 3',
    ),
    item('READINESS_ITEMS', 'At least one readiness item', 'APPLICATIONS_OPEN', '2 readiness items', 'a readiness item'),
    item('MEASURES', 'At least one Core Data Set measure', 'ACTIVE', '3 measures', 'a measure'),
  ];
  const phase = overrides.phase ?? 'DRAFT';
  return {
    collaborativeId: TFCBT_ID,
    kind: 'LEARNING_COLLABORATIVE',
    phase,
    nextPhase: 'ANNOUNCED',
    readyForNextPhase: true,
    items,
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

export const APPLICATION_ID = '00000000-0000-4000-8000-000000000401';
export const SESSION_IDS = ['00000000-0000-4000-8000-000000000501', '00000000-0000-4000-8000-000000000502'];

export const faculty2: Me = {
  kind: 'PERSON',
  userId: '00000000-0000-4000-8000-000000000005',
  subject: 'faculty2',
  email: 'felix@example.org',
  name: 'Felix Trainer',
  roles: ['faculty'],
  organizations: [],
  facultyOf: [{ collaborativeId: TFCBT_ID, title: 'TF-CBT 2026', lead: false }],
};

/** Everything a new draft lacks (what completeness.missing and a refused submission list). */
export const DRAFT_MISSING: Violation[] = [
  { field: 'readiness.leadership-support', in: 'body', message: 'is not rated yet (1 to 5)' },
  { field: 'readiness.data-capacity', in: 'body', message: 'is not rated yet (1 to 5)' },
  { field: 'commitment.agreed', in: 'body', message: 'the organisation must agree to use the Core Data Set and submit metrics' },
  { field: 'commitment.signerName', in: 'body', message: 'is required' },
  { field: 'coreTeam.clinicians', in: 'body', message: 'the core team needs at least 2 clinicians; it has 0' },
  { field: 'sessionCommitments.learningSession2', in: 'body', message: 'no answer yet for learning session 2' },
];

export function application(overrides: Partial<Application> = {}): Application {
  const missing = overrides.completeness?.missing ?? DRAFT_MISSING;
  const done = (section: string) => !missing.some((v) => v.field.startsWith(`${section}.`));
  return {
    id: APPLICATION_ID,
    collaborativeId: TFCBT_ID,
    collaborativeTitle: 'TF-CBT 2026',
    organizationId: RIVERSIDE_ID,
    organizationName: 'Riverside Family Services',
    status: 'DRAFT',
    returnedForChanges: false,
    readinessItems: [
      { key: 'leadership-support', text: 'Senior leadership supports adopting the practice' },
      { key: 'data-capacity', text: 'The organisation can collect and report data', help: 'An EHR export counts' },
    ],
    readiness: { ratings: [] },
    commitment: { agreed: false },
    coreTeam: { members: [] },
    sessionCommitments: { sessions: [] },
    completeness: {
      readiness: done('readiness'),
      commitment: done('commitment'),
      coreTeam: done('coreTeam'),
      sessionCommitments: done('sessionCommitments'),
      missing,
    },
    checks: {
      seniorLeaders: 0,
      supervisors: 0,
      clinicians: 0,
      minClinicians: 2,
      allSessionsCommitted: false,
      commitmentSigned: false,
    },
    timeline: [{ status: 'DRAFT', at: '2026-04-02T10:00:00Z' }],
    createdAt: '2026-04-02T10:00:00Z',
    updatedAt: '2026-04-02T10:00:00Z',
    ...overrides,
  };
}

/** What GET /api/me answers; tests set it (reset after each test). */
export const RIVERSIDE_TEAM_ID = '00000000-0000-4000-8000-000000000601';

/** Riverside's team in TF-CBT 2026: enrolled, its composition complete, its roster empty. */
export function team(overrides: Partial<Team> = {}): Team {
  return {
    id: RIVERSIDE_TEAM_ID,
    collaborativeId: TFCBT_ID,
    organizationId: RIVERSIDE_ID,
    organizationName: 'Riverside Family Services',
    enrolledAt: '2026-04-06T10:00:00Z',
    roster: [],
    composition: { seniorLeaders: 1, supervisors: 1, clinicians: 2, minClinicians: 2, warnings: [] },
    ...overrides,
  };
}

export const mockState: { me: Me } = { me: admin };

export function resetMockData(): void {
  mockState.me = admin;
}
