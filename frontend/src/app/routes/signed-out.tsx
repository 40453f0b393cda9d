import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';

import { SignInButton } from '@/lib/auth/sign-in-button';

export function SignedOutRoute() {
  useEffect(() => {
    document.title = 'Signed out · Learning Collaborative Platform';
  }, []);
  return (
    <main id="main" className="lcp-centered">
      <Stack gap="md" align="flex-start">
        <Title order={1}>You have signed out</Title>
        <Text>You are signed out of the Learning Collaborative Platform.</Text>
        <SignInButton>Sign in again</SignInButton>
      </Stack>
    </main>
  );
}
