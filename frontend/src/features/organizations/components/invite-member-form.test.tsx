import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, admin, member, riversideClinician, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function openMyOrganization(me = riversideLeader) {
  renderApp('/my-organization', { me });
  await screen.findByRole('heading', { level: 1, name: 'My organisation' });
  return screen.findByRole('form', { name: 'Invite a person' });
}

describe('inviting a member by e-mail', () => {
  it('checks the address before sending', async () => {
    const user = userEvent.setup();
    let posted = false;
    server.use(
      http.post(apiUrl('/api/organizations/:id/members'), () => {
        posted = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const form = await openMyOrganization();

    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    expect(within(form).getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
      expect.stringContaining('Enter the person’s e-mail address.'),
    );

    await user.type(within(form).getByLabelText(/e-mail address/i), 'not-an-address');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    expect(within(form).getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
      expect.stringContaining('Enter an e-mail address like name@example.org.'),
    );
    await waitFor(() => expect(within(form).getByLabelText(/e-mail address/i)).toHaveFocus());
    expect(posted).toBe(false);
  });

  it('sends the invitation and lists the new member', async () => {
    const user = userEvent.setup();
    let body: unknown;
    const invited = member({
      id: '00000000-0000-4000-8000-000000000399',
      email: 'new.supervisor@riverside.example.org',
      name: 'Sam Supervisor',
      role: 'SUPERVISOR',
      status: 'INVITED',
    });
    let members = [member()];
    server.use(
      http.get(apiUrl('/api/organizations/:id/members'), () =>
        HttpResponse.json({ items: members, page: 0, size: 100, total: members.length }),
      ),
      http.post(apiUrl('/api/organizations/:id/members'), async ({ request, params }) => {
        expect(params.id).toBe(RIVERSIDE_ID);
        body = await request.json();
        members = [...members, invited];
        return HttpResponse.json(invited, { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    const form = await openMyOrganization();

    await user.type(within(form).getByLabelText(/e-mail address/i), 'new.supervisor@riverside.example.org');
    await user.type(within(form).getByLabelText(/^name/i), 'Sam Supervisor');
    await user.selectOptions(within(form).getByLabelText(/^role/i), 'SUPERVISOR');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));

    expect(await within(form).findByText('new.supervisor@riverside.example.org is invited as supervisor.')).toBeInTheDocument();
    expect(body).toEqual({ email: 'new.supervisor@riverside.example.org', name: 'Sam Supervisor', role: 'SUPERVISOR' });
    const list = screen.getByRole('list', { name: 'Members' });
    expect(await within(list).findByText('Sam Supervisor', { selector: 'p' })).toBeInTheDocument();
    expect(within(list).getByText('Invited')).toBeInTheDocument();
    expect(within(form).getByLabelText(/e-mail address/i)).toHaveValue('');
  });

  it('shows the API’s answer at the field: violations, and an address already invited', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.post(apiUrl('/api/organizations/:id/members'), () => {
        calls += 1;
        return calls === 1
          ? problem(400, 'Invalid input', {
              violations: [{ field: 'email', in: 'body', message: 'must be a well-formed email address' }],
            })
          : problem(409, 'Conflict', { detail: 'someone@riverside.example.org is already a member' });
      }),
    );
    const form = await openMyOrganization();
    const email = within(form).getByLabelText(/e-mail address/i);

    await user.type(email, 'someone@riverside.example.org');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(expect.stringContaining('Must be a well-formed email address.')),
    );

    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription(expect.stringContaining('is already a member')));
  });

  it('is offered to admins and senior leaders only', async () => {
    renderApp('/my-organization', { me: riversideClinician });
    await screen.findByRole('heading', { level: 1, name: 'My organisation' });
    expect(await screen.findByText('Cal Clinician')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite a person' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Register a machine client' })).not.toBeInTheDocument();
  });

  it('is offered to an admin on any organisation, with machine clients', async () => {
    renderApp(`/organizations/${RIVERSIDE_ID}`, { me: admin });
    await screen.findByRole('heading', { level: 1, name: 'Riverside Family Services' });
    expect(await screen.findByRole('form', { name: 'Invite a person' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Register a machine client' })).toBeInTheDocument();
  });
});
