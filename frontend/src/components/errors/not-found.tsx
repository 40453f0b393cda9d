import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';

export function NotFound({ what = 'This page' }: { what?: string }) {
  return (
    <Page title="Not found">
      <Stack gap="md" align="flex-start">
        <Text>{what} does not exist, or you may not see it.</Text>
        <Button component={Link} to="/collaboratives" variant="default">
          Go to collaboratives
        </Button>
      </Stack>
    </Page>
  );
}
