import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, collaborative, faculty1 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('phase changes', () => {
  it('asks for confirmation, then moves the collaborative with its ETag', async () => {
    const user = userEvent.setup();
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/phase-transitions'), async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(collaborative({ phase: 'ANNOUNCED', allowedTransitions: ['APPLICATIONS_OPEN'] }), {
          headers: { ETag: '"2"' },
        });
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });

    await user.click(await screen.findByRole('button', { name: 'Move to Announced' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Announced?' });
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Move to Announced' }));

    expect(await screen.findByText('Moved to Announced.')).toBeInTheDocument();
    expect(sent).toEqual([{ body: { to: 'ANNOUNCED' }, ifMatch: '"1"' }]);
    expect(await screen.findByRole('button', { name: 'Move to Applications open' })).toBeInTheDocument();
  });

  it('needs a reason to reopen (admins)', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'ANNOUNCED', allowedTransitions: ['APPLICATIONS_OPEN', 'DRAFT'] }), {
          headers: { ETag: '"4"' },
        }),
      ),
      http.post(apiUrl('/api/collaboratives/:id/phase-transitions'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(collaborative({ phase: 'DRAFT' }), { headers: { ETag: '"5"' } });
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: admin });

    await user.click(await screen.findByRole('button', { name: 'Reopen as Draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen as Draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    expect(within(dialog).getByLabelText(/reason/i)).toHaveAccessibleDescription(expect.stringContaining('Say why'));
    expect(sent).toEqual([]);

    await user.type(within(dialog).getByLabelText(/reason/i), 'Dates moved by the funder');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(sent).toEqual([{ to: 'DRAFT', reason: 'Dates moved by the funder' }]));
  });

  it('explains a stale phase move (412) and offers to reload', async () => {
    const user = userEvent.setup();
    server.use(http.post(apiUrl('/api/collaboratives/:id/phase-transitions'), () => problem(412, 'Precondition failed')));
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });

    await user.click(await screen.findByRole('button', { name: 'Move to Announced' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Move to Announced' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Someone changed this collaborative since you opened it');
    expect(within(dialog).getByRole('button', { name: 'Reload the collaborative' })).toBeInTheDocument();
  });

  it('is not offered when the API allows no move', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'ANNOUNCED', allowedTransitions: [] }), { headers: { ETag: '"1"' } }),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: admin });
    await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
    expect(screen.queryByRole('button', { name: /^(Move to|Reopen as)/ })).not.toBeInTheDocument();
  });
});
