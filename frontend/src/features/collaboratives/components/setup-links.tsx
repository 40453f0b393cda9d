import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

/** Where the readiness assessment and the Core Data Set of a collaborative are kept. */
export function SetupLinks({ collaborativeId, canEdit }: { collaborativeId: string; canEdit: boolean }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Anchor component={Link} to={`/collaboratives/${collaborativeId}/readiness-items`} fw={600}>
          Readiness items
        </Anchor>
        {': what applicants rate their organisation on'}
        {canEdit ? ' (editable until applications open).' : '.'}
      </Text>
      <Text size="sm">
        <Anchor component={Link} to={`/collaboratives/${collaborativeId}/measures`} fw={600}>
          Core Data Set measures
        </Anchor>
        {': what every enrolled team reports each month.'}
      </Text>
    </Stack>
  );
}
