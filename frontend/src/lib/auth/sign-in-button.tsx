import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';

import { signIn } from './oidc';

/** Starts the sign-in through Keycloak, coming back to `returnTo` (the home page by default). */
export function SignInButton({ returnTo = '/', children }: { returnTo?: string; children: ReactNode }) {
  const auth = useAuth();
  return <Button onClick={() => void signIn(auth, returnTo)}>{children}</Button>;
}
