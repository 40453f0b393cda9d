import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import type { AttendeeInput, CallRegistration } from '../api/registrations';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = 20;

interface Row extends AttendeeInput {
  /** Stable across removals: the inputs' ids. */
  key: number;
}

let next = 1;
const rowOf = (a: AttendeeInput): Row => ({ name: a.name, email: a.email, key: next++ });

interface AttendeesValues {
  attendees: Row[];
}

const valuesOf = (attendees: AttendeeInput[]): AttendeesValues => ({
  attendees: (attendees.length ? attendees : [{ name: '', email: '' }]).map(rowOf),
});

function validateAttendees({ attendees }: AttendeesValues): Record<string, string> {
  const found: Record<string, string> = {};
  const seen = new Set<string>();
  attendees.forEach((r, i) => {
    if (!r.name.trim()) found[`attendees.${i}.name`] = `Person ${i + 1}: enter the name.`;
    const email = r.email.trim().toLowerCase();
    if (!EMAIL.test(email)) found[`attendees.${i}.email`] = `Person ${i + 1}: enter an e-mail address like name@example.org.`;
    else if (seen.has(email)) found[`attendees.${i}.email`] = `Person ${i + 1}: this e-mail address is already listed.`;
    seen.add(email);
  });
  return found;
}

interface Props {
  label: string;
  initial: AttendeeInput[];
  submitLabel: string;
  /** Above the people, e.g. the organisation to register. */
  before?: ReactNode;
  /** The registration changed (If-Match); absent for a new one. */
  version?: EditedVersion<CallRegistration, AttendeesValues>;
  send: (attendees: AttendeeInput[], etag: string) => Promise<unknown>;
  onSaved?: () => void;
  onCancel?: () => void;
}

/** Who will join an informational call: a name and an e-mail per person, each e-mail once. */
export function AttendeesEditor({ label, initial, submitLabel, before, version, send, onSaved, onCancel }: Props) {
  const server = useServerForm({
    initialValues: valuesOf(initial),
    validate: validateAttendees,
    labels: {},
    idPrefix: 'attendee',
    inputIdOf: (path, values) => {
      const [, i, field] = path.split('.');
      return `attendee-${values.attendees[Number(i)]?.key ?? i}-${field}`;
    },
    // attendees[1].email → the second person's e-mail.
    pathOf: (v) => {
      const m = /^attendees\[(\d+)\]\.(name|email)$/.exec(v.field);
      return m ? { path: `attendees.${m[1]}.${m[2]}`, message: `Person ${Number(m[1]) + 1}: ${v.message}` } : undefined;
    },
    version: version && { ...version, toValues: (r) => valuesOf(r.attendees) },
    send: ({ attendees }, etag) =>
      send(
        attendees.map((r) => ({ name: r.name.trim(), email: r.email.trim() })),
        etag,
      ),
    onSaved,
    summaryTitle: () => 'Not saved',
  });
  const { form } = server;
  const rows = form.getValues().attendees;

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={label}>
      <Stack gap="sm">
        <FormStatus of={server} what="registration" />
        {before}
        <Text size="sm" fw={600}>
          Who will join
        </Text>
        <ol className="lcp-plain-list lcp-card-list">
          {rows.map((r, i) => (
            <li key={r.key}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput {...server.field(`attendees.${i}.name`)} label={`Name of person ${i + 1}`} required maxLength={200} />
                <TextInput
                  {...server.field(`attendees.${i}.email`)}
                  label={`E-mail of person ${i + 1}`}
                  required
                  type="email"
                  maxLength={254}
                />
                {rows.length > 1 && (
                  <Button
                    variant="subtle"
                    color="red"
                    mt={24}
                    onClick={() => form.removeListItem('attendees', i)}
                    aria-label={`Remove person ${i + 1}`}
                  >
                    Remove
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ol>
        <Group gap="sm">
          {rows.length < MAX && (
            <Button variant="default" onClick={() => form.insertListItem('attendees', rowOf({ name: '', email: '' }))}>
              Add a person
            </Button>
          )}
          <Button type="submit" loading={server.submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
