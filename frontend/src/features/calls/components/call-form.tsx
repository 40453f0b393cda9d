import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import { validateCall, type CallValues, type Errors } from '../utils/recurrence';
import { CallDetailsFields, fieldId, type Option } from './call-details-fields';

const FIELDS = [
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
] as const;

interface CallFormProps {
  initialValues: CallValues;
  faculty: Option[];
  teams: Option[];
  allowInformational: boolean;
  kindLocked?: boolean;
  submitLabel: string;
  onSubmit: (values: CallValues) => Promise<unknown>;
  onStale?: () => void;
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
  onSubmit,
  onStale,
  onCancel,
}: CallFormProps) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof CallValues>(field: K, value: CallValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    const key = field === 'date' || field === 'time' ? 'start' : (field as string);
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setAttempt((n) => n + 1);
    const found = validateCall(values);
    setErrors(found);
    const keys = FIELDS.filter((f) => found[f]);
    setSummary(keys.map((k) => ({ inputId: fieldId(k === 'start' ? 'date' : k), message: found[k]! })));
    if (keys.length) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error, 412) && onStale) {
        onStale();
      } else if (isApiError(error, 400)) {
        const { fields, other } = violationsByField(error, FIELDS);
        setErrors(fields);
        setSummary([
          ...FIELDS.filter((f) => fields[f]).map((f) => ({ inputId: fieldId(f === 'start' ? 'date' : f), message: fields[f]! })),
          ...other.map((v) => ({ message: `${v.field}: ${v.message}` })),
        ]);
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
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
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <Stack gap="md">
        <FormErrorSummary title="The call was not saved" items={summary} focusKey={attempt} />
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The call was not saved">
            {problem}
          </Alert>
        )}
        <CallDetailsFields
          values={values}
          set={set}
          errors={errors}
          faculty={faculty}
          teams={teams}
          allowInformational={allowInformational}
          kindLocked={kindLocked}
          when={when}
        />
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
