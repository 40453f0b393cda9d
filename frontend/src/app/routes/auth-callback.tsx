import { useEffect } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { useNavigate } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { returnToOf } from '@/lib/auth/oidc';
import { SignInButton } from '@/lib/auth/sign-in-button';

/** Where Keycloak sends the browser back: finish the sign-in, then return to the page asked for. */
export function AuthCallbackRoute() {
  const auth = useAuth();
  const navigate = useNavigate();
  const done = auth.isAuthenticated && !auth.isLoading;
  const stray = !auth.isLoading && !auth.isAuthenticated && !auth.error && !hasAuthParams();

  useEffect(() => {
    if (done) void navigate(returnToOf(auth.user?.state), { replace: true });
    else if (stray) void navigate('/', { replace: true });
  }, [done, stray, auth.user, navigate]);

  if (auth.error) {
    return (
      <main id="main" className="lcp-centered">
        <ErrorState
          title="Sign-in did not work"
          message={auth.error.message}
          action={<SignInButton>Sign in again</SignInButton>}
        />
      </main>
    );
  }
  return (
    <main id="main" className="lcp-centered">
      <LoadingState label="Signing you in…" />
    </main>
  );
}
