import { Button, Checkbox, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { QueryState } from '@/components/ui/page-state';
import { Section } from '@/components/ui/section';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import {
  useReminderSettings,
  useUpdateReminderSettings,
  type ReminderSettings,
  type ReminderSettingsInput,
} from '../api/reminder-settings';

const LABELS: Record<keyof ReminderSettingsInput, string> = {
  enabled: 'Send reminders to teams',
  daysBeforeDue: 'First reminder, days before the due date',
  seniorLeaderAfterDays: 'Tell the senior leaders, days after the due date',
  leadFacultyAfterDays: 'Tell the lead faculty, days after the due date',
  daysBeforeLock: 'Final notice, days before a month locks',
};

const valuesOf = (s: ReminderSettings): ReminderSettingsInput => ({
  enabled: s.enabled,
  daysBeforeDue: s.daysBeforeDue,
  seniorLeaderAfterDays: s.seniorLeaderAfterDays,
  leadFacultyAfterDays: s.leadFacultyAfterDays,
  daysBeforeLock: s.daysBeforeLock,
});

/** When the teams are reminded of the values they owe: faculty read it, lead faculty change it. */
export function ReminderSettingsSection({ collaborativeId, mayEdit }: { collaborativeId: string; mayEdit: boolean }) {
  const query = useReminderSettings(collaborativeId);
  return (
    <Section size="h3" id="reminders-title" title="Reminders">
      <Text size="sm" mb="sm">
        Every morning, the teams of a running collaborative are reminded of each month’s values they have not reported: before the
        due date, on it, the day after, and once more before the month locks. A value counts as reported the moment it lands, from
        the grid, a file or a data system.
      </Text>
      {query.isPending || query.isError ? (
        <QueryState query={query} what="the reminder settings" />
      ) : (
        <ReminderSettingsForm
          key={query.data.etag}
          base={query.data}
          mayEdit={mayEdit}
          onReload={async () => (await query.refetch()).data}
        />
      )}
    </Section>
  );
}

function ReminderSettingsForm({
  base,
  mayEdit,
  onReload,
}: {
  base: Versioned<ReminderSettings>;
  mayEdit: boolean;
  onReload: () => Promise<Versioned<ReminderSettings> | undefined>;
}) {
  const update = useUpdateReminderSettings();
  const [done, setDone] = useState<string | null>(null);
  const server = useServerForm({
    initialValues: valuesOf(base.data),
    validate: (v: ReminderSettingsInput) => {
      const found: Partial<Record<keyof ReminderSettingsInput, string>> = {};
      if (v.leadFacultyAfterDays < v.seniorLeaderAfterDays)
        found.leadFacultyAfterDays = 'The lead faculty hear of a team after its senior leaders: choose at least as many days.';
      return found;
    },
    labels: LABELS,
    idPrefix: 'reminders',
    focus: 'field',
    version: { etag: base.etag, reload: onReload, toValues: valuesOf },
    send: (v, etag) => {
      setDone(null);
      return update.mutateAsync({ collaborativeId: base.data.collaborativeId, etag, body: v });
    },
    onSaved: () => setDone('The reminder settings were saved.'),
    summaryTitle: () => 'The settings were not saved',
  });
  const { form, field } = server;
  const number = (path: keyof ReminderSettingsInput, min: number, max: number) => (
    <NumberInput
      {...field(path)}
      min={min}
      max={max}
      allowDecimal={false}
      clampBehavior="strict"
      disabled={!mayEdit}
      onChange={(v) => form.setFieldValue(path, typeof v === 'number' ? v : min)}
    />
  );
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Reminder settings">
      <Stack gap="sm">
        <FormStatus of={server} />
        <Checkbox
          {...form.getInputProps('enabled', { type: 'checkbox' })}
          id="reminders-enabled"
          label={LABELS.enabled}
          disabled={!mayEdit}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {number('daysBeforeDue', 0, 28)}
          {number('daysBeforeLock', 0, 60)}
          {number('seniorLeaderAfterDays', 1, 365)}
          {number('leadFacultyAfterDays', 1, 365)}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          0 days: no such reminder. The lead faculty get one notice per month listing the teams still overdue.
        </Text>
        {mayEdit && (
          <div>
            <Button type="submit" loading={server.submitting}>
              Save reminder settings
            </Button>
          </div>
        )}
        <div role="status" aria-live="polite">
          {done && (
            <Text size="sm" fw={600}>
              {done}
            </Text>
          )}
        </div>
      </Stack>
    </form>
  );
}
