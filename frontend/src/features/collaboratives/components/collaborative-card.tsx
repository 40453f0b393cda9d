import { Card, Group, Stack, Text, Title } from '@mantine/core';

import { formatDateRange, formatInstant } from '@/utils/format';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { Facts } from '@/components/ui/facts';
import { CollaborativeLink } from '@/components/ui/collaborative-link';
import { KIND_LABELS } from '../utils/phases';
import { PhaseBadge } from './phase-badge';
import { placesText } from './places';

/** One collaborative in the list: phase, practice, dates and places. */
export function CollaborativeCard({ collaborative: c }: { collaborative: Collaborative }) {
  const runs = formatDateRange(c.startDate, c.endDate);
  const window =
    c.applicationsOpenAt || c.applicationsCloseAt
      ? [formatInstant(c.applicationsOpenAt), formatInstant(c.applicationsCloseAt)].filter(Boolean).join(' – ')
      : '';
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`c-${c.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id={`c-${c.id}`}>
            <CollaborativeLink id={c.id} title={c.title} inherit />
          </Title>
          <PhaseBadge phase={c.phase} />
        </Group>
        <Text size="sm">
          <strong>{c.practice}</strong> · {KIND_LABELS[c.kind]}
        </Text>
        <Facts
          facts={[
            ['Runs', runs || 'Dates not set yet'],
            window && ['Applications', window],
            ['Places', placesText({ capacity: c.capacity, accepted: c.acceptedTeams })],
          ]}
        />
      </Stack>
    </Card>
  );
}
