import { NativeSelect, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { ServerForm } from '@/lib/forms/use-server-form';
import { timeZones } from '@/utils/zoned-time';
import type { CallDetailsValues, Errors } from '../utils/recurrence';

export interface Option {
  value: string;
  label: string;
}

export const fieldId = (field: string) => `call-${field}`;

interface Props<V extends CallDetailsValues> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  errors: Errors;
  faculty: Option[];
  teams: Option[];
  /** Informational calls may be scheduled (the collaborative is a draft or announced). */
  allowInformational: boolean;
  /** The kind is fixed (changing an existing call or series). */
  kindLocked?: boolean;
  /** Rendered between the topic and the details (the rule, or the date and time). */
  when: React.ReactNode;
}

/** The fields every call has: kind, topic, time zone, duration, facilitator, audience and how to join. */
export function CallDetailsFields<V extends CallDetailsValues>({
  values,
  set,
  errors,
  faculty,
  teams,
  allowInformational,
  kindLocked,
  when,
}: Props<V>) {
  const informational = values.kind === 'INFORMATIONAL';
  return (
    <Stack gap="md">
      {(allowInformational || informational) && !kindLocked && (
        <Radio.Group label="Kind of call" value={values.kind} onChange={(v) => set('kind', v as V['kind'])} error={errors.kind}>
          <Stack gap={6} mt={4}>
            <Radio id={fieldId('kind')} value="CONSULTATION" label="Consultation call (enrolled teams)" />
            <Radio value="INFORMATIONAL" label="Informational call (organisations interested in applying)" />
          </Stack>
        </Radio.Group>
      )}
      <TextInput
        id={fieldId('topic')}
        label="Topic"
        required
        maxLength={200}
        value={values.topic}
        error={errors.topic}
        onChange={(e) => set('topic', e.currentTarget.value)}
      />
      {when}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={fieldId('timeZone')}
          label="Time zone"
          required
          value={values.timeZone}
          error={errors.timeZone}
          onChange={(e) => set('timeZone', e.currentTarget.value)}
          data={timeZones()}
        />
        <TextInput
          id={fieldId('durationMinutes')}
          label="Duration (minutes)"
          required
          type="number"
          min={5}
          max={480}
          value={values.durationMinutes}
          error={errors.durationMinutes}
          onChange={(e) => set('durationMinutes', e.currentTarget.value)}
        />
        <NativeSelect
          id={fieldId('facilitatorUserId')}
          label="Facilitator"
          required
          value={values.facilitatorUserId}
          error={errors.facilitatorUserId}
          onChange={(e) => set('facilitatorUserId', e.currentTarget.value)}
          data={[{ value: '', label: 'Choose a faculty member' }, ...faculty]}
        />
      </SimpleGrid>
      {!informational && (
        <Radio.Group
          label="Audience"
          value={values.audience}
          onChange={(v) => set('audience', v as V['audience'])}
          error={errors.audience}
        >
          <Stack gap={6} mt={4}>
            <Radio id={fieldId('audience')} value="COLLABORATIVE" label="The whole collaborative (every enrolled team)" />
            <Radio value="TEAM" label="One team" disabled={teams.length === 0} />
          </Stack>
        </Radio.Group>
      )}
      {!informational && values.audience === 'TEAM' && (
        <NativeSelect
          id={fieldId('teamId')}
          label="Team"
          required
          value={values.teamId}
          error={errors.teamId}
          onChange={(e) => set('teamId', e.currentTarget.value)}
          data={[{ value: '', label: 'Choose a team' }, ...teams]}
        />
      )}
      <Radio.Group label="How people join" value={values.mode} onChange={(v) => set('mode', v as V['mode'])} error={errors.mode}>
        <Stack gap={6} mt={4}>
          <Radio id={fieldId('mode')} value="VIDEO" label="Video" />
          <Radio value="PHONE" label="Phone" />
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {values.mode === 'VIDEO' ? (
          <TextInput
            id={fieldId('joinUrl')}
            label="Video link"
            description="https://…"
            required
            type="url"
            maxLength={1000}
            value={values.joinUrl}
            error={errors.joinUrl}
            onChange={(e) => set('joinUrl', e.currentTarget.value)}
          />
        ) : (
          <TextInput
            id={fieldId('phoneNumber')}
            label="Phone number"
            required
            type="tel"
            maxLength={50}
            value={values.phoneNumber}
            error={errors.phoneNumber}
            onChange={(e) => set('phoneNumber', e.currentTarget.value)}
          />
        )}
        <TextInput
          id={fieldId('accessCode')}
          label="Access code (optional)"
          description="Meeting or dial-in code"
          maxLength={50}
          value={values.accessCode}
          error={errors.accessCode}
          onChange={(e) => set('accessCode', e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        id={fieldId('description')}
        label="Description (optional)"
        autosize
        minRows={2}
        maxRows={8}
        maxLength={5000}
        value={values.description}
        error={errors.description}
        onChange={(e) => set('description', e.currentTarget.value)}
      />
    </Stack>
  );
}

/** A call form: what went wrong, the fields every call has (with `when` among them), and its buttons. */
export function CallFormFrame<V extends CallDetailsValues>({
  server,
  what,
  submitLabel,
  onCancel,
  ...fields
}: Props<V> & { server: ServerForm<V>; what: string; submitLabel: string; onCancel: () => void }) {
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={submitLabel}>
      <Stack gap="md">
        <FormStatus of={server} what={what} />
        <CallDetailsFields {...fields} />
        <FormActions submitLabel={submitLabel} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
