import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import type { components } from '@/lib/api/schema';
import { APPLICATION_ID, application, collaborative, faculty1, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Application = components['schemas']['Application'];

const submittedReview = {
  applicationId: APPLICATION_ID,
  reviewerId: faculty2.userId,
  reviewerName: 'Felix Trainer',
  status: 'SUBMITTED' as const,
  scores: { readiness: 4, commitment: 4, coreTeam: 4, attendance: 5 },
  total: 17,
  recommendation: 'ACCEPT' as const,
  assignedAt: '2026-04-05T10:00:00Z',
};

function world(overrides: Partial<Application>, { reviewed = true }: { reviewed?: boolean } = {}) {
  server.use(
    http.get(apiUrl('/api/applications/:id'), () =>
      HttpResponse.json(application({ status: 'UNDER_REVIEW', undoWindowMinutes: 15, ...overrides }), {
        headers: { ETag: '"7"' },
      }),
    ),
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ phase: 'REVIEW', capacity: 2, acceptedTeams: 1, placesLeft: 1 }), {
        headers: { ETag: '"1"' },
      }),
    ),
    http.get(apiUrl('/api/applications/:id/reviews'), () =>
      HttpResponse.json(reviewed ? { items: [submittedReview], averageTotal: 17 } : { items: [] }),
    ),
  );
}

async function open() {
  renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty1 });
  await screen.findByRole('heading', { level: 1, name: 'Decision: Riverside Family Services' });
}

async function choose(user: ReturnType<typeof userEvent.setup>, decision: string) {
  const form = await screen.findByRole('form', { name: 'Record the decision' });
  await user.click(within(form).getByRole('radio', { name: decision }));
  await user.type(within(form).getByLabelText(/Message to the applicant/), 'Our decision');
  await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
  return form;
}

