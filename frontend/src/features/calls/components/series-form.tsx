import { NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';

import { formatDate } from '@/utils/format';
import '../calls.css';
import { WEEKDAYS, ruleText, weekdayLabel } from '../utils/labels';
import { MAX_CALLS, ruleDates, validateSeries, type SeriesValues } from '../utils/recurrence';
import type { CallSeries } from '../api/get-series';
import { CallFormFrame, RadioChoice, callFormLabels, useCallForm, type CallFormProps } from './call-details-fields';

const LABELS = callFormLabels(
  ['weekday', 'startTime', 'timeZone', 'startDate', 'intervalWeeks', 'until', 'count'],
  ['fromCallId'],
);

interface SeriesFormProps extends CallFormProps<CallSeries, SeriesValues> {
  /** `change`: from one call of an existing series onward (no start date: the rule starts at that call). */
  mode: 'create' | 'change';
  /** For `change`: the local date of the first call changed. */
  changeFrom?: string;
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
export function SeriesForm({ initialValues, mode, changeFrom, version, send, onSaved, ...frame }: SeriesFormProps) {
  const form = useCallForm({
    initialValues,
    version,
    send,
    onSaved,
    what: 'series',
    validate: (v: SeriesValues) => validateSeries(v, { change: mode === 'change' }),
    labels: LABELS,
  });
  const { values, input, choice } = form;

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
            {...input('intervalWeeks')}
            label="Every … weeks"
            description="1: weekly, 2: every other week"
            required
            type="number"
            min={1}
            max={12}
          />
          <NativeSelect
            {...input('weekday')}
            label="On"
            description="Weekday"
            required
            data={[{ value: '', label: 'Choose a weekday' }, ...WEEKDAYS.map((d) => ({ value: d, label: weekdayLabel(d) }))]}
          />
          <TextInput {...input('startTime')} label="At" description="Local time, HH:MM" required type="time" />
        </SimpleGrid>
        {mode === 'create' ? (
          <TextInput
            {...input('startDate')}
            label="Starting"
            description="The first call is on the first chosen weekday on or after this date"
            required
            type="date"
            maw={320}
          />
        ) : (
          <Text size="sm">
            The new rule starts at the chosen call{changeFrom ? ` (${formatDate(changeFrom)})` : ''}; earlier calls keep theirs.
          </Text>
        )}
        <RadioChoice
          label="Ends"
          {...choice('ends')}
          options={[
            { value: 'until', label: 'On a date' },
            {
              value: 'count',
              label: mode === 'change' ? 'After a number of calls (from the chosen call on)' : 'After a number of calls',
            },
          ]}
        />
        {values.ends === 'until' ? (
          <TextInput {...input('until')} label="Last possible date" required type="date" maw={320} />
        ) : (
          <TextInput {...input('count')} label="Number of calls" required type="number" min={1} max={MAX_CALLS} maw={320} />
        )}
        <div role="status" aria-live="polite">
          <Preview values={values} mode={mode} changeFrom={changeFrom} />
        </div>
      </Stack>
    </Paper>
  );

  return <CallFormFrame form={form} what="series" kindLocked={mode === 'change'} when={rule} {...frame} />;
}
