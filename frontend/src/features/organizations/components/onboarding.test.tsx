import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, admin, member, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const CLIENT = {
  id: '00000000-0000-4000-8000-000000000601',
  organizationId: RIVERSIDE_ID,
  clientId: 'riverside-ehr',
  name: 'Riverside EHR export',
  enabled: true,
  createdAt: '2026-01-01T00:00:00Z',
};

const pageOf = <T,>(items: T[]) => ({ items, page: 0, size: 100, total: items.length });

async function openAsAdmin() {
  renderApp(`/organizations/${RIVERSIDE_ID}`, { me: admin });
  await screen.findByRole('heading', { level: 1, name: 'Riverside Family Services' });
}

describe('inviting people through Keycloak', () => {
  it('says that an e-mail was sent', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/organizations/:id/members'), () =>
        HttpResponse.json(member({ email: 'new@riverside.example.org', status: 'INVITED', invitationEmail: 'SENT' }), {
          status: 201,
          headers: { ETag: '"1"' },
        }),
      ),
    );
    renderApp('/my-organization', { me: riversideLeader });
    const form = await screen.findByRole('form', { name: 'Invite a person' });
    await user.type(within(form).getByLabelText(/e-mail address/i), 'new@riverside.example.org');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    const status = await within(form).findByRole('status', { name: /an e-mail was sent to new@riverside.example.org/i });
    expect(status).toHaveTextContent(/set a password/i);
  });

  it('says when no e-mail was sent, and why', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/organizations/:id/members'), () =>
        HttpResponse.json(
          member({
            email: 'new@riverside.example.org',
            status: 'INVITED',
            invitationEmail: 'NOT_SENT',
            invitationNote: 'identity administration is off on this server',
          }),
          { status: 201, headers: { ETag: '"1"' } },
        ),
      ),
    );
    renderApp('/my-organization', { me: riversideLeader });
    const form = await screen.findByRole('form', { name: 'Invite a person' });
    await user.type(within(form).getByLabelText(/e-mail address/i), 'new@riverside.example.org');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    const status = await within(form).findByRole('status', { name: 'No e-mail was sent' });
    expect(status).toHaveTextContent('identity administration is off on this server');
  });

  it('sends the invitation again to a person who has not signed in', async () => {
    const user = userEvent.setup();
    const invited = member({ id: '00000000-0000-4000-8000-000000000399', name: 'Ivy Invited', status: 'INVITED' });
    let resent = '';
    server.use(
      http.get(apiUrl('/api/organizations/:id/members'), () => HttpResponse.json(pageOf([member(), invited]))),
      http.post(apiUrl('/api/organizations/:id/members/:memberId/invitation'), ({ params }) => {
        resent = String(params.memberId);
        return HttpResponse.json({ ...invited, invitationEmail: 'SENT' });
      }),
    );
    await openAsAdmin();
    const list = await screen.findByRole('list', { name: 'Members' });
    // only the invited person has the button
    const buttons = await within(list).findAllByRole('button', { name: /resend invitation/i });
    expect(buttons).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: /resend invitation\s*to Ivy Invited/i }));
    expect(await screen.findByRole('status', { name: /an e-mail was sent/i })).toBeInTheDocument();
    expect(resent).toBe(invited.id);
  });
});

describe('a data system’s secret', () => {
  it('is shown once after registration, with a copy button and a warning', async () => {
    const user = userEvent.setup();
    let clients: (typeof CLIENT)[] = [];
    server.use(
      http.get(apiUrl('/api/organizations/:id/machine-clients'), () => HttpResponse.json(pageOf(clients))),
      http.post(apiUrl('/api/organizations/:id/machine-clients'), () => {
        clients = [CLIENT];
        return HttpResponse.json({ ...CLIENT, secret: 's3cr3t-value' }, { status: 201, headers: { ETag: '"0"' } });
      }),
    );
    await openAsAdmin();
    const form = await screen.findByRole('form', { name: 'Register a machine client' });
    await user.type(within(form).getByLabelText(/client id/i), 'riverside-ehr');
    await user.type(within(form).getByLabelText(/^name/i), 'Riverside EHR export');
    await user.click(within(form).getByRole('button', { name: 'Register client' }));

    const heading = await screen.findByRole('heading', { name: 'The secret of riverside-ehr: copy it now' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText('Client secret')).toHaveValue('s3cr3t-value');
    expect(screen.getByText(/you will not see it again/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByLabelText('Client secret')).not.toBeInTheDocument();
    expect(screen.queryByText('s3cr3t-value')).not.toBeInTheDocument();
  });

  it('is replaced after a confirmation that names the consequence', async () => {
    const user = userEvent.setup();
    let rotated = 0;
    server.use(
      http.get(apiUrl('/api/organizations/:id/machine-clients'), () => HttpResponse.json(pageOf([CLIENT]))),
      http.post(apiUrl('/api/organizations/:id/machine-clients/:clientId/secret'), () => {
        rotated += 1;
        return HttpResponse.json({ ...CLIENT, secret: 'n3w-secret' });
      }),
    );
    await openAsAdmin();
    await user.click(await screen.findByRole('button', { name: /new secret\s*for riverside-ehr/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Give riverside-ehr a new secret?' });
    expect(dialog).toHaveTextContent(/the current secret stops working at once/i);
    expect(rotated).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Make a new secret' }));
    expect(await screen.findByLabelText('Client secret')).toHaveValue('n3w-secret');
    expect(rotated).toBe(1);
  });

  it('says why no secret was made', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/organizations/:id/machine-clients'), () => HttpResponse.json(pageOf([CLIENT]))),
      http.post(apiUrl('/api/organizations/:id/machine-clients/:clientId/secret'), () =>
        problem(409, 'Conflict', { detail: 'identity administration is off on this server' }),
      ),
    );
    await openAsAdmin();
    await user.click(await screen.findByRole('button', { name: /new secret\s*for riverside-ehr/i }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Make a new secret' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('identity administration is off');
    expect(screen.queryByLabelText('Client secret')).not.toBeInTheDocument();
  });
});
