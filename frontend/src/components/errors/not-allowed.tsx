import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';

/** A page the signed-in person may not open: said so, instead of failing. */
export function NotAllowed({ reason }: { reason: string }) {
  return (
    <Page title="You may not open this page">
      <Stack gap="md" align="flex-start">
        <Text>{reason}</Text>
        <Text>If you think you should have access, ask a platform administrator.</Text>
        <Button component={Link} to="/collaboratives" variant="default">
          Go to collaboratives
        </Button>
      </Stack>
    </Page>
  );
}
