import { Anchor, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ListState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { formatInstant } from '@/utils/format';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { useApplications } from '../api/get-applications';
import { ApplicationStatusBadge } from './application-status-badge';

/** Where an organisation's member starts an application. */
export function ApplyButton() {
  return (
    <Button component={Link} to="/applications/new">
      Apply to a collaborative
    </Button>
  );
}

/** The applications of the person's organisations, newest first: status, and where to go on. */
export function MyApplications() {
  return (
    <ListState
      query={useApplications({ size: 100 })}
      what="your applications"
      empty={
        <EmptyState title="No application yet" action={<ApplyButton />}>
          Your organisation has not applied to a collaborative yet.
        </EmptyState>
      }
    >
      {(applications) => (
        <CardList items={applications} keyOf={(a) => a.id} label="Applications">
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
      )}
    </ListState>
  );
}
