import { SimpleGrid, TextInput } from '@mantine/core';

import type { Call } from '@/lib/queries/calls';
import { MAX_CAPACITY, validateCall, type CallValues } from '../utils/recurrence';
import { CallFormFrame, callFormLabels, fieldId, useCallForm, type CallFormProps } from './call-details-fields';

const LABELS = callFormLabels(['start', 'capacity', 'timeZone']);

/** One call: a new one, or one occurrence changed or moved (the rest of its series keeps). */
export function CallForm({
  initialValues,
  version,
  send,
  onSaved,
  kindLocked,
  ...frame
}: CallFormProps<Call, CallValues> & { kindLocked?: boolean }) {
  const form = useCallForm({
    initialValues,
    version,
    send,
    onSaved,
    what: 'call',
    validate: validateCall,
    labels: LABELS,
    // The date and the time are checked together, as the start.
    inputIdOf: (path) => fieldId(path === 'start' ? 'date' : path),
  });
  const { values, errors } = form;
  const set = (field: 'date' | 'time', value: string) => {
    form.set(field, value);
    form.server.form.clearFieldError('start');
  };

  const when = (
    <>
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
      {values.kind === 'WEBINAR' && (
        <TextInput
          {...form.input('capacity')}
          label="Capacity (seats, optional)"
          description={
            version
              ? 'How many people may attend; beyond it registrations wait in line. Emptying it lifts the limit: everyone waiting gets a seat.'
              : 'How many people may attend; beyond it registrations wait in line. Leave it empty for no limit.'
          }
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_CAPACITY}
          step={1}
        />
      )}
    </>
  );

  return <CallFormFrame form={form} what="call" kindLocked={kindLocked} when={when} {...frame} />;
}
