import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';

import type { SigninState } from '@/lib/auth/oidc';

export function SignedOutRoute() {
  const auth = useAuth();
  useEffect(() => {
    document.title = 'Signed out · Learning Collaborative Platform';
  }, []);
  return (
    <main id="main" className="lcp-centered">
      <Stack gap="md" align="flex-start">
        <Title order={1}>You have signed out</Title>
        <Text>You are signed out of the Learning Collaborative Platform.</Text>
        <Button
          onClick={() => {
            const state: SigninState = { returnTo: '/' };
            void auth.signinRedirect({ state });
          }}
        >
          Sign in again
        </Button>
      </Stack>
    </main>
  );
}
