import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { APPLICATION_ID, application, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const review = (overrides: Record<string, unknown> = {}) => ({
  applicationId: APPLICATION_ID,
  reviewerId: faculty2.userId,
  reviewerName: 'Felix Trainer',
  status: 'ASSIGNED',
  assignedAt: '2026-04-05T10:00:00Z',
  ...overrides,
});

function underReview() {
  server.use(
    http.get(apiUrl('/api/applications/:id'), () =>
      HttpResponse.json(application({ status: 'UNDER_REVIEW' }), { headers: { ETag: '"5"' } }),
    ),
    http.get(apiUrl('/api/applications/:id/reviews/:reviewerId'), () =>
      HttpResponse.json(review(), { headers: { ETag: '"r1"' } }),
    ),
  );
}

async function openReview() {
  renderApp(`/applications/${APPLICATION_ID}/review`, { me: faculty2 });
  await screen.findByRole('heading', { level: 1, name: 'Review: Riverside Family Services' });
  return screen.findByRole('form', { name: 'Score the application' });
}

describe('the scoring form', () => {
  it('shows the application beside the form', async () => {
    underReview();
    await openReview();
    expect(screen.getByRole('region', { name: '1. Readiness' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your review' })).toBeInTheDocument();
  });

  it('asks for every score and a recommendation before sending anything', async () => {
    const user = userEvent.setup();
    underReview();
    let sent = false;
    server.use(
      http.put(apiUrl('/api/applications/:id/reviews/:reviewerId'), () => {
        sent = true;
        return HttpResponse.json(review());
      }),
    );
    const form = await openReview();
    await user.click(within(form).getByRole('button', { name: 'Submit the scores' }));
    expect(await screen.findByText('There are 5 problems')).toBeInTheDocument();
    expect(sent).toBe(false);
  });

  it('sends the four scores, the recommendation and the comment with the review’s ETag', async () => {
    const user = userEvent.setup();
    underReview();
    let received: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.put(apiUrl('/api/applications/:id/reviews/:reviewerId'), async ({ request, params }) => {
        expect(params.reviewerId).toBe(faculty2.userId);
        received = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json(
          review({
            status: 'SUBMITTED',
            scores: { readiness: 4, commitment: 5, coreTeam: 3, attendance: 4 },
            total: 16,
            recommendation: 'ACCEPT',
          }),
          { headers: { ETag: '"r2"' } },
        );
      }),
    );
    const form = await openReview();
    const scores = { Readiness: '4', 'Core Data Set commitment': '5', 'Core team': '3', 'Learning sessions': '4' };
    for (const [criterion, score] of Object.entries(scores)) {
      await user.click(within(within(form).getByRole('radiogroup', { name: criterion })).getByRole('radio', { name: score }));
    }
    expect(within(form).getByText('Total: 16 of 20')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Accept' }));
    await user.type(within(form).getByLabelText(/Comment/), 'Strong leadership.');
    await user.click(within(form).getByRole('button', { name: 'Submit the scores' }));

    expect(await screen.findByText('Scores saved')).toBeInTheDocument();
    expect(received).toEqual({
      ifMatch: '"r1"',
      body: {
        scores: { readiness: 4, commitment: 5, coreTeam: 3, attendance: 4 },
        recommendation: 'ACCEPT',
        comment: 'Strong leadership.',
      },
    });
  });

  it('lets the reviewer declare a conflict of interest', async () => {
    const user = userEvent.setup();
    underReview();
    let reason: unknown;
    server.use(
      http.post(apiUrl('/api/applications/:id/reviews/:reviewerId/recusal'), async ({ request }) => {
        reason = await request.json();
        return HttpResponse.json(review({ status: 'RECUSED', recusalReason: 'I used to work there.' }), {
          headers: { ETag: '"r2"' },
        });
      }),
    );
    await openReview();
    await user.click(screen.getByRole('button', { name: 'Declare a conflict of interest' }));
    await user.type(screen.getByLabelText('The conflict of interest'), 'I used to work there.');
    await user.click(screen.getByRole('button', { name: 'Recuse myself' }));
    expect(await screen.findByText(/You recused yourself: I used to work there/)).toBeInTheDocument();
    expect(reason).toEqual({ reason: 'I used to work there.' });
  });

  it('says so to faculty who are not assigned', async () => {
    underReview();
    server.use(http.get(apiUrl('/api/applications/:id/reviews/:reviewerId'), () => problem(404, 'Not found')));
    renderApp(`/applications/${APPLICATION_ID}/review`, { me: faculty2 });
    expect(await screen.findByText(/You are not assigned to review this application/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Score the application' })).not.toBeInTheDocument());
  });
});
