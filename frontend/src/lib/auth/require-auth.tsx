import { useEffect, useRef, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import { LoadingState } from '@/components/ui/loading-state';
import { ErrorState } from '@/components/ui/error-state';
import { signIn } from './oidc';
import { SignInButton } from './sign-in-button';

/**
 * Renders its children only for a signed-in person; anyone else goes through Keycloak's sign-in
 * and comes back to the page they asked for. A 401 from the API removes the user (see
 * app/provider.tsx), which brings them here again.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const redirecting = useRef(false);
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const mustSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.error;

  useEffect(() => {
    if (mustSignIn && !redirecting.current) {
      redirecting.current = true;
      void signIn(auth, returnTo).catch(() => {
        redirecting.current = false;
      });
    }
  }, [mustSignIn, returnTo, auth]);

  if (auth.isAuthenticated) {
    return <>{children}</>;
  }
  if (auth.error && !auth.isLoading) {
    return (
      <main id="main" className="lcp-centered">
        <ErrorState
          title="Sign-in did not work"
          message={`${auth.error.message}. The sign-in service may be unavailable.`}
          action={<SignInButton returnTo={returnTo}>Try signing in again</SignInButton>}
        />
      </main>
    );
  }
  return (
    <main id="main" className="lcp-centered">
      <LoadingState label={auth.isLoading ? 'Checking your sign-in…' : 'Taking you to sign-in…'} />
    </main>
  );
}
