import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { User } from 'oidc-client-ts';
import { useMemo, useState, type ReactNode } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { createRoutes } from '@/app/router';
import { cssVariablesResolver, theme } from '@/app/theme';
import { configureApiAuth } from '@/lib/api/client';
import type { Me } from '@/lib/auth/me';
import { createQueryClient } from '@/lib/react-query';
import { mockState } from './mocks/data';

export interface FakeAuth {
  signinRedirect: ReturnType<typeof vi.fn>;
  signoutRedirect: ReturnType<typeof vi.fn>;
}

/**
 * Stands in for react-oidc-context's AuthProvider: signed in or not, no Keycloak. Like the app,
 * it wires the API client: a token is sent, and a 401 signs the person out (RequireAuth then
 * sends them to sign-in).
 */
function FakeAuthProvider({ signedIn, fake, children }: { signedIn: boolean; fake: FakeAuth; children: ReactNode }) {
  const [authenticated, setAuthenticated] = useState(signedIn);
  // Wired while rendering, before any query of the children starts.
  useState(() =>
    configureApiAuth({
      getAccessToken: () => Promise.resolve('test-token'),
      onUnauthorized: () => setAuthenticated(false),
    }),
  );
  const value = useMemo(
    () =>
      ({
        isLoading: false,
        isAuthenticated: authenticated,
        user: authenticated
          ? ({ access_token: 'test-token', profile: { sub: 'test', name: 'Test Person' }, expired: false } as unknown as User)
          : null,
        signinRedirect: fake.signinRedirect,
        signoutRedirect: fake.signoutRedirect,
        removeUser: vi.fn(() => Promise.resolve()),
      }) as unknown as AuthContextProps,
    [authenticated, fake],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function Providers({ children, signedIn = true, fake }: { children: ReactNode; signedIn?: boolean; fake?: FakeAuth }) {
  const [queryClient] = useState(createQueryClient);
  const [auth] = useState<FakeAuth>(
    () => fake ?? { signinRedirect: vi.fn(() => Promise.resolve()), signoutRedirect: vi.fn(() => Promise.resolve()) },
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <FakeAuthProvider signedIn={signedIn} fake={auth}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </FakeAuthProvider>
    </MantineProvider>
  );
}

/** Renders the whole app (routes, shell, guards) at `path`, as `me`, against the msw handlers. */
export function renderApp(path: string, { me, signedIn = true }: { me?: Me; signedIn?: boolean } = {}) {
  if (me) mockState.me = me;
  const fake: FakeAuth = {
    signinRedirect: vi.fn(() => Promise.resolve()),
    signoutRedirect: vi.fn(() => Promise.resolve()),
  };
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const result = render(
    <Providers signedIn={signedIn} fake={fake}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, auth: fake };
}
