import { Stack, Text } from '@mantine/core';

import { Section } from '@/components/ui/section';
import type { Application } from '../api/get-application';
import { MissingList, NothingMissing } from './missing-list';

/** What is still missing before the application can be submitted, each a link to its field. */
export function ApplicationChecklist({ application, onGo }: { application: Application; onGo: (field: string) => void }) {
  const missing = application.completeness.missing;
  return (
    <Section id="checklist-title" title="Still missing" titleGap="xs">
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
    </Section>
  );
}
