import { Group, Text } from '@mantine/core';

import { RowList } from '@/components/ui/card-list';
import { ListState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFaculty } from '@/lib/queries/collaboratives';

export function FacultyList({ collaborativeId }: { collaborativeId: string }) {
  return (
    <ListState
      query={useFaculty(collaborativeId)}
      what="faculty"
      failed="The faculty could not be loaded"
      empty={
        <EmptyState title="No faculty assigned" headingLevel={3}>
          No faculty member is assigned yet.
        </EmptyState>
      }
    >
      {(faculty) => (
        <RowList items={faculty} keyOf={(f) => f.userId}>
          {(f) => (
            <Group gap="xs" wrap="wrap">
              <Text fw={500}>{f.name || f.email}</Text>
              {f.name && (
                <Text size="sm" c="dimmed">
                  {f.email}
                </Text>
              )}
              {f.lead && <StatusBadge color="indigo">Lead</StatusBadge>}
            </Group>
          )}
        </RowList>
      )}
    </ListState>
  );
}
