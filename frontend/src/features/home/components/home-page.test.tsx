import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, admin, faculty1, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { Me } from '@/lib/auth/me';
import type { Home } from '../api/get-home';

const APP = '00000000-0000-4000-8000-000000000401';
const TEAM = '00000000-0000-4000-8000-000000000601';
const LAKE_TEAM = '00000000-0000-4000-8000-000000000602';
const SESSION = '00000000-0000-4000-8000-000000000501';
const NEW_COLLAB = '00000000-0000-4000-8000-000000000202';

const home = (body: Home) => http.get(apiUrl('/api/me/home'), () => HttpResponse.json(body));

const memberHome: Home = {
  unreadNotifications: 2,
  announcements: [],
  teamMember: {
    openApplications: [
      {
        id: APP,
        collaborativeId: TFCBT_ID,
        collaborativeTitle: 'TF-CBT 2026',
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        status: 'DRAFT',
        returnedForChanges: false,
        missing: [
          { field: 'commitment.agreed', in: 'body', message: 'the organisation must agree to use the Core Data Set' },
          { field: 'coreTeam.supervisor', in: 'body', message: 'the core team needs at least one supervisor' },
        ],
      },
    ],
    valuesOwed: [
      {
        teamId: TEAM,
        collaborativeId: TFCBT_ID,
        collaborativeTitle: 'TF-CBT 2026',
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        period: '2026-09',
        dueDate: '2026-10-15',
        missingCount: 3,
        overdue: true,
      },
      {
        teamId: TEAM,
        collaborativeId: TFCBT_ID,
        collaborativeTitle: 'TF-CBT 2026',
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        period: '2026-11',
        dueDate: '2026-12-15',
        missingCount: 1,
        overdue: false,
      },
    ],
    nextEvent: {
      type: 'LEARNING_SESSION',
      id: SESSION,
      collaborativeId: TFCBT_ID,
      collaborativeTitle: 'TF-CBT 2026',
      title: 'Learning Session 2',
      sessionNumber: 2,
      allDay: true,
      startDate: '2027-01-12',
      endDate: '2027-01-13',
      startsAt: '2027-01-12T06:00:00Z',
      endsAt: '2027-01-14T06:00:00Z',
      state: 'SCHEDULED',
      reasons: ['TEAM'],
    },
  },
};

const facultyAdminHome: Home = {
  unreadNotifications: 0,
  announcements: [],
  faculty: {
    awaitingMyReview: [
      {
        id: APP,
        collaborativeId: TFCBT_ID,
        collaborativeTitle: 'TF-CBT 2026',
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        status: 'SUBMITTED',
        returnedForChanges: false,
        submittedAt: '2026-11-20T10:00:00Z',
        updatedAt: '2026-11-20T10:00:00Z',
      },
    ],
    teamsNeedingAttention: [
      {
        teamId: LAKE_TEAM,
        collaborativeId: TFCBT_ID,
        collaborativeTitle: 'TF-CBT 2026',
        organizationId: '00000000-0000-4000-8000-000000000102',
        organizationName: 'Lakeside Clinic',
        overdueValues: 4,
        atRisk: true,
        reasons: ['Sam Super (supervisor) was absent from learning session 1'],
      },
    ],
    nextEvents: [],
    setupIncomplete: [],
  },
  admin: {
    setupIncomplete: [
      {
        collaborativeId: NEW_COLLAB,
        title: 'PCIT 2027',
        phase: 'DRAFT',
        nextPhase: 'ANNOUNCED',
        missing: [
          {
            key: 'LEAD_FACULTY',
            label: 'Lead faculty',
            done: false,
            requiredBefore: 'APPLICATIONS_OPEN',
            detail: 'No lead faculty yet',
            needed: 'at least one lead faculty member',
          },
        ],
      },
    ],
  },
};

const facultyAdmin: Me = { ...faculty1, roles: ['admin', 'faculty'] };

