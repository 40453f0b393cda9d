import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, collaborative, faculty1 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const field = (name: RegExp) => screen.getByLabelText(name, { selector: 'input, textarea' });

async function openCreateForm() {
  const view = renderApp('/collaboratives/new', { me: faculty1 });
  await screen.findByRole('heading', { level: 1, name: 'New collaborative' });
  return view;
}

describe('the collaborative form', () => {
  it('says what is missing, at each field, and sends nothing', async () => {
    const user = userEvent.setup();
    let posted = false;
    server.use(
      http.post(apiUrl('/api/collaboratives'), () => {
        posted = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    await openCreateForm();

    await user.click(screen.getByRole('button', { name: 'Create collaborative' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('There are 2 problems');
    expect(field(/^title/i)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^title/i)).toHaveAccessibleDescription(expect.stringContaining('Enter a title.'));
    expect(field(/^practice/i)).toHaveAccessibleDescription(expect.stringContaining('Enter the practice'));
    expect(posted).toBe(false);
  });

  it('refuses an end date before the start date and a close before the opening', async () => {
    const user = userEvent.setup();
    await openCreateForm();

    await user.type(field(/^title/i), 'Trauma-focused CBT');
    await user.type(field(/^practice/i), 'TF-CBT');
    await user.type(field(/^start date/i), '2026-09-01');
    await user.type(field(/^end date/i), '2026-03-01');
    await user.type(field(/^applications open/i), '2026-04-30T12:00');
    await user.type(field(/^applications close/i), '2026-04-01T12:00');
    await user.click(screen.getByRole('button', { name: 'Create collaborative' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('There are 2 problems');
    expect(field(/^end date/i)).toHaveAccessibleDescription(
      expect.stringContaining('The end date must be on or after the start date.'),
    );
    expect(field(/^applications close/i)).toHaveAccessibleDescription(
      expect.stringContaining('Applications must close after they open.'),
    );
    // The summary links to the fields.
    expect(screen.getByRole('link', { name: /end date: the end date must be/i })).toHaveAttribute(
      'href',
      '#collaborative-endDate',
    );
  });

  it('creates it once the dates are fixed, and opens it', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post(apiUrl('/api/collaboratives'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(collaborative({ id: TFCBT_ID, title: 'Trauma-focused CBT' }), {
          status: 201,
          headers: { ETag: '"1"', Location: `/api/collaboratives/${TFCBT_ID}` },
        });
      }),
    );
    const { router } = await openCreateForm();

    await user.type(field(/^title/i), 'Trauma-focused CBT');
    await user.type(field(/^practice/i), 'TF-CBT');
    await user.type(field(/^start date/i), '2026-09-01');
    await user.type(field(/^end date/i), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Create collaborative' }));
    await screen.findByRole('alert');

    await user.clear(field(/^end date/i));
    await user.type(field(/^end date/i), '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Create collaborative' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/collaboratives/${TFCBT_ID}`));
    expect(body).toEqual({
      title: 'Trauma-focused CBT',
      practice: 'TF-CBT',
      kind: 'LEARNING_COLLABORATIVE',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
      minClinicians: 2,
    });
  });

  it('shows the API’s violations at their fields', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/collaboratives'), () =>
        problem(400, 'Invalid input', {
          type: '/problems/validation',
          violations: [
            { field: 'practice', in: 'body', message: 'must not be blank' },
            { field: 'endDate', in: 'body', message: 'must be on or after startDate' },
          ],
        }),
      ),
    );
    await openCreateForm();

    await user.type(field(/^title/i), 'Trauma-focused CBT');
    await user.type(field(/^practice/i), 'TF-CBT');
    await user.click(screen.getByRole('button', { name: 'Create collaborative' }));

    await waitFor(() =>
      expect(field(/^end date/i)).toHaveAccessibleDescription(expect.stringContaining('Must be on or after startDate.')),
    );
    expect(field(/^practice/i)).toHaveAccessibleDescription(expect.stringContaining('Must not be blank.'));
    expect(screen.getByRole('alert')).toHaveTextContent('There are 2 problems');
  });

  it('explains a stale edit (412) and reloads the latest version', async () => {
    const user = userEvent.setup();
    let version = 1;
    const ifMatch: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative(version === 1 ? {} : { title: 'TF-CBT 2026 (renamed by a colleague)' }), {
          headers: { ETag: `"${version}"` },
        }),
      ),
      http.put(apiUrl('/api/collaboratives/:id'), ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        if (request.headers.get('If-Match') !== `"${version}"`) {
          return problem(412, 'Precondition failed', { type: '/problems/precondition-failed' });
        }
        return HttpResponse.json(collaborative({ title: 'Mine' }), { headers: { ETag: `"${version + 1}"` } });
      }),
    );
    const { router } = renderApp(`/collaboratives/${TFCBT_ID}/edit`, { me: admin });
    await screen.findByRole('heading', { level: 1, name: 'Edit TF-CBT 2026' });

    version = 2; // a colleague saves meanwhile
    await user.clear(field(/^title/i));
    await user.type(field(/^title/i), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this collaborative');
    expect(alert).toHaveTextContent('your changes were not saved');
    expect(ifMatch).toEqual(['"1"']);

    await user.click(screen.getByRole('button', { name: 'Reload the latest version' }));

    await waitFor(() => expect(field(/^title/i)).toHaveValue('TF-CBT 2026 (renamed by a colleague)'));
    expect(screen.queryByText('Someone else changed this collaborative')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/collaboratives/${TFCBT_ID}`));
    expect(ifMatch).toEqual(['"1"', '"2"']);
  });

  it('is not offered to faculty who are not its lead', async () => {
    renderApp(`/collaboratives/${TFCBT_ID}/edit`, {
      me: { ...faculty1, facultyOf: [{ collaborativeId: TFCBT_ID, title: 'TF-CBT 2026', lead: false }] },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
  });

  it('shows a capacity below the accepted teams (409) at the places field', async () => {
    const user = userEvent.setup();
    server.use(
      http.put(apiUrl('/api/collaboratives/:id'), () =>
        problem(409, 'Conflict', { detail: 'capacity 2 is below the 3 teams already accepted', acceptedTeams: 3, capacity: 2 }),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/edit`, { me: admin });
    await screen.findByRole('heading', { level: 1, name: 'Edit TF-CBT 2026' });
    await user.clear(field(/^places/i));
    await user.type(field(/^places/i), '2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(field(/^places/i)).toHaveAccessibleDescription(expect.stringContaining('below the 3 teams already accepted')),
    );
  });
});