describe('decisions that cannot go wrong by one click', () => {
  it('asks before accepting, naming the consequence; cancelling sends nothing', async () => {
    const user = userEvent.setup();
    world({});
    let calls = 0;
    server.use(
      http.post(apiUrl('/api/applications/:id/decision'), () => {
        calls += 1;
        return HttpResponse.json(application({ status: 'ACCEPTED' }), { headers: { ETag: '"8"' } });
      }),
    );
    await open();
    await choose(user, 'Accept');
    const dialog = await screen.findByRole('dialog', { name: 'Accept Riverside Family Services?' });
    expect(dialog).toHaveTextContent(
      'They become an enrolled team of TF-CBT 2026 and are notified by e-mail; you can undo this for 15 minutes.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(calls).toBe(1));
  });

  it('names what declining and waitlisting do', async () => {
    const user = userEvent.setup();
    world({});
    await open();
    await choose(user, 'Decline');
    expect(await screen.findByRole('dialog', { name: 'Decline Riverside Family Services?' })).toHaveTextContent(
      'They are notified by e-mail that their application was declined; you can undo this for 15 minutes.',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('radio', { name: 'Waitlist' }));
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByRole('dialog', { name: 'Waitlist Riverside Family Services?' })).toHaveTextContent(
      'They go to the end of the waitlist',
    );
  });

  it('without a submitted review, asks why and sends the override reason', async () => {
    const user = userEvent.setup();
    world({}, { reviewed: false });
    let body: unknown;
    server.use(
      http.post(apiUrl('/api/applications/:id/decision'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(application({ status: 'DECLINED' }), { headers: { ETag: '"8"' } });
      }),
    );
    await open();
    const form = await choose(user, 'Decline');
    expect(await within(form).findByText('Say why you decide without a submitted review.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Why decide without a review/), 'Every reviewer has a conflict');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline Riverside Family Services?' });
    expect(dialog).toHaveTextContent('your reason is recorded in the audit trail');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(body).toEqual({ decision: 'DECLINED', message: 'Our decision', overrideReason: 'Every reviewer has a conflict' }),
    );
  });

  it('explains a refusal for want of a review (409 review-required) and asks for the reason', async () => {
    const user = userEvent.setup();
    world({}, { reviewed: true });
    server.use(
      http.post(apiUrl('/api/applications/:id/decision'), () =>
        problem(409, 'Conflict', {
          type: '/problems/review-required',
          detail: 'a decision needs at least one submitted review, and this application has none (1 reviewer recused).',
        }),
      ),
    );
    await open();
    await choose(user, 'Accept');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Accept' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No review was submitted');
    expect(alert).toHaveTextContent('1 reviewer recused');
    expect(await screen.findByLabelText(/Why decide without a review/)).toBeInTheDocument();
  });

  it('offers "Undo" while the decision may be undone, and undoes it after confirmation', async () => {
    const user = userEvent.setup();
    const until = new Date(Date.now() + 10 * 60_000).toISOString();
    world({ status: 'ACCEPTED', decidedAt: new Date().toISOString(), undoableUntil: until });
    let ifMatch: string | null = null;
    server.use(
      http.post(apiUrl('/api/applications/:id/decision-undo'), ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return HttpResponse.json(application({ status: 'UNDER_REVIEW' }), { headers: { ETag: '"8"' } });
      }),
    );
    await open();
    expect(screen.queryByRole('form', { name: 'Record the decision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Reverse the decision' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo the decision on Riverside Family Services?' });
    expect(dialog).toHaveTextContent('the team it created is removed and its place is free again');
    await user.click(within(dialog).getByRole('button', { name: 'Undo the decision' }));
    await waitFor(() => expect(ifMatch).toBe('"7"'));
    expect(await screen.findByRole('form', { name: 'Record the decision' })).toBeInTheDocument();
  });

  it('after the window, reverses the decision with a reason', async () => {
    const user = userEvent.setup();
    world({ status: 'ACCEPTED', decidedAt: '2026-04-06T10:00:00Z' });
    let body: unknown;
    server.use(
      http.post(apiUrl('/api/applications/:id/decision-reversal'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(application({ status: 'UNDER_REVIEW' }), { headers: { ETag: '"8"' } });
      }),
    );
    await open();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Reverse the decision' });
    await user.click(within(form).getByRole('button', { name: 'Reverse decision' }));
    expect(await within(form).findByText('Say why the decision is reversed.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Why reverse the decision/), 'Their funding fell through');
    await user.click(within(form).getByRole('button', { name: 'Reverse decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reverse the decision on Riverside Family Services?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reverse decision' }));
    await waitFor(() => expect(body).toEqual({ reason: 'Their funding fell through' }));
  });

  it('asks before returning an application for changes', async () => {
    const user = userEvent.setup();
    world({});
    let returned = false;
    server.use(
      http.post(apiUrl('/api/applications/:id/return'), () => {
        returned = true;
        return HttpResponse.json(application({ status: 'DRAFT', returnedForChanges: true }), { headers: { ETag: '"8"' } });
      }),
    );
    await open();
    const form = await screen.findByRole('form', { name: 'Return for changes' });
    await user.type(within(form).getByLabelText(/What the applicant should change/), 'Name a second clinician');
    await user.click(within(form).getByRole('button', { name: 'Return to the applicant' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return the application to Riverside Family Services?' });
    expect(dialog).toHaveTextContent('It becomes a draft again');
    expect(returned).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Return' }));
    await waitFor(() => expect(returned).toBe(true));
  });

  it('ranks the applicants with the criteria side by side and marks this one', async () => {
    world({});
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/application-ranking'), () =>
        HttpResponse.json({
          page: 0,
          size: 25,
          total: 2,
          items: [
            {
              rank: 1,
              applicationId: '00000000-0000-4000-8000-000000000999',
              organizationId: '00000000-0000-4000-8000-000000000998',
              organizationName: 'Lakeside Youth Center',
              status: 'UNDER_REVIEW',
              criterionMeans: { readiness: 5, commitment: 4.5, coreTeam: 5, attendance: 4 },
              meanScore: 4.63,
              submittedReviews: 2,
              recommendations: { accept: 2, waitlist: 0, decline: 0 },
            },
            {
              rank: 2,
              applicationId: APPLICATION_ID,
              organizationId: '00000000-0000-4000-8000-000000000997',
              organizationName: 'Riverside Family Services',
              status: 'WAITLISTED',
              criterionMeans: { readiness: 4, commitment: 4, coreTeam: 4, attendance: 5 },
              meanScore: 4.25,
              submittedReviews: 1,
              recommendations: { accept: 0, waitlist: 1, decline: 0 },
              waitlistPosition: 1,
            },
          ],
        }),
      ),
    );
    await open();
    const table = await screen.findByRole('table', { name: 'Applicants by mean score' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Rank',
      'Applicant',
      'Readiness',
      'Core Data Set commitment',
      'Core team',
      'Learning sessions',
      'Mean',
      'Reviews',
      'Recommended',
      'Status',
      'Waitlist',
    ]);
    expect(rows[1]).toHaveTextContent('Lakeside Youth Center');
    expect(rows[1]).toHaveTextContent('4.63');
    expect(within(rows[1]!).getByRole('link', { name: 'Lakeside Youth Center' })).toHaveAttribute(
      'href',
      '/applications/00000000-0000-4000-8000-000000000999/decision',
    );
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(rows[2]).toHaveTextContent('(this application)');
    expect(rows[2]).toHaveTextContent('1 waitlist');
  });

  it('reorders the waitlist with the keyboard and saves the order', async () => {
    const user = userEvent.setup();
    world({ status: 'WAITLISTED', waitlistPosition: 1 });
    const entry = (id: string, name: string, position: number) => ({
      applicationId: id,
      organizationId: id,
      organizationName: name,
      position,
    });
    const a = entry(APPLICATION_ID, 'Riverside Family Services', 1);
    const b = entry('00000000-0000-4000-8000-000000000999', 'Lakeside Youth Center', 2);
    let saved: unknown;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/waitlist'), () => HttpResponse.json({ items: [a, b] })),
      http.put(apiUrl('/api/collaboratives/:id/waitlist'), async ({ request }) => {
        saved = await request.json();
        return HttpResponse.json({
          items: [
            { ...b, position: 1 },
            { ...a, position: 2 },
          ],
        });
      }),
    );
    await open();
    const list = await screen.findByRole('list', { name: 'Waitlist order' });
    const down = within(list).getByRole('button', { name: 'Move Riverside Family Services down' });
    down.focus();
    await user.keyboard('{Enter}');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('1. Lakeside Youth Center');
    expect(items[1]).toHaveTextContent('2. Riverside Family Services');
    // focus stays with the moved applicant
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Move Riverside Family Services up' })).toHaveFocus());
    expect(screen.getByText(/Riverside Family Services moved to position 2 of 2/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the order' }));
    await waitFor(() => expect(saved).toEqual({ applicationIds: [b.applicationId, a.applicationId] }));
  });
});
