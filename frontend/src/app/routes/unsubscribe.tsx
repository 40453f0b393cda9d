import { Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

import { UnsubscribeView } from '@/features/notifications/components/unsubscribe-view';

/** An e-mail's unsubscribe link: works signed out (the link's signed token says who and what). */
export function UnsubscribeRoute() {
  const [params] = useSearchParams();
  useEffect(() => {
    document.title = 'Unsubscribe · Learning Collaborative Platform';
  }, []);
  return (
    <main id="main" className="lcp-centered">
      <Stack gap="md" align="flex-start" maw={640}>
        <Title order={1}>Stop e-mail</Title>
        <UnsubscribeView token={params.get('token') ?? ''} />
      </Stack>
    </main>
  );
}
