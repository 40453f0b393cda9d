import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useCreatePdsaCycle, useUpdatePdsaCycle, type PdsaCycle, type PdsaOutcome } from '../api/pdsa-cycles';
import { OUTCOME_LABELS } from '../utils/labels';
import type { MeasureChoice } from './change-idea-form';

interface CycleValues {
  title: string;
  startDate: string;
  endDate: string;
  plan: string;
  do: string;
  study: string;
  act: string;
  outcome: PdsaOutcome | '';
  measureIds: string[];
}

const LABELS = {
  title: 'Title',
  startDate: 'Start date',
  endDate: 'End date',
  plan: 'Plan',
  do: 'Do',
  study: 'Study',
  act: 'Act',
  outcome: 'Outcome',
  measureIds: 'Measures it watches',
};

const valuesOf = (cycle?: PdsaCycle): CycleValues => ({
  title: cycle?.title ?? '',
  startDate: cycle?.startDate ?? '',
  endDate: cycle?.endDate ?? '',
  plan: cycle?.plan ?? '',
  do: cycle?.do ?? '',
  study: cycle?.study ?? '',
  act: cycle?.act ?? '',
  outcome: cycle?.outcome ?? '',
  measureIds: cycle?.measureIds ?? [],
});

const text = (v: string) => v.trim() || undefined;

/** Add a PDSA cycle to a change idea, or edit one (its ETag goes in If-Match). */
export function PdsaCycleForm({
  collaborativeId,
  changeIdeaId,
  measures,
  base,
  onReload,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  changeIdeaId: string;
  measures: MeasureChoice[];
  base?: Versioned<PdsaCycle>;
  onReload?: () => Promise<Versioned<PdsaCycle> | undefined>;
  onDone: (saved: PdsaCycle) => void;
  onCancel: () => void;
}) {
  const create = useCreatePdsaCycle();
  const update = useUpdatePdsaCycle();
  const server = useServerForm<CycleValues, Versioned<PdsaCycle>, PdsaCycle>({
    initialValues: valuesOf(base?.data),
    validate: {
      title: (v) => (v.trim() ? null : 'Enter a title.'),
      startDate: (v) => (v ? null : 'Enter the day the cycle starts.'),
      endDate: (v, values) => (v && values.startDate && v < values.startDate ? 'Must not be before the start date.' : null),
    },
    labels: LABELS,
    idPrefix: 'pdsa',
    pathOf: (v) => {
      const field = v.field.replace(/\[\d+\]$/, '');
      return v.in === 'body' && field in LABELS ? field : undefined;
    },
    summaryTitle: () => 'Not saved',
    version: base && onReload ? { etag: base.etag, reload: onReload, toValues: valuesOf } : undefined,
    send: (values, etag) => {
      const body = {
        title: values.title.trim(),
        startDate: values.startDate,
        endDate: values.endDate || undefined,
        plan: text(values.plan),
        do: text(values.do),
        study: text(values.study),
        act: text(values.act),
        outcome: values.outcome || undefined,
        measureIds: values.measureIds,
      };
      return base
        ? update.mutateAsync({ collaborativeId, changeIdeaId, cycleId: base.data.id, etag, body })
        : create.mutateAsync({ collaborativeId, changeIdeaId, body });
    },
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={base ? 'Edit the PDSA cycle' : 'Add a PDSA cycle'}>
      <Stack gap="md">
        <FormStatus of={server} what="PDSA cycle" />
        <TextInput {...field('title')} required maxLength={200} autoComplete="off" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('startDate')} type="date" required description="Drawn on the chart at this month" />
          <TextInput {...field('endDate')} type="date" />
        </SimpleGrid>
        <Textarea
          {...field('plan')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          description="The question, the prediction, who does what when"
        />
        <Textarea
          {...field('do')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          description="What happened, problems, observations"
        />
        <Textarea
          {...field('study')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          description="The data against the prediction"
        />
        <Textarea
          {...field('act')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          description="What the team decided, and why"
        />
        <NativeSelect
          {...field('outcome')}
          data={[
            { value: '', label: 'Not decided yet' },
            ...(Object.keys(OUTCOME_LABELS) as PdsaOutcome[]).map((o) => ({ value: o, label: OUTCOME_LABELS[o] })),
          ]}
        />
        {measures.length > 0 && (
          <Checkbox.Group
            {...form.getInputProps('measureIds')}
            id={server.inputId('measureIds')}
            label={LABELS.measureIds}
            description="None: the measures of its change idea"
          >
            <Stack gap={6} mt="xs">
              {measures.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormActions
          submitLabel={base ? 'Save PDSA cycle' : 'Add PDSA cycle'}
          submitting={server.submitting}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
