import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty2, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { CYCLE_ID, IDEA_ID, changeIdea, pdsaCycle } from '@/testing/mocks/improvement';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const teamPage = `/collaboratives/${TFCBT_ID}/metrics/teams/${RIVERSIDE_ID}`;

function withPhase(phase: 'ACTIVE' | 'CLOSED') {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ phase, startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
        headers: { ETag: '"3"' },
      }),
    ),
  );
}

const section = async () => {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Change ideas and PDSA cycles' });
  return heading.closest('section')!;
};

describe('change ideas and PDSA cycles on a team’s page', () => {
  beforeEach(() => withPhase('ACTIVE'));

  it('says there is none yet and lets a member record one aimed at a measure', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/change-ideas'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return HttpResponse.json(changeIdea({ title: String(body.title), status: 'PROPOSED' }), {
          status: 201,
          headers: { ETag: '"0"' },
        });
      }),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await section();
    expect(await within(box).findByRole('heading', { name: 'No change ideas yet' })).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: 'Record a change idea' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a change idea' });
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Screen at the front desk');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Children screened for trauma at intake' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record change idea' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([
      {
        organizationId: RIVERSIDE_ID,
        title: 'Screen at the front desk',
        status: 'PROPOSED',
        measureIds: ['00000000-0000-4000-8000-000000000701'],
      },
    ]);
    expect(within(box).getByRole('status')).toHaveTextContent('The change idea “Screen at the front desk” was recorded.');
  });

  it('shows the API’s problems with a new PDSA cycle at their fields', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([changeIdea()], 100))),
      http.post(apiUrl('/api/collaboratives/:id/change-ideas/:ideaId/pdsa-cycles'), () =>
        problem(400, 'Invalid input', {
          type: '/problems/validation',
          violations: [{ field: 'endDate', in: 'body', message: 'must not be before startDate' }],
        }),
      ),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await section();
    expect(await within(box).findByText('No PDSA cycle yet.')).toBeInTheDocument();
    await user.click(within(box).getByRole('button', { name: 'Add a PDSA cycle to Screen every child at intake' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a PDSA cycle to Screen every child at intake' });
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'One week');
    fireEvent.change(within(dialog).getByLabelText(/Start date/), { target: { value: '2026-03-09' } });
    await user.type(within(dialog).getByRole('textbox', { name: /Plan/ }), 'Screen every new child.');
    await user.click(within(dialog).getByRole('button', { name: 'Add PDSA cycle' }));
    expect(await within(dialog).findByText('Must not be before startDate.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/End date/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits a cycle with the ETag it was read with, and says so when someone else changed it', async () => {
    const user = userEvent.setup();
    const ifMatch: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([changeIdea()], 100))),
      http.get(apiUrl('/api/collaboratives/:id/change-ideas/:ideaId/pdsa-cycles'), () =>
        HttpResponse.json(page([pdsaCycle({ outcome: 'ADAPT', study: 'Nine of ten screened.' })], 100)),
      ),
      http.get(apiUrl(`/api/collaboratives/:id/change-ideas/${IDEA_ID}/pdsa-cycles/${CYCLE_ID}`), () =>
        HttpResponse.json(pdsaCycle(), { headers: { ETag: '"4"' } }),
      ),
      http.put(apiUrl('/api/collaboratives/:id/change-ideas/:ideaId/pdsa-cycles/:cycleId'), ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return problem(412, 'Precondition failed', { type: '/problems/stale' });
      }),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await section();
    const cycles = await within(box).findByRole('list', { name: 'PDSA cycles of Screen every child at intake' });
    expect(cycles).toHaveTextContent('One clinic, one week');
    expect(cycles).toHaveTextContent('Outcome: Adapt');
    expect(cycles).toHaveTextContent('Nine of ten screened.');
    await user.click(within(box).getByRole('button', { name: 'Edit PDSA cycle One clinic, one week' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit PDSA cycle: One clinic, one week' });
    const act = await within(dialog).findByRole('textbox', { name: /Act/ });
    await user.type(act, 'Every clinic from April.');
    await user.click(within(dialog).getByRole('button', { name: 'Save PDSA cycle' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone else changed this PDSA cycle');
    expect(ifMatch).toEqual(['"4"']);
  });

  it('saves a change idea’s new status with the ETag it was read with', async () => {
    const user = userEvent.setup();
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    let current = changeIdea();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([current], 100))),
      http.get(apiUrl(`/api/collaboratives/:id/change-ideas/${IDEA_ID}`), () =>
        HttpResponse.json(current, { headers: { ETag: '"7"' } }),
      ),
      http.put(apiUrl(`/api/collaboratives/:id/change-ideas/${IDEA_ID}`), async ({ request }) => {
        const body = (await request.json()) as { status: 'ADOPTED' };
        puts.push({ ifMatch: request.headers.get('If-Match'), body });
        current = changeIdea({ status: body.status });
        return HttpResponse.json(current, { headers: { ETag: '"8"' } });
      }),
    );
    renderApp(teamPage, { me: riversideClinician });
    const box = await section();
    await user.click(await within(box).findByRole('button', { name: 'Edit change idea Screen every child at intake' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit change idea: Screen every child at intake' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Status' }), 'ADOPTED');
    await user.click(within(dialog).getByRole('button', { name: 'Save change idea' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(puts).toEqual([
      {
        ifMatch: '"7"',
        body: {
          organizationId: RIVERSIDE_ID,
          title: 'Screen every child at intake',
          status: 'ADOPTED',
          measureIds: ['00000000-0000-4000-8000-000000000701'],
        },
      },
    ]);
    expect(await within(box).findByText('Adopted')).toBeInTheDocument();
  });

  it('lets the collaborative’s faculty record a team’s ideas and cycles on its behalf', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([changeIdea()], 100))));
    renderApp(teamPage, { me: faculty2 });
    const box = await section();
    expect(await within(box).findByRole('heading', { level: 3, name: 'Screen every child at intake' })).toBeInTheDocument();
    expect(within(box).getByText(/Aims to move: Children screened for trauma at intake/)).toBeInTheDocument();
    expect(within(box).getByRole('button', { name: 'Record a change idea' })).toBeInTheDocument();
    expect(within(box).getByRole('button', { name: 'Add a PDSA cycle to Screen every child at intake' })).toBeInTheDocument();
  });

  it('lets faculty of another collaborative change nothing', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([changeIdea()], 100))));
    renderApp(teamPage, { me: { ...faculty2, facultyOf: [] } });
    const box = await section();
    expect(await within(box).findByRole('heading', { level: 3, name: 'Screen every child at intake' })).toBeInTheDocument();
    expect(within(box).queryByRole('button', { name: /Record a change idea|Add a PDSA cycle|Edit/ })).not.toBeInTheDocument();
  });

  it('offers nothing to change in a closed collaborative', async () => {
    withPhase('CLOSED');
    renderApp(teamPage, { me: riversideClinician });
    const box = await section();
    expect(await within(box).findByText('The team has not recorded any change idea yet.')).toBeInTheDocument();
    expect(within(box).queryByRole('button')).not.toBeInTheDocument();
  });
});
