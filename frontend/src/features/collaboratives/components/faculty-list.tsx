import { Group, Text } from '@mantine/core';

import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useFaculty } from '@/lib/queries/collaboratives';

export function FacultyList({ collaborativeId }: { collaborativeId: string }) {
  const query = useFaculty(collaborativeId);
  if (query.isPending) return <LoadingState label="Loading faculty…" />;
  if (query.isError)
    return <ErrorState title="The faculty could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0)
    return (
      <EmptyState title="No faculty assigned" headingLevel={3}>
        No faculty member is assigned yet.
      </EmptyState>
    );
  return (
    <ul className="lcp-plain-list lcp-rows">
      {query.data.items.map((f) => (
        <li key={f.userId}>
          <Group gap="xs" wrap="wrap">
            <Text fw={500}>{f.name || f.email}</Text>
            {f.name && (
              <Text size="sm" c="dimmed">
                {f.email}
              </Text>
            )}
            {f.lead && <StatusBadge color="indigo">Lead</StatusBadge>}
          </Group>
        </li>
      ))}
    </ul>
  );
}
