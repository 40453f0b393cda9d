import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, riverside, riversideClinician, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('an organisation’s own details', () => {
  it('are changed by its senior leader from its page (its time zone too), with If-Match, and a look-alike name is refused at the field', async () => {
    const user = userEvent.setup();
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    let answer: Response | undefined = problem(409, 'Look-alike', { detail: 'the name looks like Riverside Family Servlces' });
    server.use(
      http.put(apiUrl('/api/organizations/:id'), async ({ request }) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        const a = answer;
        answer = undefined;
        return a ?? HttpResponse.json({ ...riverside, city: 'Shelbyville' }, { headers: { ETag: '"2"' } });
      }),
    );
    const { router } = renderApp('/my-organization', { me: riversideLeader });
    await user.click(await screen.findByRole('link', { name: 'Edit details' }));
    const form = await screen.findByRole('form', { name: 'Save details' });
    expect(within(form).getByLabelText(/^name/i)).toHaveValue('Riverside Family Services');
    await user.clear(within(form).getByLabelText(/^city/i));
    await user.type(within(form).getByLabelText(/^city/i), 'Shelbyville');
    await user.selectOptions(within(form).getByLabelText(/^time zone/i), 'America/Chicago');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    await waitFor(() =>
      expect(within(form).getByLabelText(/^name/i)).toHaveAccessibleDescription(expect.stringContaining('looks like')),
    );
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organizations/${RIVERSIDE_ID}`));
    expect(sent[1]).toEqual({
      ifMatch: '"1"',
      body: { name: 'Riverside Family Services', city: 'Shelbyville', countryCode: 'US', timeZone: 'America/Chicago' },
    });
  });

  it('are not offered to a clinician', async () => {
    renderApp('/my-organization', { me: riversideClinician });
    await screen.findByRole('heading', { level: 1, name: 'My organisation' });
    expect(screen.queryByRole('link', { name: 'Edit details' })).toBeNull();
  });
});
