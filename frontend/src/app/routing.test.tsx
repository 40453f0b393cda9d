import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { admin, faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const mainNav = () => screen.getByRole('navigation', { name: 'Main' });

describe('auth-aware routing', () => {
  it('sends a signed-out person to sign-in, remembering the page they asked for', async () => {
    const { auth } = renderApp('/organizations?q=river', { signedIn: false });

    await waitFor(() => expect(auth.signinRedirect).toHaveBeenCalledTimes(1));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/organizations?q=river' } });
    expect(screen.getByText('Taking you to sign-in…')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('shows an admin the admin navigation', async () => {
    renderApp('/collaboratives', { me: admin });

    expect(await screen.findByRole('heading', { level: 1, name: 'Collaboratives' })).toBeInTheDocument();
    const nav = mainNav();
    expect(within(nav).getByRole('link', { name: 'Organisations' })).toHaveAttribute('href', '/organizations');
    expect(within(nav).getByRole('link', { name: 'Register organisation' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'New collaborative' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Collaboratives' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Platform admin')).toBeInTheDocument();
  });

  it('lets an admin open the organisations page', async () => {
    renderApp('/organizations', { me: admin });

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Riverside Family Services' })).toBeInTheDocument();
  });

  it('shows a team member no admin actions', async () => {
    renderApp('/collaboratives', { me: riversideClinician });

    expect(await screen.findByRole('heading', { level: 1, name: 'Collaboratives' })).toBeInTheDocument();
    const nav = mainNav();
    expect(within(nav).getByRole('link', { name: 'My organisation' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Organisations' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'New collaborative' })).not.toBeInTheDocument();
    expect(screen.queryByText('Administration')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New collaborative' })).not.toBeInTheDocument();
  });

  it.each(['/organizations', '/organizations/new', '/collaboratives/new'])(
    'tells a team member they may not open %s',
    async (path) => {
      renderApp(path, { me: riversideClinician });

      expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
      expect(screen.queryByRole('form')).not.toBeInTheDocument();
    },
  );

  it('lets faculty open the create-collaborative page', async () => {
    renderApp('/collaboratives/new', { me: faculty1 });

    expect(await screen.findByRole('heading', { level: 1, name: 'New collaborative' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /title/i })).toBeInTheDocument();
  });

  it('sends the person through sign-in again when the API answers 401, back to the same page', async () => {
    server.use(http.get(apiUrl('/api/collaboratives'), () => problem(401, 'Unauthorized')));
    const { auth } = renderApp('/collaboratives?phase=ACTIVE', { me: admin });

    await waitFor(() => expect(auth.signinRedirect).toHaveBeenCalledTimes(1));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/collaboratives?phase=ACTIVE' } });
  });

  it('says so when a page does not exist', async () => {
    renderApp('/nowhere', { me: admin });

    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