describe('the home page', () => {
  it('is where a person lands, first in the navigation, with the catalogue still there', async () => {
    renderApp('/', { me: riversideLeader });
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Collaboratives' })).toHaveAttribute('href', '/collaboratives');
  });

  it('shows a team member what they owe, what their application misses and their next session', async () => {
    const user = userEvent.setup();
    server.use(home(memberHome));
    const { router } = renderApp('/', { me: riversideLeader });

    const team = await screen.findByRole('region', { name: 'For your team' });
    const owed = within(team).getByRole('list', { name: 'Values owed' });
    const rows = within(owed).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3 values');
    expect(rows[0]).toHaveTextContent(/Overdue since/);
    expect(rows[1]).toHaveTextContent('1 value');
    expect(rows[1]).toHaveTextContent(/Due /);
    expect(within(rows[0]!).getByRole('link', { name: /Enter the values/ })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/metrics/data`,
    );

    const apps = within(team).getByRole('list', { name: 'Open applications' });
    expect(apps).toHaveTextContent('2 items are still missing before you can submit');
    const missing = within(apps).getByRole('list', { name: 'Missing from TF-CBT 2026' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Commitment: the organisation must agree to use the Core Data Set',
      'Core team: the core team needs at least one supervisor',
    ]);

    const next = within(team).getByRole('region', { name: 'Next session or call' });
    expect(within(next).getByRole('link', { name: 'Learning Session 2' })).toHaveAttribute('href', `/collaboratives/${TFCBT_ID}`);
    expect(next).toHaveTextContent('(all day)');

    expect(screen.getByRole('link', { name: '2 unread notifications' })).toHaveAttribute('href', '/notifications');
    expect(screen.queryByRole('region', { name: 'As faculty' })).toBeNull();

    await user.click(within(apps).getByRole('link', { name: /Complete the application/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${APP}/edit`));
  });

  it('says a team member is up to date when nothing is due', async () => {
    renderApp('/', { me: riversideLeader });
    const team = await screen.findByRole('region', { name: 'For your team' });
    expect(within(team).getByRole('region', { name: 'Values owed' })).toHaveTextContent('Nothing is due — you’re up to date');
    expect(within(team).getByRole('region', { name: 'Open applications' })).toHaveTextContent('No open applications.');
    expect(within(team).getByRole('region', { name: 'Next session or call' })).toHaveTextContent('Nothing scheduled');
  });

  it('shows faculty their reviews and the teams needing attention, and admins the setups to finish', async () => {
    server.use(home(facultyAdminHome));
    renderApp('/', { me: facultyAdmin });

    const faculty = await screen.findByRole('region', { name: 'As faculty' });
    const reviews = within(faculty).getByRole('list', { name: 'Applications awaiting your review' });
    expect(within(reviews).getByRole('link', { name: /Riverside Family Services/ })).toHaveAttribute(
      'href',
      `/applications/${APP}/review`,
    );
    const teams = within(faculty).getByRole('list', { name: 'Teams needing attention' });
    expect(teams).toHaveTextContent('At risk on attendance');
    expect(teams).toHaveTextContent('4 values overdue');
    expect(teams).toHaveTextContent('Sam Super (supervisor) was absent from learning session 1');
    expect(within(teams).getByRole('link', { name: /Attendance/ })).toHaveAttribute('href', `/teams/${LAKE_TEAM}/attendance`);
    expect(within(faculty).getByRole('region', { name: 'Next events' })).toHaveTextContent('Nothing scheduled');

    const adminSection = screen.getByRole('region', { name: 'Administration' });
    expect(within(adminSection).getByRole('link', { name: 'PCIT 2027' })).toHaveAttribute(
      'href',
      `/collaboratives/${NEW_COLLAB}`,
    );
    expect(adminSection).toHaveTextContent('At least one lead faculty member');
    expect(screen.queryByRole('region', { name: 'For your team' })).toBeNull();
    expect(screen.queryByText(/unread notification/)).toBeNull();
  });

  it('says so when a person has no role yet', async () => {
    server.use(home({ unreadNotifications: 0, announcements: [] }));
    renderApp('/', { me: { ...admin, roles: [] } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing is due — you’re up to date' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the collaboratives' })).toHaveAttribute('href', '/collaboratives');
  });

  it('lists the latest announcements, pinned ones marked, each linking to its feed, the text as plain text', async () => {
    server.use(
      home({
        unreadNotifications: 0,
        announcements: [
          {
            id: '00000000-0000-4000-8000-000000000b01',
            collaborativeId: TFCBT_ID,
            collaborativeTitle: 'Trauma-Informed Schools',
            title: 'March call moves to Thursday',
            body: 'Bring one <b>story</b>.',
            publishedAt: '2026-03-01T10:00:00Z',
            pinned: true,
            pinnedUntil: '2099-01-01T00:00:00Z',
            authorName: 'Fay Faculty',
            mayChange: false,
            createdAt: '2026-03-01T10:00:00Z',
            updatedAt: '2026-03-01T10:00:00Z',
          },
          {
            id: '00000000-0000-4000-8000-000000000b02',
            title: 'Network webinar on 5 May',
            body: 'Everyone is welcome.',
            publishedAt: '2026-02-01T10:00:00Z',
            pinned: false,
            authorName: 'Ada Admin',
            mayChange: false,
            createdAt: '2026-02-01T10:00:00Z',
            updatedAt: '2026-02-01T10:00:00Z',
          },
        ],
      }),
    );
    renderApp('/', { me: riversideLeader });
    const section = await screen.findByRole('region', { name: 'Announcements' });
    const items = within(within(section).getByRole('list', { name: 'Latest announcements' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: /March call moves to Thursday/ })).toHaveAttribute(
      'href',
      `/collaboratives/${TFCBT_ID}/announcements`,
    );
    expect(within(items[0]!).getByText('Pinned')).toBeInTheDocument();
    expect(within(items[0]!).getByText(/To Trauma-Informed Schools/)).toBeInTheDocument();
    expect(within(items[0]!).getByText('Bring one <b>story</b>.')).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: /Network webinar on 5 May/ })).toHaveAttribute('href', '/announcements');
    expect(items[1]).toHaveTextContent(/Ada Admin · .+ · To the whole network/);
    expect(within(section).getByRole('link', { name: 'All network announcements' })).toHaveAttribute('href', '/announcements');
  });

  it('says when there is no news', async () => {
    server.use(home({ unreadNotifications: 0, announcements: [] }));
    renderApp('/', { me: riversideLeader });
    const section = await screen.findByRole('region', { name: 'Announcements' });
    expect(within(section).getByText('No news yet from the network or your communities.')).toBeInTheDocument();
  });

  it('says what failed and lets the person try again', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(apiUrl('/api/me/home'), () => {
        calls += 1;
        return calls === 1 ? problem(429, 'Too Many Requests') : HttpResponse.json(memberHome);
      }),
    );
    renderApp('/', { me: riversideLeader });
    expect(await screen.findByText('What is due for you could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Try again/ }));
    expect(await screen.findByRole('region', { name: 'For your team' })).toBeInTheDocument();
  });
});
