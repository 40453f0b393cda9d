import { NativeSelect, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { ChangeEvent, ReactNode } from 'react';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import type { Option } from '@/utils/labels';
import { timeZones } from '@/utils/zoned-time';
import { isOpenKind, type CallDetailsValues, type Errors } from '../utils/recurrence';

export const fieldId = (field: string) => `call-${field}`;

/** What a call's facilitator and team are chosen from, and whether it may be informational. */
export interface CallChoices {
  faculty: Option[];
  teams: Option[];
  /** Informational calls may be scheduled (the collaborative is a draft or announced). */
  allowInformational: boolean;
  /** Webinars may be scheduled (one call, not a series). */
  allowWebinar?: boolean;
}

/** What both call forms (one call, a series) are given; `T` is what they save. */
export interface CallFormProps<T, V extends CallDetailsValues> extends CallChoices {
  initialValues: V;
  submitLabel: string;
  /** The call or series changed (If-Match); absent for a new one. */
  version?: EditedVersion<T, V>;
  send: (values: V, etag: string) => Promise<Versioned<T>>;
  onSaved: (saved: Versioned<T>) => void | Promise<void>;
  onCancel: () => void;
}

type Setter<V> = <K extends keyof V>(field: K, value: V[K]) => void;
type InputChange = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/** The fields every call form has besides its own `when`, in the order its summary lists them. */
const DETAIL_FIELDS = [
  'durationMinutes',
  'facilitatorUserId',
  'audience',
  'teamId',
  'mode',
  'joinUrl',
  'phoneNumber',
  'accessCode',
  'description',
];

/**
 * A call form's fields by path, in the order its summary lists them (kind, topic, the form's own
 * `when` fields, the details, then `after`); the messages name the field themselves.
 */
export const callFormLabels = (when: string[], after: string[] = []) =>
  Object.fromEntries(['kind', 'topic', ...when, ...DETAIL_FIELDS, ...after].map((f) => [f, '']));

/**
 * The server form of a call form (a call or a series): its values and problems as typed, a setter,
 * and the props that tie an input to a field: `input(field)` for a text input or select,
 * `choice(field)` for a `RadioChoice` (id, value, error, change).
 */
export function useCallForm<V extends CallDetailsValues, T>({
  initialValues,
  version,
  send,
  onSaved,
  what,
  validate,
  labels,
  inputIdOf = fieldId,
}: Pick<CallFormProps<T, V>, 'initialValues' | 'version' | 'send' | 'onSaved'> & {
  what: string;
  validate: (values: V) => Errors;
  labels: Record<string, string>;
  inputIdOf?: (path: string) => string;
}) {
  const server = useServerForm({
    initialValues,
    validate,
    labels,
    idPrefix: 'call',
    inputIdOf,
    version,
    send,
    onSaved,
    summaryTitle: () => `The ${what} was not saved`,
  });
  const { form } = server;
  const values = form.getValues();
  const errors = form.errors as Errors;
  const set: Setter<V> = (field, value) => form.setFieldValue(field as never, value as never);
  const input = <K extends keyof V & string>(field: K) => ({
    id: fieldId(field),
    value: values[field] as string,
    error: errors[field],
    onChange: (e: InputChange) => set(field, e.currentTarget.value as V[K]),
  });
  const choice = <K extends keyof V & string>(field: K) => ({
    id: fieldId(field),
    value: values[field] as string,
    error: errors[field],
    onChange: (value: string) => set(field, value as V[K]),
  });
  return { server, values, errors, set, input, choice };
}

/** One of a few choices, as radio buttons one below the other; the first carries the field's id (the summary links to it). */
export function RadioChoice({
  id,
  label,
  value,
  onChange,
  error,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  options: (Option & { disabled?: boolean })[];
}) {
  return (
    <Radio.Group label={label} value={value} onChange={onChange} error={error}>
      <Stack gap={6} mt={4}>
        {options.map((o, i) => (
          <Radio key={o.value} id={i === 0 ? id : undefined} value={o.value} label={o.label} disabled={o.disabled} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** A call form's state, as `useCallForm` gives it. */
export type CallFormState<V extends CallDetailsValues> = ReturnType<typeof useCallForm<V, unknown>>;

interface Props<V extends CallDetailsValues> extends CallChoices {
  form: Pick<CallFormState<V>, 'values' | 'input' | 'choice'>;
  /** The kind is fixed (changing an existing call or series). */
  kindLocked?: boolean;
  /** Rendered between the topic and the details (the rule, or the date and time). */
  when: ReactNode;
}

/** The fields every call has: kind, topic, time zone, duration, facilitator, audience and how to join. */
export function CallDetailsFields<V extends CallDetailsValues>({
  form: { values, input, choice },
  faculty,
  teams,
  allowInformational,
  allowWebinar = false,
  kindLocked,
  when,
}: Props<V>) {
  // Informational calls and webinars are for the whole collaborative: no audience to choose.
  const informational = isOpenKind(values.kind);
  const kinds = [
    { value: 'CONSULTATION', label: 'Consultation call (enrolled teams)' },
    ...(allowInformational || values.kind === 'INFORMATIONAL'
      ? [{ value: 'INFORMATIONAL', label: 'Informational call (organisations interested in applying)' }]
      : []),
    ...(allowWebinar || values.kind === 'WEBINAR'
      ? [{ value: 'WEBINAR', label: 'Webinar (open to the whole network, with registration and an optional capacity)' }]
      : []),
  ];
  return (
    <Stack gap="md">
      {kinds.length > 1 && !kindLocked && <RadioChoice label="Kind of call" {...choice('kind')} options={kinds} />}
      <TextInput {...input('topic')} label="Topic" required maxLength={200} />
      {when}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect {...input('timeZone')} label="Time zone" required data={timeZones()} />
        <TextInput {...input('durationMinutes')} label="Duration (minutes)" required type="number" min={5} max={480} />
        <NativeSelect
          {...input('facilitatorUserId')}
          label="Facilitator"
          required
          data={[{ value: '', label: 'Choose a faculty member' }, ...faculty]}
        />
      </SimpleGrid>
      {!informational && (
        <RadioChoice
          label="Audience"
          {...choice('audience')}
          options={[
            { value: 'COLLABORATIVE', label: 'The whole collaborative (every enrolled team)' },
            { value: 'TEAM', label: 'One team', disabled: teams.length === 0 },
          ]}
        />
      )}
      {!informational && values.audience === 'TEAM' && (
        <NativeSelect {...input('teamId')} label="Team" required data={[{ value: '', label: 'Choose a team' }, ...teams]} />
      )}
      <RadioChoice
        label="How people join"
        {...choice('mode')}
        options={[
          { value: 'VIDEO', label: 'Video' },
          { value: 'PHONE', label: 'Phone' },
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {values.mode === 'VIDEO' ? (
          <TextInput {...input('joinUrl')} label="Video link" description="https://…" required type="url" maxLength={1000} />
        ) : (
          <TextInput {...input('phoneNumber')} label="Phone number" required type="tel" maxLength={50} />
        )}
        <TextInput {...input('accessCode')} label="Access code (optional)" description="Meeting or dial-in code" maxLength={50} />
      </SimpleGrid>
      <Textarea {...input('description')} label="Description (optional)" autosize minRows={2} maxRows={8} maxLength={5000} />
    </Stack>
  );
}

/** A call form: what went wrong, the fields every call has (with `when` among them), and its buttons. */
export function CallFormFrame<V extends CallDetailsValues>({
  form,
  what,
  submitLabel,
  onCancel,
  ...fields
}: Props<V> & { form: CallFormState<V>; what: string; submitLabel: string; onCancel: () => void }) {
  const { server } = form;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={submitLabel}>
      <Stack gap="md">
        <FormStatus of={server} what={what} />
        <CallDetailsFields form={form} {...fields} />
        <FormActions submitLabel={submitLabel} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
