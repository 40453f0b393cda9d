import { HttpResponse, http } from 'msw';

import type { TeamRole } from '@/utils/labels';
import type { Call } from '@/lib/queries/calls';
import type { ScheduleItem } from '@/features/schedule/api/get-my-schedule';
import type { SessionAttendanceSheet } from '@/features/attendance/api/get-session-attendance';
import type { CallRegistration } from '@/features/calls/api/registrations';
import type { CallSeries } from '@/features/calls/api/get-series';
import { RIVERSIDE_ID, RIVERSIDE_TEAM_ID, SESSION_IDS, TFCBT_ID, collaborative, team } from './data';
import { apiUrl, page } from './http';

/**
 * The API of issue 6 (schedule, calls, attendance, calendar feeds) for Vitest: plausible answers
 * that the schedule, calls and attendance tests install with `server.use(...scheduleHandlers)` and
 * override where they check something.
 */

export const LAKESIDE_ID = '00000000-0000-4000-8000-000000000102';
export const LAKESIDE_TEAM_ID = '00000000-0000-4000-8000-000000000602';
export const CALL_ID = '00000000-0000-4000-8000-000000000701';
export const INFO_CALL_ID = '00000000-0000-4000-8000-000000000702';
export const WEBINAR_CALL_ID = '00000000-0000-4000-8000-000000000703';
export const SERIES_ID = '00000000-0000-4000-8000-000000000801';
export const FACULTY1_USER = '00000000-0000-4000-8000-000000000002';
export const FACULTY2_USER = '00000000-0000-4000-8000-000000000005';

/** Roster members: Riverside (leader, supervisor, two clinicians), Lakeside (leader, clinician). */
export const RM = {
  rita: '00000000-0000-4000-8000-000000000901',
  sara: '00000000-0000-4000-8000-000000000902',
  carl: '00000000-0000-4000-8000-000000000903',
  maya: '00000000-0000-4000-8000-000000000904',
  lena: '00000000-0000-4000-8000-000000000905',
  luis: '00000000-0000-4000-8000-000000000906',
};

/** What the call and its series share: a fortnightly consultation call by video, at noon in Chicago. */
const callDetails = {
  collaborativeId: TFCBT_ID,
  kind: 'CONSULTATION',
  topic: 'Engaging caregivers',
  timeZone: 'America/Chicago',
  durationMinutes: 60,
  facilitatorUserId: FACULTY1_USER,
  facilitatorName: 'Fay Faculty',
  audience: 'COLLABORATIVE',
  mode: 'VIDEO',
  joinUrl: 'https://video.example.org/tfcbt',
  createdAt: '2026-04-01T10:00:00Z',
  updatedAt: '2026-04-01T10:00:00Z',
} as const;

export function call(overrides: Partial<Call> = {}): Call {
  return {
    ...callDetails,
    id: CALL_ID,
    collaborativeTitle: 'TF-CBT 2026',
    seriesId: SERIES_ID,
    start: '2026-05-05T12:00',
    startsAt: '2026-05-05T17:00:00Z',
    endsAt: '2026-05-05T18:00:00Z',
    state: 'SCHEDULED',
    sequence: 0,
    ...overrides,
  };
}

/** A webinar open to the network: 20 seats, all taken, two registrations waiting. */
export function webinar(overrides: Partial<Call> = {}): Call {
  return call({
    id: WEBINAR_CALL_ID,
    kind: 'WEBINAR',
    seriesId: undefined,
    topic: 'Trauma screening in schools',
    capacity: 20,
    seatsTaken: 20,
    waiting: 2,
    ...overrides,
  });
}

export function series(overrides: Partial<CallSeries> = {}): CallSeries {
  return {
    ...callDetails,
    id: SERIES_ID,
    weekday: 'TUESDAY',
    startTime: '12:00',
    startDate: '2026-05-05',
    intervalWeeks: 2,
    count: 3,
    calls: [call()],
    ...overrides,
  };
}

export function scheduleItem(overrides: Partial<ScheduleItem> = {}): ScheduleItem {
  return {
    type: 'CALL',
    id: CALL_ID,
    collaborativeId: TFCBT_ID,
    collaborativeTitle: 'TF-CBT 2026',
    title: 'Engaging caregivers',
    callKind: 'CONSULTATION',
    allDay: false,
    startDate: '2026-05-05',
    endDate: '2026-05-05',
    start: '2026-05-05T12:00',
    timeZone: 'America/Chicago',
    startsAt: '2026-05-05T17:00:00Z',
    endsAt: '2026-05-05T18:00:00Z',
    state: 'SCHEDULED',
    mode: 'VIDEO',
    joinUrl: 'https://video.example.org/tfcbt',
    accessCode: '4711',
    audience: 'COLLABORATIVE',
    facilitatorName: 'Fay Faculty',
    reasons: ['TEAM'],
    ...overrides,
  };
}

export const sessionItem = (overrides: Partial<ScheduleItem> = {}): ScheduleItem =>
  scheduleItem({
    type: 'LEARNING_SESSION',
    id: SESSION_IDS[0]!,
    title: 'Learning session 1',
    sessionNumber: 1,
    callKind: undefined,
    allDay: true,
    startDate: '2026-05-12',
    endDate: '2026-05-13',
    start: undefined,
    timeZone: 'America/Chicago',
    startsAt: '2026-05-12T05:00:00Z',
    endsAt: '2026-05-14T05:00:00Z',
    mode: 'IN_PERSON',
    location: 'Hilton Chicago',
    joinUrl: undefined,
    accessCode: undefined,
    audience: undefined,
    facilitatorName: undefined,
    ...overrides,
  });

