import { Anchor, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { formatInstant } from '@/utils/format';
import { CardList, ItemCard } from '@/components/ui/card-list';
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
    <CardList items={query.data.items} keyOf={(a) => a.id} label="Applications">
      {(a) => (
        <ItemCard labelledBy={`app-${a.id}`} padding="md">
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
        </ItemCard>
      )}
    </CardList>
  );
}
