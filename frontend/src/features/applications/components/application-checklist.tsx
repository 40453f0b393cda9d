import { Paper, Stack, Text, Title } from '@mantine/core';

import type { Application } from '../api/get-application';
import { MissingList, NothingMissing } from './missing-list';

/** What is still missing before the application can be submitted, each a link to its field. */
export function ApplicationChecklist({ application, onGo }: { application: Application; onGo: (field: string) => void }) {
  const missing = application.completeness.missing;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="checklist-title">
      <Title order={2} size="h4" id="checklist-title" mb="xs">
        Still missing
      </Title>
      {missing.length === 0 ? (
        <NothingMissing />
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {missing.length} {missing.length === 1 ? 'item' : 'items'} before you can submit:
          </Text>
          <MissingList items={missing} application={application} onGo={onGo} size="xs" />
        </Stack>
      )}
    </Paper>
  );
}
