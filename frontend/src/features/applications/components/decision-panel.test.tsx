import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { APPLICATION_ID, application, collaborative, faculty1, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

function decisionData({ accepted = 1 }: { accepted?: number } = {}) {
  server.use(
    http.get(apiUrl('/api/applications/:id'), () =>
      HttpResponse.json(application({ status: 'UNDER_REVIEW' }), { headers: { ETag: '"7"' } }),
    ),
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(
        collaborative({ phase: 'APPLICATIONS_OPEN', capacity: 2, acceptedTeams: accepted, placesLeft: 2 - accepted }),
        {
          headers: { ETag: '"1"' },
        },
      ),
    ),
    http.get(apiUrl('/api/applications/:id/reviews'), () =>
      HttpResponse.json({
        items: [
          {
            applicationId: APPLICATION_ID,
            reviewerId: faculty2.userId,
            reviewerName: 'Felix Trainer',
            status: 'SUBMITTED',
            scores: { readiness: 4, commitment: 4, coreTeam: 4, attendance: 5 },
            total: 17,
            recommendation: 'ACCEPT',
            comment: 'A ready team.',
            assignedAt: '2026-04-05T10:00:00Z',
          },
        ],
        averageTotal: 17,
      }),
    ),
  );
}

async function openDecision() {
  renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty1 });
  await screen.findByRole('heading', { level: 1, name: 'Decision: Riverside Family Services' });
}

async function accept(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Record the decision' });
  await user.click(within(form).getByRole('radio', { name: 'Accept' }));
  await user.type(within(form).getByLabelText(/Message to the applicant/), 'Welcome!');
  await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
  const dialog = await screen.findByRole('dialog', { name: 'Accept Riverside Family Services?' });
  await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
}

describe('the decision page', () => {
  it('shows the places left and every review with the mean total', async () => {
    decisionData();
    await openDecision();
    expect(await screen.findByText('1 of 2 places left (1 accepted)')).toBeInTheDocument();
    const reviews = await screen.findByRole('table', { name: 'Reviews' });
    expect(within(reviews).getByText('Felix Trainer')).toBeInTheDocument();
    expect(within(reviews).getByText('17')).toBeInTheDocument();
    expect(screen.getByText('Mean total: 17 of 20')).toBeInTheDocument();
  });

  it('records the decision with the application’s ETag', async () => {
    const user = userEvent.setup();
    decisionData();
    let received: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.post(apiUrl('/api/applications/:id/decision'), async ({ request }) => {
        received = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json(application({ status: 'ACCEPTED', decisionMessage: 'Welcome!' }), { headers: { ETag: '"8"' } });
      }),
    );
    await openDecision();
    await accept(user);
    await waitFor(() => expect(received).toEqual({ ifMatch: '"7"', body: { decision: 'ACCEPTED', message: 'Welcome!' } }));
    expect(await screen.findByText(/The application is accepted; no decision can be recorded now/)).toBeInTheDocument();
  });

  it('explains an acceptance refused because the collaborative is full (409)', async () => {
    const user = userEvent.setup();
    decisionData();
    server.use(
      http.post(apiUrl('/api/applications/:id/decision'), () =>
        problem(409, 'The collaborative is full', { type: '/problems/capacity-reached', acceptedTeams: 2, capacity: 2 }),
      ),
    );
    await openDecision();
    // Someone else accepted a team meanwhile: the page learns it from the refusal.
    decisionData({ accepted: 2 });
    await accept(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The collaborative is full');
    expect(alert).toHaveTextContent('2 of 2 places are taken, so this application cannot be accepted.');
    expect(await screen.findByText('Full: 2 of 2 places taken')).toBeInTheDocument();
  });

  it('asks for a decision and a message first', async () => {
    const user = userEvent.setup();
    decisionData();
    await openDecision();
    const form = await screen.findByRole('form', { name: 'Record the decision' });
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText('Choose a decision.')).toBeInTheDocument();
    expect(within(form).getByText('Write a message to the applicant.')).toBeInTheDocument();
  });

  it('is not for faculty who do not lead the collaborative', async () => {
    decisionData();
    renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty2 });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
  });
});
