import { Group, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFaculty } from '@/lib/queries/collaboratives';

export function FacultyList({ collaborativeId }: { collaborativeId: string }) {
  const query = useFaculty(collaborativeId);
  if (query.isPending || query.isError)
    return <QueryState query={query} what="faculty" failed="The faculty could not be loaded" />;
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
