import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { admin, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const CAL = {
  id: '00000000-0000-4000-8000-000000000003',
  email: 'clinician@riverside.example.org',
  name: 'Cal Clinician',
  signedIn: true,
  platformRoles: [] as ('admin' | 'faculty')[],
};

describe('people and their platform roles', () => {
  it('lists people with their roles and grants faculty after a confirmation', async () => {
    const user = userEvent.setup();
    let cal = { ...CAL };
    let granted = '';
    server.use(
      http.get(apiUrl('/api/people'), () =>
        HttpResponse.json({ items: [cal], page: 0, size: 20, total: 1, platformRolesKnown: true }),
      ),
      http.put(apiUrl('/api/people/:userId/platform-roles/:role'), ({ params }) => {
        granted = `${params.userId} ${params.role}`;
        cal = { ...cal, platformRoles: ['faculty'] };
        return HttpResponse.json(cal);
      }),
    );
    renderApp('/people', { me: admin });
    await screen.findByRole('heading', { level: 1, name: 'People and roles' });
    const table = await screen.findByRole('table', { name: 'People and their platform roles' });
    expect(within(table).getByText('Cal Clinician', { selector: 'p' })).toBeInTheDocument();
    expect(within(table).getByText('None')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: /make faculty\s*Cal Clinician/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Cal Clinician faculty?' });
    expect(dialog).toHaveTextContent(/create collaboratives/);
    await user.click(within(dialog).getByRole('button', { name: 'Grant the role' }));
    expect(await screen.findByText(/takes effect at their next sign-in/)).toBeInTheDocument();
    expect(granted).toBe(`${CAL.id} faculty`);
    expect(await within(table).findByText('Faculty')).toBeInTheDocument();
  });

  it('shows the API’s refusal (the last admin) in the dialog', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/people'), () =>
        HttpResponse.json({
          items: [{ ...CAL, platformRoles: ['admin'] }],
          page: 0,
          size: 20,
          total: 1,
          platformRolesKnown: true,
        }),
      ),
      http.delete(apiUrl('/api/people/:userId/platform-roles/:role'), () =>
        problem(409, 'Conflict', { detail: 'this is the last admin: make someone else admin first' }),
      ),
    );
    renderApp('/people', { me: admin });
    await user.click(await screen.findByRole('button', { name: /remove admin\s*Cal Clinician/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the admin role of Cal Clinician?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove the role' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the last admin');
  });

  it('says when the roles cannot be read, and offers no change', async () => {
    server.use(
      http.get(apiUrl('/api/people'), () =>
        HttpResponse.json({
          items: [{ id: CAL.id, email: CAL.email, name: CAL.name, signedIn: false }],
          page: 0,
          size: 20,
          total: 1,
          platformRolesKnown: false,
        }),
      ),
    );
    renderApp('/people', { me: admin });
    expect(await screen.findByText(/identity administration is off/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /make faculty/i })).not.toBeInTheDocument();
  });

  it('is for admins only', async () => {
    renderApp('/people', { me: riversideLeader });
    expect(await screen.findByText(/for platform admins/i)).toBeInTheDocument();
  });
});
