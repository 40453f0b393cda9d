import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { DELIVERY_LABELS, TOPIC_LABELS } from '../api/preferences';
import { useUnsubscribe, useUnsubscription } from '../api/unsubscribe';

function refusal(error: unknown): string {
  if (isApiError(error, 400)) {
    const message = error.violations.find((v) => v.field === 'unsubscribeToken')?.message;
    return `This link ${message ?? 'is not valid'}.`;
  }
  if (isApiError(error, 429)) return 'Too many attempts from your address. Wait a minute and try again.';
  return 'The platform could not be reached. Try again in a moment.';
}

/** What an e-mail's unsubscribe link does, and doing it: works signed out. */
export function UnsubscribeView({ token }: { token: string }) {
  const query = useUnsubscription(token);
  const stop = useUnsubscribe(token);

  if (!token) return <ErrorState title="No unsubscribe link" message="Open the link from the e-mail again." />;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState title="This link does not work" message={refusal(query.error)} />;

  const topics = query.data.items;
  const done = topics.every((t) => t.delivery === 'IN_APP');
  const names = topics.map((t) => TOPIC_LABELS[t.topic].label.toLowerCase()).join(', ');
  return (
    <Stack gap="md" align="flex-start">
      <Text>
        For <strong>{query.data.email}</strong>: e-mail about <strong>{names}</strong>.
      </Text>
      <List size="sm">
        {topics.map((t) => (
          <List.Item key={t.topic}>
            {TOPIC_LABELS[t.topic].label}: {DELIVERY_LABELS[t.delivery].toLowerCase()}
          </List.Item>
        ))}
      </List>
      {done ? (
        <Alert color="green" variant="light" role="status" title="Unsubscribed">
          You will no longer receive e-mail about {names}. These notifications still appear in the app.
        </Alert>
      ) : (
        <>
          <Text>You will still see these notifications in the app; only the e-mail stops.</Text>
          <Button onClick={() => stop.mutate()} loading={stop.isPending}>
            Stop e-mail about {names}
          </Button>
        </>
      )}
      {stop.isError && <ErrorState title="Not unsubscribed" message={refusal(stop.error)} />}
      <Text size="sm">
        Other choices:{' '}
        <Anchor component={Link} to="/notification-preferences">
          notification settings
        </Anchor>{' '}
        (after signing in).
      </Text>
    </Stack>
  );
}
