import { NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';

import type { Versioned } from '@/lib/api/request';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import { formatDate } from '@/utils/format';
import '../calls.css';
import { WEEKDAYS, ruleText, weekdayLabel } from '../utils/labels';
import { MAX_CALLS, ruleDates, validateSeries, type Errors, type SeriesValues } from '../utils/recurrence';
import type { CallSeries } from '../api/get-series';
import { CallFormFrame, fieldId, type Option } from './call-details-fields';

/** The fields in the order the summary lists them (its messages name the field themselves). */
const LABELS = Object.fromEntries(
  [
    'kind',
    'topic',
    'weekday',
    'startTime',
    'timeZone',
    'startDate',
    'intervalWeeks',
    'until',
    'count',
    'durationMinutes',
    'facilitatorUserId',
    'audience',
    'teamId',
    'mode',
    'joinUrl',
    'phoneNumber',
    'accessCode',
    'description',
    'fromCallId',
  ].map((f) => [f, '']),
);

interface SeriesFormProps {
  initialValues: SeriesValues;
  /** `change`: from one call of an existing series onward (no start date: the rule starts at that call). */
  mode: 'create' | 'change';
  /** For `change`: the local date of the first call changed. */
  changeFrom?: string;
  faculty: Option[];
  teams: Option[];
  allowInformational: boolean;
  submitLabel: string;
  /** The series changed (If-Match); absent for a new one. */
  version?: EditedVersion<CallSeries, SeriesValues>;
  send: (values: SeriesValues, etag: string) => Promise<Versioned<CallSeries>>;
  onSaved: (saved: Versioned<CallSeries>) => void | Promise<void>;
  onCancel: () => void;
}

function Preview({ values, mode, changeFrom }: { values: SeriesValues; mode: 'create' | 'change'; changeFrom?: string }) {
  const interval = Number(values.intervalWeeks);
  const start = mode === 'change' ? changeFrom : values.startDate;
  const ready =
    values.weekday &&
    start &&
    Number.isInteger(interval) &&
    interval >= 1 &&
    interval <= 12 &&
    /^([01]\d|2[0-3]):[0-5]\d$/.test(values.startTime) &&
    (values.ends === 'until'
      ? /^\d{4}-\d{2}-\d{2}$/.test(values.until)
      : Number(values.count) >= 1 && Number(values.count) <= MAX_CALLS);
  if (!ready || !values.weekday || !start) {
    return <Text size="sm">Fill in the rule to see the dates of the calls.</Text>;
  }
  const dates = ruleDates({
    weekday: values.weekday,
    startDate: start,
    intervalWeeks: interval,
    until: values.ends === 'until' ? values.until : undefined,
    count: values.ends === 'count' ? Number(values.count) : undefined,
  });
  const shown = dates.slice(0, 12);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {ruleText({ intervalWeeks: interval, weekday: values.weekday, startTime: values.startTime, timeZone: values.timeZone })}:{' '}
        {dates.length === 0
          ? 'no call'
          : dates.length > MAX_CALLS
            ? `more than ${MAX_CALLS} calls`
            : dates.length === 1
              ? '1 call'
              : `${dates.length} calls`}
      </Text>
      {shown.length > 0 && (
        <Text size="sm">
          {shown.map((d) => formatDate(d)).join(', ')}
          {dates.length > shown.length
            ? `, and ${Math.min(dates.length, MAX_CALLS + 1) - shown.length}${dates.length > MAX_CALLS ? '+' : ''} more`
            : ''}
        </Text>
      )}
    </Stack>
  );
}

/** The rule of a series (every N weeks on a weekday at a time, until a date or a count) and its calls' details. */
export function SeriesForm({
  initialValues,
  mode,
  changeFrom,
  faculty,
  teams,
  allowInformational,
  submitLabel,
  version,
  send,
  onSaved,
  onCancel,
}: SeriesFormProps) {
  const server = useServerForm({
    initialValues,
    validate: (v) => validateSeries(v, { change: mode === 'change' }),
    labels: LABELS,
    idPrefix: 'call',
    inputIdOf: fieldId,
    version,
    send,
    onSaved,
    summaryTitle: () => 'The series was not saved',
  });
  const { form } = server;
  const values = form.getValues();
  const errors = form.errors as Errors;
  const set = <K extends keyof SeriesValues>(field: K, value: SeriesValues[K]) => form.setFieldValue(field, value as never);

  const rule = (
    <Paper component="fieldset" withBorder radius="md" p="md" className="lcp-fieldset">
      <legend>
        <Title order={2} size="h4">
          When
        </Title>
      </legend>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            id={fieldId('intervalWeeks')}
            label="Every … weeks"
            description="1: weekly, 2: every other week"
            required
            type="number"
            min={1}
            max={12}
            value={values.intervalWeeks}
            error={errors.intervalWeeks}
            onChange={(e) => set('intervalWeeks', e.currentTarget.value)}
          />
          <NativeSelect
            id={fieldId('weekday')}
            label="On"
            description="Weekday"
            required
            value={values.weekday}
            error={errors.weekday}
            onChange={(e) => set('weekday', e.currentTarget.value as SeriesValues['weekday'])}
            data={[{ value: '', label: 'Choose a weekday' }, ...WEEKDAYS.map((d) => ({ value: d, label: weekdayLabel(d) }))]}
          />
          <TextInput
            id={fieldId('startTime')}
            label="At"
            description="Local time, HH:MM"
            required
            type="time"
            value={values.startTime}
            error={errors.startTime}
            onChange={(e) => set('startTime', e.currentTarget.value)}
          />
        </SimpleGrid>
        {mode === 'create' ? (
          <TextInput
            id={fieldId('startDate')}
            label="Starting"
            description="The first call is on the first chosen weekday on or after this date"
            required
            type="date"
            value={values.startDate}
            error={errors.startDate}
            onChange={(e) => set('startDate', e.currentTarget.value)}
            maw={320}
          />
        ) : (
          <Text size="sm">
            The new rule starts at the chosen call{changeFrom ? ` (${formatDate(changeFrom)})` : ''}; earlier calls keep theirs.
          </Text>
        )}
        <Radio.Group label="Ends" value={values.ends} onChange={(v) => set('ends', v as SeriesValues['ends'])}>
          <Stack gap={6} mt={4}>
            <Radio value="until" label="On a date" id={fieldId('ends')} />
            <Radio
              value="count"
              label={mode === 'change' ? 'After a number of calls (from the chosen call on)' : 'After a number of calls'}
            />
          </Stack>
        </Radio.Group>
        {values.ends === 'until' ? (
          <TextInput
            id={fieldId('until')}
            label="Last possible date"
            required
            type="date"
            value={values.until}
            error={errors.until}
            onChange={(e) => set('until', e.currentTarget.value)}
            maw={320}
          />
        ) : (
          <TextInput
            id={fieldId('count')}
            label="Number of calls"
            required
            type="number"
            min={1}
            max={MAX_CALLS}
            value={values.count}
            error={errors.count}
            onChange={(e) => set('count', e.currentTarget.value)}
            maw={320}
          />
        )}
        <div role="status" aria-live="polite">
          <Preview values={values} mode={mode} changeFrom={changeFrom} />
        </div>
      </Stack>
    </Paper>
  );

  return (
    <CallFormFrame
      server={server}
      what="series"
      submitLabel={submitLabel}
      onCancel={onCancel}
      values={values}
      set={set}
      errors={errors}
      faculty={faculty}
      teams={teams}
      allowInformational={allowInformational}
      kindLocked={mode === 'change'}
      when={rule}
    />
  );
}
