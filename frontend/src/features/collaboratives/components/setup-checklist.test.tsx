import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, collaborative, faculty1, riversideClinician, setup } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const announced = () =>
  http.get(apiUrl('/api/collaboratives/:id'), () =>
    HttpResponse.json(collaborative({ phase: 'ANNOUNCED', allowedTransitions: ['APPLICATIONS_OPEN'] }), {
      headers: { ETag: '"3"' },
    }),
  );

describe('the setup checklist', () => {
  it('lists every item, says what the next phase still needs, and links each missing one to where it is fixed', async () => {
    const user = userEvent.setup();
    server.use(
      announced(),
      http.get(apiUrl('/api/collaboratives/:id/setup'), () =>
        HttpResponse.json(
          setup({ phase: 'ANNOUNCED', nextPhase: 'APPLICATIONS_OPEN', readyForNextPhase: false }, [
            'LEAD_FACULTY',
            'LEARNING_SESSIONS',
            'READINESS_ITEMS',
            'MEASURES',
          ]),
        ),
      ),
    );
    const { router } = renderApp(`/collaboratives/${TFCBT_ID}`, { me: admin });
    const section = await screen.findByRole('region', { name: 'Setup checklist' });
    expect(await within(section).findByText('Not ready for Applications open')).toBeInTheDocument();
    expect(within(section).getByText(/3 items are still missing/)).toBeInTheDocument();
    const items = within(within(section).getByRole('list', { name: 'Setup items' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[1]).toHaveTextContent('✓ Done');
    expect(items[2]).toHaveTextContent('! To do');
    expect(items[2]).toHaveTextContent('Dates for learning sessions 2 and 3');
    expect(items[4]).toHaveTextContent('Needed before Active.');

    // In-page items move focus to their section; others open their page.
    await user.click(within(section).getByRole('link', { name: 'Add or choose a lead in Faculty' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Faculty' })).toHaveFocus());
    await user.click(within(section).getByRole('link', { name: 'Edit the readiness items' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collaboratives/${TFCBT_ID}/readiness-items`));
  });

  it('says a draft is ready to announce, and what comes later', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/setup'), () => HttpResponse.json(setup({}, ['LEAD_FACULTY', 'MEASURES']))),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });
    const section = await screen.findByRole('region', { name: 'Setup checklist' });
    expect(await within(section).findByText('Ready for Announced')).toBeInTheDocument();
    expect(section).toHaveTextContent('Still to do later: 1 before Applications open, 1 before Active.');
  });

  it('is not shown to team members (nor asked for)', async () => {
    let asked = false;
    server.use(
      announced(),
      http.get(apiUrl('/api/collaboratives/:id/setup'), () => {
        asked = true;
        return problem(403, 'Forbidden');
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: riversideClinician });
    await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
    expect(screen.queryByRole('region', { name: 'Setup checklist' })).toBeNull();
    expect(asked).toBe(false);
  });
});

describe('opening applications', () => {
  it('lists what is missing in the dialog and does not send the move', async () => {
    const user = userEvent.setup();
    let posted = false;
    server.use(
      announced(),
      http.get(apiUrl('/api/collaboratives/:id/setup'), () =>
        HttpResponse.json(
          setup({ phase: 'ANNOUNCED', nextPhase: 'APPLICATIONS_OPEN', readyForNextPhase: false }, ['LEAD_FACULTY', 'MEASURES']),
        ),
      ),
      http.post(apiUrl('/api/collaboratives/:id/phase-transitions'), () => {
        posted = true;
        return problem(500, 'Should not be sent');
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: admin });
    await screen.findByText('Not ready for Applications open');
    await user.click(screen.getByRole('button', { name: 'Move to Applications open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Applications open?' });
    const missing = within(dialog).getByRole('list', { name: 'Missing' });
    // Only what holds this move back: measures are needed later.
    expect(within(missing).getAllByRole('listitem')).toHaveLength(1);
    expect(missing).toHaveTextContent('At least one lead faculty member');
    expect(within(dialog).getByRole('button', { name: 'Move to Applications open' })).toBeDisabled();
    expect(posted).toBe(false);

    // Its link closes the dialog and goes to the faculty.
    await user.click(within(dialog).getByRole('link', { name: 'Add or choose a lead in Faculty' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Faculty' })).toHaveFocus());
  });

  it('lists the missing items of the API’s 409 setup-incomplete', async () => {
    const user = userEvent.setup();
    const missing = setup({}, ['READINESS_ITEMS']).items.filter((i) => !i.done);
    server.use(
      announced(),
      http.get(apiUrl('/api/collaboratives/:id/setup'), () =>
        HttpResponse.json(setup({ phase: 'ANNOUNCED', nextPhase: 'APPLICATIONS_OPEN', readyForNextPhase: true })),
      ),
      http.post(apiUrl('/api/collaboratives/:id/phase-transitions'), () =>
        problem(409, 'Setup incomplete', {
          type: '/problems/setup-incomplete',
          detail: 'cannot open applications: a readiness item',
          missing,
        }),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });
    await screen.findByText('Ready for Applications open');
    await user.click(screen.getByRole('button', { name: 'Move to Applications open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Applications open?' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to Applications open' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The move was refused');
    expect(within(alert).getByRole('list', { name: 'Missing' })).toHaveTextContent('At least one readiness item');
    expect(within(alert).getByRole('link', { name: 'Edit the readiness items' })).toBeInTheDocument();
  });
});
