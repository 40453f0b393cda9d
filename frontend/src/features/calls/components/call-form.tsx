import { SimpleGrid, TextInput } from '@mantine/core';

import type { Versioned } from '@/lib/api/request';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import type { Call } from '@/lib/queries/calls';
import { validateCall, type CallValues, type Errors } from '../utils/recurrence';
import { CallFormFrame, fieldId, type Option } from './call-details-fields';

/** The fields in the order the summary lists them (its messages name the field themselves). */
const LABELS = Object.fromEntries(
  [
    'kind',
    'topic',
    'start',
    'timeZone',
    'durationMinutes',
    'facilitatorUserId',
    'audience',
    'teamId',
    'mode',
    'joinUrl',
    'phoneNumber',
    'accessCode',
    'description',
  ].map((f) => [f, '']),
);

interface CallFormProps {
  initialValues: CallValues;
  faculty: Option[];
  teams: Option[];
  allowInformational: boolean;
  kindLocked?: boolean;
  submitLabel: string;
  /** The call changed (If-Match); absent for a new call. */
  version?: EditedVersion<Call, CallValues>;
  send: (values: CallValues, etag: string) => Promise<Versioned<Call>>;
  onSaved: (saved: Versioned<Call>) => void | Promise<void>;
  onCancel: () => void;
}

/** One call: a new one, or one occurrence changed or moved (the rest of its series keeps). */
export function CallForm({
  initialValues,
  faculty,
  teams,
  allowInformational,
  kindLocked,
  submitLabel,
  version,
  send,
  onSaved,
  onCancel,
}: CallFormProps) {
  const server = useServerForm({
    initialValues,
    validate: validateCall,
    labels: LABELS,
    idPrefix: 'call',
    // The date and the time are checked together, as the start.
    inputIdOf: (path) => fieldId(path === 'start' ? 'date' : path),
    version,
    send,
    onSaved,
    summaryTitle: () => 'The call was not saved',
  });
  const { form } = server;
  const values = form.getValues();
  const errors = form.errors as Errors;
  const set = <K extends keyof CallValues>(field: K, value: CallValues[K]) => {
    form.setFieldValue(field, value as never);
    if (field === 'date' || field === 'time') form.clearFieldError('start');
  };

  const when = (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        id={fieldId('date')}
        label="Date"
        required
        type="date"
        value={values.date}
        error={errors.start}
        onChange={(e) => set('date', e.currentTarget.value)}
      />
      <TextInput
        id={fieldId('time')}
        label="Start time"
        description="Local time in the call’s time zone"
        required
        type="time"
        value={values.time}
        onChange={(e) => set('time', e.currentTarget.value)}
      />
    </SimpleGrid>
  );

  return (
    <CallFormFrame
      server={server}
      what="call"
      submitLabel={submitLabel}
      onCancel={onCancel}
      values={values}
      set={set}
      errors={errors}
      faculty={faculty}
      teams={teams}
      allowInformational={allowInformational}
      kindLocked={kindLocked}
      when={when}
    />
  );
}
