import { Button, Group, Stack, Text, Textarea } from '@mantine/core';

import { FormDialog } from '@/components/ui/form-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useRemindTeams, type MetricReminderResult } from '../api/remind-teams';

export const MESSAGE_MAX = 2000;

/** Whom a reminder goes to: one team, or every team with a value overdue. */
export interface RemindTarget {
  /** Absent: every overdue team. */
  organizationId?: string;
  organizationName?: string;
  /** How many teams it reaches (to name in the confirmation). */
  teams: number;
}

const teamsWord = (n: number) => (n === 1 ? '1 team' : `${n} teams`);

/** What the lead faculty read after sending. */
export function remindedText(r: MetricReminderResult): string {
  if (r.teams === 0) return 'Nobody was reminded: no team has anyone to tell.';
  return `Reminder sent to ${teamsWord(r.teams)} (${r.people === 1 ? '1 person' : `${r.people} people`}).`;
}

/** Lead faculty write the message of a reminder and send it. */
export function RemindDialog({
  collaborativeId,
  target,
  onClose,
  onSent,
}: {
  collaborativeId: string;
  target: RemindTarget | null;
  onClose: () => void;
  onSent: (result: MetricReminderResult) => void;
}) {
  const title = target?.organizationId ? `Remind ${target.organizationName}` : 'Remind all overdue teams';
  return (
    <FormDialog opened={target !== null} title={title} onClose={onClose} size="md">
      {target && <RemindForm collaborativeId={collaborativeId} target={target} onCancel={onClose} onSent={onSent} />}
    </FormDialog>
  );
}

function RemindForm({
  collaborativeId,
  target,
  onCancel,
  onSent,
}: {
  collaborativeId: string;
  target: RemindTarget;
  onCancel: () => void;
  onSent: (result: MetricReminderResult) => void;
}) {
  const remind = useRemindTeams();
  const server = useServerForm({
    initialValues: { message: '' },
    validate: (v: { message: string }) => {
      if (!v.message.trim()) return { message: 'Write the message the teams will read.' };
      if (v.message.length > MESSAGE_MAX) return { message: `At most ${MESSAGE_MAX} characters.` };
      return {};
    },
    labels: { message: 'Message' },
    idPrefix: 'remind',
    focus: 'field',
    send: (v) =>
      remind.mutateAsync({
        collaborativeId,
        body: {
          message: v.message.trim(),
          ...(target.organizationId ? { organizationIds: [target.organizationId] } : {}),
        },
      }),
    onSaved: (result) => onSent(result),
    summaryTitle: () => 'The reminder was not sent',
  });
  const who = target.organizationId ? target.organizationName : teamsWord(target.teams);
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Reminder">
      <Stack gap="sm">
        <FormStatus of={server} />
        <Text size="sm">
          {target.organizationId
            ? `Your message goes to ${who}’s data contact and the members of its team`
            : `Your message goes to the data contacts and team members of ${who} with values overdue`}
          , with the list of what each team still has to report. They get it in the app and by e-mail.
        </Text>
        <Textarea {...server.field('message')} required autosize minRows={4} maxLength={MESSAGE_MAX} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={server.submitting}>
            {`Send to ${who}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