export function sessionSheet(overrides: Partial<SessionAttendanceSheet> = {}): SessionAttendanceSheet {
  const row = (id: string, name: string, role: TeamRole, counts = true) => ({
    rosterMemberId: id,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    role,
    startDate: '2026-01-01',
    countsForCriterion: counts,
  });
  return {
    learningSessionId: SESSION_IDS[0]!,
    collaborativeId: TFCBT_ID,
    sessionNumber: 1,
    title: 'Learning session 1',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    held: true,
    recordable: true,
    teams: [
      {
        teamId: LAKESIDE_TEAM_ID,
        organizationId: LAKESIDE_ID,
        organizationName: 'Lakeside Youth Center',
        members: [row(RM.lena, 'Lena Lake', 'SENIOR_LEADER'), row(RM.luis, 'Luis Lopez', 'CLINICIAN')],
      },
      {
        teamId: RIVERSIDE_TEAM_ID,
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        members: [
          row(RM.rita, 'Rita Rivers', 'SENIOR_LEADER'),
          {
            ...row(RM.sara, 'Sara Stone', 'SUPERVISOR'),
            record: {
              learningSessionId: SESSION_IDS[0]!,
              rosterMemberId: RM.sara,
              teamId: RIVERSIDE_TEAM_ID,
              status: 'ABSENT',
              recordedAt: '2026-03-12T10:00:00Z',
              recordedBy: 'Fay Faculty',
              revisions: 2,
              etag: '"r2"',
            },
          },
          row(RM.carl, 'Carl Clark', 'CLINICIAN'),
          row(RM.maya, 'Maya Moss', 'CLINICIAN'),
        ],
      },
    ],
    ...overrides,
  };
}

export function registration(overrides: Partial<CallRegistration> = {}): CallRegistration {
  return {
    id: '00000000-0000-4000-8000-000000000a01',
    etag: '"3"',
    callId: INFO_CALL_ID,
    organizationId: RIVERSIDE_ID,
    organizationName: 'Riverside Family Services',
    attendees: [{ id: '00000000-0000-4000-8000-000000000b01', name: 'Cal Clinician', email: 'clinician@riverside.example.org' }],
    attended: false,
    status: 'CONFIRMED',
    registeredBy: 'Cal Clinician',
    createdAt: '2026-04-02T10:00:00Z',
    updatedAt: '2026-04-02T10:00:00Z',
    ...overrides,
  };
}

/** A call's registrations as the list answers them, read when asked (a test changes them as it goes). */
export const registrationsList = (current: () => CallRegistration[]) =>
  http.get(apiUrl('/api/calls/:id/registrations'), () => HttpResponse.json(page(current(), 100)));

export const FEED_TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
export const feed = (token = FEED_TOKEN) => ({
  scheduleUrl: `http://localhost:8080/api/calendar-feeds/${token}`,
  collaborativeUrlTemplate: `http://localhost:8080/api/calendar-feeds/${token}/collaboratives/{collaborativeId}`,
  collaboratives: [
    {
      collaborativeId: TFCBT_ID,
      title: 'TF-CBT 2026',
      url: `http://localhost:8080/api/calendar-feeds/${token}/collaboratives/${TFCBT_ID}`,
    },
  ],
  createdAt: '2026-04-02T10:00:00Z',
});

export const scheduleHandlers = [
  http.get(apiUrl('/api/me/schedule'), ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json({
      from: q.get('from') ?? '2026-05-01',
      to: q.get('to') ?? '2026-07-30',
      items: [scheduleItem(), sessionItem()],
    });
  }),
  http.get(apiUrl('/api/collaboratives/:id/schedule'), ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json({
      from: q.get('from'),
      to: q.get('to'),
      items: [scheduleItem({ reasons: [] }), sessionItem({ reasons: [] })],
    });
  }),
  http.get(apiUrl('/api/me/calendar-feed'), () => HttpResponse.json({ active: false })),
  http.post(apiUrl('/api/me/calendar-feed'), () => HttpResponse.json(feed())),
  http.delete(apiUrl('/api/me/calendar-feed'), () => new HttpResponse(null, { status: 204 })),
  http.get(apiUrl('/api/collaboratives/:id/calls'), () => HttpResponse.json(page([call()]))),
  http.get(apiUrl('/api/collaboratives/:id/call-archive'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/calls/:id'), ({ params }) =>
    HttpResponse.json(params.id === WEBINAR_CALL_ID ? webinar() : call({ id: String(params.id) }), {
      headers: { ETag: '"c1"' },
    }),
  ),
  http.get(apiUrl('/api/call-series/:id'), () => HttpResponse.json(series(), { headers: { ETag: '"s1"' } })),
  http.get(apiUrl('/api/calls/:id/registrations'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId/attendance'), () =>
    HttpResponse.json(sessionSheet(), { headers: { ETag: '"a1"' } }),
  ),
  http.get(apiUrl('/api/collaboratives/:id/faculty'), () =>
    HttpResponse.json(
      page([
        {
          collaborativeId: TFCBT_ID,
          userId: FACULTY1_USER,
          email: 'faculty1@example.org',
          name: 'Fay Faculty',
          lead: true,
          assignedAt: '2026-01-01T00:00:00Z',
        },
        {
          collaborativeId: TFCBT_ID,
          userId: FACULTY2_USER,
          email: 'felix@example.org',
          name: 'Felix Trainer',
          lead: false,
          assignedAt: '2026-01-01T00:00:00Z',
        },
      ]),
    ),
  ),
  http.get(apiUrl('/api/collaboratives/:id/teams'), () => HttpResponse.json(page([team()]))),
  http.get(apiUrl('/api/collaboratives/:id'), ({ params }) =>
    HttpResponse.json(collaborative({ id: String(params.id), phase: 'ACTIVE', acceptedTeams: 2, allowedTransitions: [] }), {
      headers: { ETag: '"1"' },
    }),
  ),
];
