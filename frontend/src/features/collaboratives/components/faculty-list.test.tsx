import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import type { FacultyAssignment } from '@/lib/queries/collaboratives';
import { TFCBT_ID, admin, faculty1, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const fay: FacultyAssignment = {
  collaborativeId: TFCBT_ID,
  userId: faculty1.userId!,
  email: faculty1.email!,
  name: faculty1.name,
  lead: true,
  assignedAt: '2026-01-10T10:00:00Z',
};
const felix: FacultyAssignment = { ...fay, userId: faculty2.userId!, email: faculty2.email!, name: faculty2.name, lead: false };

async function facultySection(path = `/collaboratives/${TFCBT_ID}`, me = admin) {
  renderApp(path, { me });
  await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
  return screen.getByRole('region', { name: 'Faculty' });
}

describe('the faculty of a collaborative', () => {
  it('offers an admin to add the first lead from the empty state', async () => {
    const user = userEvent.setup();
    let body: unknown;
    let faculty: FacultyAssignment[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page(faculty))),
      http.post(apiUrl('/api/collaboratives/:id/faculty'), async ({ request }) => {
        body = await request.json();
        faculty = [fay];
        return HttpResponse.json(fay, { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    const section = await facultySection();
    expect(await within(section).findByRole('heading', { name: 'No faculty assigned' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Add faculty member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a faculty member' });
    // The first one added is lead unless unticked.
    expect(within(dialog).getByRole('checkbox', { name: /lead faculty/i })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Add faculty member' }));
    expect(within(dialog).getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
      expect.stringContaining('Enter their e-mail address.'),
    );

    await user.type(within(dialog).getByLabelText(/e-mail address/i), 'faculty1@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add faculty member' }));

    expect(await within(section).findByText('Fay Faculty was added as lead faculty.')).toBeInTheDocument();
    expect(body).toEqual({ email: 'faculty1@example.org', lead: true });
    expect(await within(section).findByText('Lead')).toBeInTheDocument();
  });

  it('shows a refusal at the e-mail field (already faculty)', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page([fay]))),
      http.post(apiUrl('/api/collaboratives/:id/faculty'), () =>
        problem(409, 'Conflict', { detail: 'faculty1@example.org is already faculty of this collaborative' }),
      ),
    );
    const section = await facultySection();
    await user.click(await within(section).findByRole('button', { name: 'Add faculty member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a faculty member' });
    expect(within(dialog).getByRole('checkbox', { name: /lead faculty/i })).not.toBeChecked();
    await user.type(within(dialog).getByLabelText(/e-mail address/i), 'faculty1@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add faculty member' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
        expect.stringContaining('already faculty of this collaborative'),
      ),
    );
  });

  it('makes a member lead (with the assignment’s ETag) and removes one after a confirmation', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    let faculty = [fay, felix];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page(faculty))),
      http.get(apiUrl('/api/collaboratives/:id/faculty/:userId'), ({ params }) =>
        HttpResponse.json(
          faculty.find((f) => f.userId === params.userId),
          { headers: { ETag: '"7"' } },
        ),
      ),
      http.put(apiUrl('/api/collaboratives/:id/faculty/:userId'), async ({ request, params }) => {
        calls.push(`PUT ${String(params.userId)} ${request.headers.get('If-Match')} ${JSON.stringify(await request.json())}`);
        faculty = faculty.map((f) => (f.userId === params.userId ? { ...f, lead: true } : f));
        return HttpResponse.json({ ...felix, lead: true }, { headers: { ETag: '"8"' } });
      }),
      http.delete(apiUrl('/api/collaboratives/:id/faculty/:userId'), ({ params }) => {
        calls.push(`DELETE ${String(params.userId)}`);
        faculty = faculty.filter((f) => f.userId !== params.userId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const section = await facultySection();
    // The only lead can neither be removed nor step down: said beside the disabled buttons.
    expect(await within(section).findByRole('button', { name: 'Remove Fay Faculty' })).toBeDisabled();
    expect(within(section).getByText(/The only lead: make someone else lead/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Make lead: Felix Trainer' }));
    expect(await within(section).findByText('Felix Trainer is now lead faculty.')).toBeInTheDocument();
    expect(calls).toEqual([`PUT ${faculty2.userId} "7" {"lead":true}`]);

    await user.click(await within(section).findByRole('button', { name: 'Remove Felix Trainer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Felix Trainer?' });
    expect(dialog).toHaveTextContent('will no longer be faculty of “TF-CBT 2026”');
    await user.click(within(dialog).getByRole('button', { name: 'Remove from the faculty' }));
    expect(await within(section).findByText('Felix Trainer was removed from the faculty.')).toBeInTheDocument();
    expect(calls).toContain(`DELETE ${faculty2.userId}`);
  });

  it('shows the API’s refusal of a removal', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page([fay, { ...felix, lead: true }]))),
      http.delete(apiUrl('/api/collaboratives/:id/faculty/:userId'), () =>
        problem(409, 'Conflict', { detail: 'the collaborative needs a lead: make someone else lead first' }),
      ),
    );
    const section = await facultySection();
    await user.click(await within(section).findByRole('button', { name: 'Remove Felix Trainer' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove from the faculty' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('the collaborative needs a lead');
  });

  it('offers no change to faculty who do not lead it', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page([fay, felix]))));
    const section = await facultySection(`/collaboratives/${TFCBT_ID}`, faculty2);
    expect(await within(section).findByText('Felix Trainer')).toBeInTheDocument();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
