import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';

/** A 412: someone changed it since it was opened; reload the latest version and change it again. */
export function StaleAlert({ what, onReload }: { what: string; onReload: () => Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Alert color="orange" variant="light" role="alert" title={`Someone else changed this ${what}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          It was changed since you opened it, so your changes were not saved. Reload the latest version and make your changes
          again.
        </Text>
        <Button
          size="xs"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onReload();
            } finally {
              setBusy(false);
            }
          }}
        >
          Reload the latest version
        </Button>
      </Stack>
    </Alert>
  );
}
