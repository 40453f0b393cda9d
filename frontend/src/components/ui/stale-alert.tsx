import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';

interface StaleAlertProps {
  /** What changed, e.g. "collaborative": "Someone else changed this collaborative". */
  what: string;
  title?: string;
  message?: string;
  reloadLabel?: string;
  onReload: () => Promise<unknown>;
}

/** A 412: someone changed it since it was opened; nothing was saved; the latest version is one click away. */
export function StaleAlert({
  what,
  title = `Someone else changed this ${what}`,
  message = 'It was changed since you opened it, so your changes were not saved. Reload the latest version and make your changes again.',
  reloadLabel = 'Reload the latest version',
  onReload,
}: StaleAlertProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Alert color="orange" variant="light" role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
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
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
