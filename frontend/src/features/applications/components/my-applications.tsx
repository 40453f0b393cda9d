import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { formatInstant } from '@/utils/format';
import { useApplications } from '../api/get-applications';
import { ApplicationStatusBadge } from './application-status-badge';

/** The applications of the person's organisations, newest first: status, and where to go on. */
export function MyApplications() {
  const query = useApplications({ size: 100 });
  if (query.isPending || query.isError) return <QueryState query={query} what="your applications" />;
  if (query.data.items.length === 0) {
    return (
      <EmptyState
        title="No application yet"
        action={
          <Button component={Link} to="/applications/new">
            Apply to a collaborative
          </Button>
        }
      >
        Your organisation has not applied to a collaborative yet.
      </EmptyState>
    );
  }
  return (
    <ul className="lcp-plain-list lcp-card-list" aria-label="Applications">
      {query.data.items.map((a) => (
        <li key={a.id}>
          <Paper component="article" withBorder radius="md" p="md" aria-labelledby={`app-${a.id}`}>
            <Stack gap={6}>
              <Group gap="sm" justify="space-between" wrap="wrap">
                <Anchor component={Link} to={`/applications/${a.id}`} fw={600} id={`app-${a.id}`}>
                  {a.collaborativeTitle}
                </Anchor>
                <ApplicationStatusBadge status={a.status} />
              </Group>
              <Text size="sm">
                {a.organizationName}
                {a.returnedForChanges && a.status === 'DRAFT' ? ' · returned for changes' : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {a.submittedAt ? `Submitted ${formatInstant(a.submittedAt)} · ` : ''}Last changed {formatInstant(a.updatedAt)}
              </Text>
              {a.status === 'DRAFT' && (
                <Group>
                  <Button component={Link} to={`/applications/${a.id}/edit`} size="xs" variant="light">
                    Continue the application
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        </li>
      ))}
    </ul>
  );
}
