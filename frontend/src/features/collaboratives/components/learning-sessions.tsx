import { Anchor, Card, Group, Stack, Text } from '@mantine/core';

import { ListState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateRange } from '@/utils/format';
import { useLearningSessions } from '@/lib/queries/collaboratives';
import { CardList } from '@/components/ui/card-list';

export function LearningSessions({ collaborativeId }: { collaborativeId: string }) {
  return (
    <ListState
      query={useLearningSessions(collaborativeId)}
      what="learning sessions"
      failed="The learning sessions could not be loaded"
      empty={
        <EmptyState title="No learning sessions" headingLevel={3}>
          This collaborative has no learning sessions.
        </EmptyState>
      }
    >
      {(sessions) => (
        <CardList items={sessions} keyOf={(s) => s.id}>
          {(s) => (
            <Card withBorder radius="md" padding="sm">
              <Stack gap={4}>
                <Group gap="xs" justify="space-between">
                  <Text fw={600}>
                    {s.number}. {s.title}
                  </Text>
                  <StatusBadge color={s.mode === 'VIRTUAL' ? 'cyan' : 'grape'}>
                    {s.mode === 'VIRTUAL' ? 'Virtual' : 'In person'}
                  </StatusBadge>
                </Group>
                <Text size="sm">{formatDateRange(s.startDate, s.endDate) || 'Not scheduled yet'}</Text>
                {s.location && <Text size="sm">{s.location}</Text>}
                {s.joinUrl && (
                  <Text size="sm">
                    <Anchor href={s.joinUrl} target="_blank" rel="noreferrer">
                      Join link<span className="lcp-visually-hidden"> for session {s.number} (opens a new tab)</span>
                    </Anchor>
                  </Text>
                )}
              </Stack>
            </Card>
          )}
        </CardList>
      )}
    </ListState>
  );
}
