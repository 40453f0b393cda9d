import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { CALL_ID, call, scheduleHandlers, series } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const future = new Date(Date.now() + 14 * 86_400_000).toISOString();
const upcoming = call({ startsAt: future, endsAt: future });

beforeEach(() =>
  server.use(
    http.get(apiUrl('/api/calls/:id'), () => HttpResponse.json(upcoming, { headers: { ETag: '"c1"' } })),
    ...scheduleHandlers,
  ),
);

async function open(me = faculty1) {
  const user = userEvent.setup({ delay: null });
  renderApp(`/calls/${CALL_ID}`, { me });
  await screen.findByRole('heading', { level: 1, name: 'Engaging caregivers' }, { timeout: 5000 });
  return user;
}

describe('a call’s page', () => {
  it('cancels one call after a confirmation, with its reason and the call’s ETag', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    server.use(
      http.post(apiUrl('/api/calls/:id/cancellation'), async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(
          { ...upcoming, state: 'CANCELLED', cancellationReason: 'Faculty retreat', sequence: 1 },
          { headers: { ETag: '"c2"' } },
        );
      }),
    );
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Cancel this call' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this call?' });
    expect(dialog).toHaveTextContent('Only this call is cancelled; the rest of its series keeps.');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Faculty retreat');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the call' }));
    expect(await screen.findByRole('alert', { name: 'This call is cancelled' })).toHaveTextContent('Faculty retreat');
    expect(sent).toEqual([{ body: { reason: 'Faculty retreat' }, ifMatch: '"c1"' }]);
    expect(screen.queryByRole('button', { name: 'Cancel this call' })).not.toBeInTheDocument();
  });

  it('cancels the series from this call on with the series’ ETag, and explains a stale one', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    let stale = true;
    server.use(
      http.post(apiUrl('/api/call-series/:id/cancellation'), async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        if (stale) {
          stale = false;
          return problem(412, 'Precondition failed');
        }
        return HttpResponse.json(series(), { headers: { ETag: '"s2"' } });
      }),
    );
    const user = await open();
    await user.click(await screen.findByRole('button', { name: 'Cancel the series from this call on' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the series from this call on?' });
    expect(dialog).toHaveTextContent('This call and every later scheduled call of the series are cancelled');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel these calls' }));
    const alert = await screen.findByRole('alert', { name: 'Not cancelled' });
    expect(alert).toHaveTextContent('Someone changed this call or its series since you opened it');
    await user.click(within(alert).getByRole('button', { name: 'Reload the call' }));
    await user.click(screen.getByRole('button', { name: 'Cancel the series from this call on' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Cancel the series from this call on?' })).getByRole('button', {
        name: 'Cancel these calls',
      }),
    );
    await screen.findByRole('button', { name: 'Cancel the series from this call on' });
    expect(sent).toEqual([
      { body: { fromCallId: CALL_ID }, ifMatch: '"s1"' },
      { body: { fromCallId: CALL_ID }, ifMatch: '"s1"' },
    ]);
    expect(screen.getByText(`Every 2 weeks on Tuesday at 12:00 (America/Chicago); 1 call`)).toBeInTheDocument();
  });

  it('offers the member of a learning community who facilitates a started call to take its attendance', async () => {
    const started = new Date(Date.now() - 3_600_000).toISOString();
    const facilitator = {
      ...riversideClinician,
      communities: [{ collaborativeId: upcoming.collaborativeId, status: 'ACTIVE' as const, facilitator: false }],
    };
    server.use(
      http.get(apiUrl('/api/calls/:id'), () =>
        HttpResponse.json(call({ startsAt: started, endsAt: started, facilitatorUserId: riversideClinician.userId! }), {
          headers: { ETag: '"c1"' },
        }),
      ),
    );
    await open(facilitator);
    expect(screen.getByRole('link', { name: 'Take attendance' })).toHaveAttribute('href', `/calls/${CALL_ID}/attendance`);
    expect(screen.queryByRole('button', { name: 'Cancel this call' })).not.toBeInTheDocument();
  });

  it('shows a team member how to join, without faculty actions', async () => {
    await open(riversideClinician);
    expect(screen.getByRole('link', { name: /Join link\s*for Engaging caregivers/ })).toHaveAttribute(
      'href',
      'https://video.example.org/tfcbt',
    );
    expect(screen.queryByRole('button', { name: 'Cancel this call' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Change or move this call' })).not.toBeInTheDocument();
  });
});
