import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty2, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { chartComment } from '@/testing/mocks/improvement';
import { page } from '@/testing/mocks/http';
import { SCREENED, screenedRunChart } from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const teamPage = `/collaboratives/${TFCBT_ID}/metrics/teams/${RIVERSIDE_ID}`;
const SCREENED_NAME = 'Children screened for trauma at intake';

const chartSection = async () => {
  const heading = await screen.findByRole('heading', { level: 2, name: SCREENED_NAME });
  return heading.closest('section')!;
};

describe('annotations and comments under a team’s chart', () => {
  beforeEach(() => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
          headers: { ETag: '"3"' },
        }),
      ),
    );
  });

  it('lets a member annotate a month, and the chart draws it there', async () => {
    const user = userEvent.setup();
    const saved: { period: string; kind: 'CHANGE'; text: string }[] = [];
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/run-charts'), () => {
        const chart = screenedRunChart();
        return HttpResponse.json({
          items: [{ ...chart, teams: [{ ...chart.teams[0]!, annotations: [...saved] }], pooled: undefined }],
        });
      }),
      http.post(apiUrl('/api/collaboratives/:id/chart-annotations'), async ({ request }) => {
        const body = (await request.json()) as { period: string; kind: 'CHANGE'; text: string };
        sent.push(body);
        saved.push({ period: body.period, kind: body.kind, text: body.text });
        return HttpResponse.json({ id: 'x', ...body }, { status: 201, headers: { ETag: '"0"' } });
      }),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await chartSection();
    const month = screenedRunChart().teams[0]!.points[6]!.period;
    await user.click(await within(box).findByRole('button', { name: `Annotate the chart of ${SCREENED_NAME}` }));
    const dialog = await screen.findByRole('dialog', { name: `Annotate ${SCREENED_NAME}` });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Month/ }), month);
    await user.type(within(dialog).getByRole('textbox', { name: /Annotation/ }), 'Screening moved to the front desk');
    await user.click(within(dialog).getByRole('button', { name: 'Add annotation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([
      {
        organizationId: RIVERSIDE_ID,
        measureId: SCREENED.id,
        period: month,
        kind: 'CHANGE',
        text: 'Screening moved to the front desk',
      },
    ]);
    // the chart loads again and draws the annotation at its month, and lists it in words
    expect(await within(box).findByRole('list', { name: `Annotations of ${SCREENED_NAME}` })).toHaveTextContent(
      'Change made: Screening moved to the front desk',
    );
    const marker = box.querySelector(`[data-marker="annotation"][data-period="${month}"]`);
    expect(marker).not.toBeNull();
    expect(marker!.querySelector('title')).toHaveTextContent('1. Change made: Screening moved to the front desk');
  });

  it('shows the API’s problem with an annotation at its field', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/chart-annotations'), () =>
        problem(400, 'Invalid input', {
          type: '/problems/validation',
          violations: [{ field: 'text', in: 'body', message: 'must not be blank' }],
        }),
      ),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await chartSection();
    await user.click(await within(box).findByRole('button', { name: `Annotate the chart of ${SCREENED_NAME}` }));
    const dialog = await screen.findByRole('dialog', { name: `Annotate ${SCREENED_NAME}` });
    await user.type(within(dialog).getByRole('textbox', { name: /Annotation/ }), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Add annotation' }));
    expect(await within(dialog).findByText('Must not be blank.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Annotation/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the team faculty’s comments, with no comment form for members', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/chart-comments'), ({ request }) => {
        const q = new URL(request.url).searchParams;
        return HttpResponse.json(
          page(
            q.get('measureId') === SCREENED.id && q.get('organizationId') === RIVERSIDE_ID
              ? [chartComment({ period: '2026-03' })]
              : [],
          ),
        );
      }),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await chartSection();
    const list = await within(box).findByRole('list', { name: `Faculty comments on ${SCREENED_NAME}` });
    expect(list).toHaveTextContent('Felix Trainer');
    expect(list).toHaveTextContent('about March 2026');
    expect(list).toHaveTextContent('A fine shift: what changed in March?');
    expect(within(box).queryByRole('form', { name: `Comment on ${SCREENED_NAME}` })).not.toBeInTheDocument();
    expect(within(box).queryByRole('button', { name: 'Post comment' })).not.toBeInTheDocument();
  });

  it('lets faculty comment on a team’s chart and says how many were told', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/chart-comments'), async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        sent.push(body);
        return HttpResponse.json(chartComment({ body: body.body, notified: 2 }), { status: 201 });
      }),
    );
    renderApp(teamPage, { me: faculty2 });
    const box = await chartSection();
    expect(await within(box).findByText('No comment from faculty yet.')).toBeInTheDocument();
    const form = within(box).getByRole('form', { name: `Comment on ${SCREENED_NAME}` });
    await user.type(within(form).getByRole('textbox', { name: /Comment for the team/ }), 'Keep going!');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Your comment was posted; 2 people of the team were told.');
    expect(sent).toEqual([{ organizationId: RIVERSIDE_ID, measureId: SCREENED.id, body: 'Keep going!' }]);
    // faculty may annotate too
    expect(within(box).getByRole('button', { name: `Annotate the chart of ${SCREENED_NAME}` })).toBeInTheDocument();
  });
});
