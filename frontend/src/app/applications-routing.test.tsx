import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import {
  APPLICATION_ID,
  TFCBT_ID,
  admin,
  application,
  faculty1,
  faculty2,
  riversideClinician,
  riversideLeader,
  team,
} from '@/testing/mocks/data';
import { apiUrl, page, problem } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const mainNav = () => screen.getByRole('navigation', { name: 'Main' });

describe('routes and navigation of applications, reviews, teams and notifications', () => {
  it('offers a team member their applications and notifications, not the review queue', async () => {
    renderApp('/applications', { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'My applications' })).toBeInTheDocument();
    const nav = mainNav();
    expect(within(nav).getByRole('link', { name: 'My applications' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Notification settings' })).toHaveAttribute('href', '/notification-preferences');
    expect(within(nav).queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
    expect(await screen.findByText('No application yet')).toBeInTheDocument();
  });

  it('offers faculty the review queue, not My applications', async () => {
    renderApp('/review-queue', { me: faculty1 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument();
    const nav = mainNav();
    expect(within(nav).getByRole('link', { name: 'Review queue' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'My applications' })).not.toBeInTheDocument();
  });

  it('keeps the queue’s filters in the address and sends them to the API', async () => {
    const seen: string[] = [];
    server.use(
      http.get(apiUrl('/api/applications'), ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [], page: 0, size: 100, total: 0 });
      }),
    );
    renderApp(`/review-queue?collaborativeId=${TFCBT_ID}&status=SUBMITTED&assignedToMe=true`, { me: faculty1 });
    expect(await screen.findByText('No application to show')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Collaborative' })).toHaveValue(TFCBT_ID);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('SUBMITTED');
    expect(screen.getByRole('switch', { name: 'Assigned to me' })).toBeChecked();
    expect(seen.at(-1)).toContain(`collaborativeId=${TFCBT_ID}`);
    expect(seen.at(-1)).toContain('status=SUBMITTED');
    expect(seen.at(-1)).toContain('assignedToMe=true');
  });

  it.each(
    (
      [
        ['/review-queue', riversideClinician],
        ['/applications', faculty1],
        ['/applications/new', faculty1],
        [`/applications/${APPLICATION_ID}/review`, riversideLeader],
        [`/applications/${APPLICATION_ID}/decision`, riversideLeader],
      ] as const
    ).map(([path, me]) => ({ path, me, who: me.subject })),
  )('says $path may not be opened by $who', async ({ path, me }) => {
    renderApp(path, { me });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
  });

  it('shows the unread count in the shell', async () => {
    server.use(
      http.get(apiUrl('/api/me/notifications'), () => HttpResponse.json({ items: [], page: 0, size: 1, total: 3, unread: 3 })),
    );
    renderApp('/collaboratives', { me: riversideClinician });
    expect(await screen.findByRole('link', { name: /^Notifications\W*3 unread$/ })).toHaveAttribute('href', '/notifications');
  });

  it('lists notifications and marks one read', async () => {
    let marked = '';
    const note = {
      id: '00000000-0000-4000-8000-000000000901',
      kind: 'application.accepted',
      title: 'Your application to TF-CBT 2026 was accepted',
      body: 'Welcome!',
      link: `/applications/${APPLICATION_ID}`,
      createdAt: '2026-04-06T10:00:00Z',
    };
    server.use(
      http.get(apiUrl('/api/me/notifications'), () =>
        HttpResponse.json({
          items: [marked ? { ...note, readAt: '2026-04-06T11:00:00Z' } : note],
          page: 0,
          size: 50,
          total: 1,
          unread: marked ? 0 : 1,
        }),
      ),
      http.post(apiUrl('/api/me/notifications/:id/read'), ({ params }) => {
        marked = String(params.id);
        return HttpResponse.json({ ...note, readAt: '2026-04-06T11:00:00Z' });
      }),
    );
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    renderApp('/notifications', { me: riversideClinician });
    const article = await screen.findByRole('article', { name: note.title });
    expect(within(article).getByText('Unread')).toBeInTheDocument();
    await user.click(within(article).getByRole('button', { name: `Mark read: ${note.title}` }));
    expect(await screen.findByText('0 unread')).toBeInTheDocument();
    expect(marked).toBe(note.id);
  });

  it('shows an applicant the decision, its message and the timeline', async () => {
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(
          application({
            status: 'ACCEPTED',
            decisionMessage: 'Welcome to the collaborative!',
            decidedAt: '2026-04-06T10:00:00Z',
            timeline: [
              { status: 'DRAFT', at: '2026-04-02T10:00:00Z' },
              { status: 'SUBMITTED', at: '2026-04-03T10:00:00Z' },
              { status: 'UNDER_REVIEW', at: '2026-04-04T10:00:00Z' },
              { status: 'ACCEPTED', at: '2026-04-06T10:00:00Z' },
            ],
          }),
          { headers: { ETag: '"9"' } },
        ),
      ),
    );
    renderApp(`/applications/${APPLICATION_ID}`, { me: riversideLeader });
    expect(await screen.findByText(/^Decision: Accepted/)).toBeInTheDocument();
    expect(screen.getByText('Welcome to the collaborative!')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'Your enrolled team' })).toHaveAttribute('href', `/collaboratives/${TFCBT_ID}/teams`);
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('offers an applicant to withdraw before a decision, and faculty to score', async () => {
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(application({ status: 'UNDER_REVIEW' }), { headers: { ETag: '"9"' } }),
      ),
    );
    const { unmount } = renderApp(`/applications/${APPLICATION_ID}`, { me: riversideLeader });
    expect(await screen.findByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    unmount();
    renderApp(`/applications/${APPLICATION_ID}`, { me: faculty2 });
    expect(await screen.findByRole('link', { name: 'Review and score' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Reviews and decision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('shows the enrolled teams with their composition warnings', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/teams'), () =>
        HttpResponse.json(
          page(
            [
              team({
                organizationId: riversideLeader.organizations[0]!.organizationId,
                roster: [
                  {
                    id: 'r1',
                    role: 'SENIOR_LEADER',
                    name: 'Rita Rivers',
                    email: 'rita@example.org',
                    startDate: '2026-04-06',
                    current: true,
                  },
                ],
                composition: {
                  seniorLeaders: 1,
                  supervisors: 0,
                  clinicians: 0,
                  minClinicians: 2,
                  warnings: ['No supervisor on the team'],
                },
              }),
            ],
            100,
          ),
        ),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/teams`, { me: admin });
    const card = await screen.findByRole('article', { name: 'Riverside Family Services' });
    expect(within(card).getByText('No supervisor on the team')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Roster of Riverside Family Services' })).toHaveTextContent(
      'Rita Rivers · Senior leader',
    );
  });

  it('says so when an application does not exist (or is not visible)', async () => {
    server.use(http.get(apiUrl('/api/applications/:id'), () => problem(404, 'Not found')));
    renderApp(`/applications/${APPLICATION_ID}`, { me: riversideLeader });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
