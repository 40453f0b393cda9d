import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { errorMessage } from '@/lib/api/problem';

interface ErrorStateProps {
  title?: string;
  /** The error to explain, or a message. */
  error?: unknown;
  message?: string;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
  action?: ReactNode;
}

/** Something failed: what, and what the person can do about it. */
export function ErrorState({ title = 'Something went wrong', error, message, onRetry, action }: ErrorStateProps) {
  return (
    <Alert color="red" title={title} role="alert" variant="light" my="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
        {action}
      </Stack>
    </Alert>
  );
}
