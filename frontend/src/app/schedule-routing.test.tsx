import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import {
  APPLICATION_ID,
  RIVERSIDE_TEAM_ID,
  SESSION_IDS,
  TFCBT_ID,
  admin,
  application,
  faculty1,
  riversideClinician,
} from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { LAKESIDE_TEAM_ID, scheduleHandlers, scheduleItem, sessionItem } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const mainNav = () => screen.getByRole('navigation', { name: 'Main' });
const slow = { timeout: 5000 };

beforeEach(() => server.use(...scheduleHandlers));

describe('navigation to schedules, calls and attendance by role', () => {
  it('offers a team member their schedule, not the faculty’s attendance pages', async () => {
    renderApp('/collaboratives', { me: riversideClinician });
    await screen.findByRole('heading', { level: 1, name: 'Collaboratives' }, slow);
    expect(within(mainNav()).getByRole('link', { name: 'My schedule' })).toHaveAttribute('href', '/schedule');
    expect(within(mainNav()).queryByRole('link', { name: 'Attendance and calls' })).not.toBeInTheDocument();
  });

  it('offers faculty their schedule and their collaboratives’ attendance and calls', async () => {
    renderApp('/attendance', { me: faculty1 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance and calls' }, slow)).toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'My schedule' })).toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Attendance and calls' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Attendance report: TF-CBT 2026' })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/attendance`,
    );
  });

  it('tells a team member the attendance overview is not theirs', async () => {
    renderApp('/attendance', { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' }, slow)).toBeInTheDocument();
  });

  it.each([
    ['faculty', faculty1, 'Attendance (take, report)', 'Calls (schedule, attendance, archive)'],
    ['a team member of an enrolled organisation', riversideClinician, 'Our attendance', 'Calls'],
  ] as const)('links the collaborative’s calendar, calls, archive and attendance for %s', async (_, me, attendance, calls) => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), ({ params }) =>
        HttpResponse.json(
          {
            id: String(params.id),
            title: 'TF-CBT 2026',
            practice: 'TF-CBT',
            kind: 'LEARNING_COLLABORATIVE',
            phase: 'ACTIVE',
            acceptedTeams: 2,
            minClinicians: 2,
            allowedTransitions: [],
            createdAt: '2026-01-10T10:00:00Z',
            updatedAt: '2026-01-10T10:00:00Z',
          },
          { headers: { ETag: '"1"' } },
        ),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me });
    const section = await screen.findByRole('region', { name: 'Schedule, calls and attendance' }, slow);
    expect(within(section).getByRole('link', { name: 'Calendar' })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/calendar`,
    );
    expect(within(section).getByRole('link', { name: calls })).toHaveAttribute('href', `/collaboratives/${TFCBT_ID}/calls`);
    expect(within(section).getByRole('link', { name: 'Call archive' })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/call-archive`,
    );
    expect(within(section).getByRole('link', { name: attendance })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/attendance`,
    );
  });

  it('offers faculty, not team members, to schedule calls', async () => {
    const { unmount } = renderApp(`/collaboratives/${TFCBT_ID}/calls`, { me: faculty1 });
    expect(await screen.findByRole('link', { name: 'Schedule a series' }, slow)).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/calls/new-series`,
    );
    unmount();
    renderApp(`/collaboratives/${TFCBT_ID}/calls`, { me: riversideClinician });
    expect(await screen.findByRole('article', { name: 'Engaging caregivers' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schedule a series' })).not.toBeInTheDocument();
  });
});

describe('my schedule', () => {
  it('lists sessions and calls by day, with the time in the event’s zone and the viewer’s, and how to join', async () => {
    let asked = '';
    server.use(
      http.get(apiUrl('/api/me/schedule'), ({ request }) => {
        asked = new URL(request.url).search;
        return HttpResponse.json({
          from: '2026-05-01',
          to: '2026-07-30',
          items: [
            // Noon in Tokyo, for one team, with how to join.
            scheduleItem({
              id: 'c1',
              timeZone: 'Asia/Tokyo',
              startsAt: '2026-05-05T03:00:00Z',
              endsAt: '2026-05-05T04:00:00Z',
              joinUrl: 'https://video.example.org/x',
              audience: 'TEAM',
              teamName: 'Riverside Family Services',
              facilitatorName: undefined,
            }),
            // Cancelled: its link is not offered.
            scheduleItem({
              id: 'c2',
              title: 'Fidelity check-in',
              start: '2026-05-05T14:00',
              timeZone: 'Asia/Tokyo',
              startsAt: '2026-05-05T05:00:00Z',
              endsAt: '2026-05-05T06:00:00Z',
              state: 'CANCELLED',
              joinUrl: 'https://video.example.org/y',
              mode: undefined,
              accessCode: undefined,
              audience: undefined,
              facilitatorName: undefined,
            }),
            sessionItem({ timeZone: undefined, reasons: ['TEAM', 'FACULTY'] }),
          ],
        });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp('/schedule', { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'My schedule' }, slow)).toBeInTheDocument();
    const call = await screen.findByRole('article', { name: 'Consultation call: Engaging caregivers' });
    // At noon in Tokyo, and again in the viewer's zone.
    expect(within(call).getByText(/12:00.*\(Asia\/Tokyo\)/)).toBeInTheDocument();
    expect(within(call).getByText(/^Your time: /)).toBeInTheDocument();
    expect(within(call).getByRole('link', { name: /Join link\s*for Engaging caregivers/ })).toHaveAttribute(
      'href',
      'https://video.example.org/x',
    );
    expect(within(call).getByText('Access code: 4711')).toBeInTheDocument();
    expect(within(call).getByText('For Riverside Family Services')).toBeInTheDocument();
    const cancelled = screen.getByRole('article', { name: 'Consultation call: Fidelity check-in' });
    expect(within(cancelled).getByText('Cancelled')).toBeInTheDocument();
    expect(within(cancelled).queryByRole('link', { name: /Join link/ })).not.toBeInTheDocument();
    const session = screen.getByRole('article', { name: 'Learning session 1: Learning session 1' });
    expect(within(session).getByText(/\(all day\)$/)).toBeInTheDocument();
    expect(within(session).getByText('Your team · You are faculty')).toBeInTheDocument();
    // Grouped by day, each day a heading.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/May 5, 2026/), expect.stringMatching(/May 12, 2026/)]),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'next-30');
    await waitFor(() => expect(asked).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/));
  });

  it('says what to expect when nothing is scheduled, and explains a failure', async () => {
    server.use(
      http.get(apiUrl('/api/me/schedule'), () => HttpResponse.json({ from: '2026-05-01', to: '2026-07-30', items: [] })),
    );
    const { unmount } = renderApp('/schedule', { me: riversideClinician });
    expect(await screen.findByRole('heading', { name: 'Nothing scheduled for the next 3 months' }, slow)).toBeInTheDocument();
    unmount();
    server.use(
      http.get(apiUrl('/api/me/schedule'), () => problem(400, 'Invalid request', { detail: 'to: at most 366 days after from' })),
    );
    renderApp('/schedule', { me: riversideClinician });
    const alert = await screen.findByRole('alert', { name: 'Your schedule could not be loaded' }, slow);
    expect(alert).toHaveTextContent('to: at most 366 days after from');
  });
});

describe('a collaborative’s month', () => {
  it('shows the month’s events and moves to the previous and next month', async () => {
    const asked: string[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/schedule'), ({ request }) => {
        const q = new URL(request.url).searchParams;
        asked.push(`${q.get('from')}..${q.get('to')}`);
        const may = q.get('from') === '2026-05-01';
        return HttpResponse.json({
          from: q.get('from'),
          to: q.get('to'),
          items: may ? [sessionItem({ timeZone: undefined, mode: undefined, location: undefined, reasons: [] })] : [],
        });
      }),
    );
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp(`/collaboratives/${TFCBT_ID}/calendar?month=2026-05`, { me: admin });
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar: TF-CBT 2026' }, slow)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'May 2026' });
    // A two-day session is in both days' cells.
    expect(within(table).getAllByRole('link', { name: /Learning session 1/ })).toHaveLength(2);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    await user.click(screen.getByRole('button', { name: 'Next month, June 2026' }));
    expect(await screen.findByRole('heading', { name: 'Nothing this month' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?month=2026-06');
    await user.click(screen.getByRole('button', { name: 'Previous month, May 2026' }));
    await user.click(await screen.findByRole('button', { name: 'Previous month, April 2026' }));
    await waitFor(() => expect(asked).toEqual(['2026-05-01..2026-05-31', '2026-06-01..2026-06-30', '2026-04-01..2026-04-30']));
  });
});

describe('the attendance report', () => {
  it('puts teams at risk first, highlighted, with who missed what', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/attendance-report'), () =>
        HttpResponse.json({
          sessions: [
            {
              learningSessionId: SESSION_IDS[0],
              number: 1,
              title: 'Learning session 1',
              startDate: '2026-03-10',
              endDate: '2026-03-11',
              held: true,
            },
            { learningSessionId: SESSION_IDS[1], number: 2, title: 'Learning session 2', startDate: '2099-03-10', held: false },
          ],
          teamsAtRisk: 1,
          items: [
            {
              teamId: RIVERSIDE_TEAM_ID,
              organizationId: 'o1',
              organizationName: 'Riverside Family Services',
              standing: 'AT_RISK',
              meetsCriterion: false,
              shortfalls: [
                {
                  kind: 'ABSENT',
                  learningSessionId: SESSION_IDS[0],
                  sessionNumber: 1,
                  name: 'Sara Stone',
                  role: 'SUPERVISOR',
                  message: 'Sara Stone (SUPERVISOR) was absent from learning session 1',
                },
                {
                  kind: 'PARTIAL',
                  learningSessionId: SESSION_IDS[0],
                  sessionNumber: 1,
                  name: 'Maya Moss',
                  role: 'CLINICIAN',
                  note: 'left at noon',
                  message: 'Maya Moss (CLINICIAN) attended part of learning session 1',
                },
              ],
            },
            {
              teamId: LAKESIDE_TEAM_ID,
              organizationId: 'o2',
              organizationName: 'Lakeside Youth Center',
              standing: 'MEETS',
              meetsCriterion: true,
              shortfalls: [],
            },
          ],
          page: 0,
          size: 50,
          total: 2,
        }),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/attendance`, { me: faculty1 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance: TF-CBT 2026' }, slow)).toBeInTheDocument();
    expect(await screen.findByText('1 team is at risk (listed first).')).toBeInTheDocument();
    const teams = within(screen.getByRole('list', { name: 'Teams by standing' })).getAllByRole('article');
    expect(teams.map((t) => t.getAttribute('aria-labelledby') && within(t).getByRole('heading').textContent)).toEqual([
      'Riverside Family Services',
      'Lakeside Youth Center',
    ]);
    expect(within(teams[0]!).getByText(/At risk/)).toBeInTheDocument();
    expect(teams[0]).toHaveClass('lcp-standing-AT_RISK');
    expect(within(teams[0]!).getByText('Sara Stone (SUPERVISOR) was absent from learning session 1')).toBeInTheDocument();
    expect(
      within(teams[0]!).getByText('Maya Moss (CLINICIAN) attended part of learning session 1 (“left at noon”)'),
    ).toBeInTheDocument();
    expect(within(teams[1]!).getByText(/Meets the criterion/)).toBeInTheDocument();
    // Attendance is taken for held sessions only.
    expect(screen.getByRole('link', { name: 'Take attendance: learning session 1' })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/learning-sessions/${SESSION_IDS[0]}/attendance`,
    );
    expect(screen.queryByRole('link', { name: 'Take attendance: learning session 2' })).not.toBeInTheDocument();
  });
});

describe('an application', () => {
  it('says whether the organisation attended an informational call', async () => {
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(application({ status: 'UNDER_REVIEW', attendedInformationalCall: true }), { headers: { ETag: '"1"' } }),
      ),
    );
    renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty1 });
    expect(await screen.findByTestId('informational-call', {}, slow)).toHaveTextContent(
      'Informational call: someone from Riverside Family Services attended one.',
    );
  });
});
