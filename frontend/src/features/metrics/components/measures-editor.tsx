import {
  Button,
  Code,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';

import { BackLink } from '@/components/ui/back-link';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Facts } from '@/components/ui/facts';
import { FormActions } from '@/components/ui/form-actions';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { ListState, PageState, QueryState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import type { Versioned } from '@/lib/api/request';
import { usePermissions } from '@/lib/auth/permissions';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { useMeasures, type Measure, type MeasureType } from '../api/get-measures';
import { useCreateMeasure, useUpdateMeasure, useVersionedMeasure } from '../api/save-measure';
import { TYPE_LABELS, formatValue } from '../utils/labels';
import { ReminderSettingsSection } from './reminder-settings';
import {
  DIRECTION_LABELS,
  MEASURE_LABELS,
  fixedBecause,
  measureConflictField,
  measureValuesOf,
  newMeasureValues,
  toMeasureBody,
  validateMeasure,
  type MeasureFormValues,
} from '../utils/measure-form-values';

type Editing = { kind: 'new' } | { kind: 'edit'; measure: Measure };

/** The collaborative's Core Data Set: every team reports each measure each month. */
export function MeasuresPage({ collaborativeId }: { collaborativeId: string }) {
  const can = usePermissions();
  const collaborative = useCollaborative(collaborativeId);
  const measures = useMeasures(collaborativeId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>;

  if (!collaborative.data) {
    return (
      <PageState
        query={collaborative}
        title="Core Data Set"
        before={back}
        what="the collaborative"
        notFound="This collaborative"
      />
    );
  }
  const c = collaborative.data;
  const mayEdit = can.canCoordinateMetrics(c.id) && c.phase !== 'CLOSED';
  const addButton = mayEdit && (
    <Button onClick={() => setEditing({ kind: 'new' })} variant={measures.data?.items.length ? 'default' : 'filled'}>
      Add measure
    </Button>
  );

  return (
    <Page title={`Core Data Set: ${c.title}`} before={back} actions={measures.data?.items.length ? addButton : undefined}>
      <Text>
        Each enrolled team reports every measure for every month. A month’s values are due on the due day of the next month and
        lock a number of days after the month ends.
        {!mayEdit && ' Only platform admins and the collaborative’s lead faculty define measures.'}
      </Text>
      <div role="status">
        {done && (
          <Text size="sm" fw={600}>
            {done}
          </Text>
        )}
      </div>
      <ListState
        query={measures}
        what="the measures"
        empty={
          <EmptyState title="No measures yet" action={addButton}>
            {mayEdit
              ? 'Define the measures teams will report (e.g. the share of children screened for trauma) before the collaborative becomes active.'
              : 'The collaborative’s lead faculty have not defined its measures yet.'}
          </EmptyState>
        }
      >
        {(items) => (
          <CardList items={items} keyOf={(m) => m.id} label="Measures">
            {(m) => (
              <ItemCard labelledBy={`measure-${m.id}`}>
                <Group justify="space-between" gap="xs" align="flex-start">
                  <Title order={2} size="h4" id={`measure-${m.id}`}>
                    {m.name}
                  </Title>
                  {mayEdit && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing({ kind: 'edit', measure: m })}
                      aria-label={`Edit ${m.name}`}
                    >
                      Edit
                    </Button>
                  )}
                </Group>
                {m.definition && (
                  <Text size="sm" className="lcp-prewrap">
                    {m.definition}
                  </Text>
                )}
                <Facts
                  facts={[
                    ['Key', <Code key="k">{m.key}</Code>],
                    ['Type', TYPE_LABELS[m.type]],
                    m.type === 'PROPORTION' && m.numerator ? ['Numerator', m.numerator] : null,
                    m.type === 'PROPORTION' && m.denominator ? ['Denominator', m.denominator] : null,
                    ['Values reported', m.valueCount ?? 0],
                    m.unit ? ['Unit', m.unit] : null,
                    ['Improvement is', m.direction === 'INCREASE' ? 'Higher' : 'Lower'],
                    m.target !== undefined && m.target !== null ? ['Target', formatValue(m.type, m.target)] : null,
                    ['Due', `Day ${m.dueDay} of the next month`],
                    ['Locks', `${m.lockAfterDays} days after the month ends`],
                  ]}
                />
              </ItemCard>
            )}
          </CardList>
        )}
      </ListState>
      {can.canSeeAllTeamsMetrics(c.id) && <ReminderSettingsSection collaborativeId={c.id} mayEdit={mayEdit} />}

      <FormDialog
        opened={editing !== null}
        title={editing?.kind === 'edit' ? `Edit ${editing.measure.name}` : 'Add a measure'}
        onClose={() => setEditing(null)}
      >
        {editing?.kind === 'new' && (
          <MeasureForm
            collaborativeId={c.id}
            initialValues={newMeasureValues()}
            onDone={(m) => {
              setEditing(null);
              setDone(`“${m.name}” was added.`);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'edit' && (
          <EditMeasure
            collaborativeId={c.id}
            measureId={editing.measure.id}
            onDone={(m) => {
              setEditing(null);
              setDone(`“${m.name}” was saved.`);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormDialog>
    </Page>
  );
}

function EditMeasure({
  collaborativeId,
  measureId,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  measureId: string;
  onDone: (m: Measure) => void;
  onCancel: () => void;
}) {
  const query = useVersionedMeasure(collaborativeId, measureId);
  if (!query.data) return <QueryState query={query} what="the measure" />;
  return (
    <MeasureForm
      collaborativeId={collaborativeId}
      initialValues={measureValuesOf(query.data.data)}
      base={query.data}
      onReload={async () => (await query.refetch()).data}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

interface MeasureFormProps {
  collaborativeId: string;
  initialValues: MeasureFormValues;
  base?: Versioned<Measure>;
  onReload?: () => Promise<Versioned<Measure> | undefined>;
  onDone: (m: Measure) => void;
  onCancel: () => void;
}

const TYPES = Object.keys(TYPE_LABELS) as MeasureType[];

/** Define or change a measure; a key or type the API keeps (values exist) is refused at its field. */
export function MeasureForm({ collaborativeId, initialValues, base, onReload, onDone, onCancel }: MeasureFormProps) {
  const create = useCreateMeasure();
  const update = useUpdateMeasure();
  const server = useServerForm<MeasureFormValues, Versioned<Measure>, Measure>({
    initialValues,
    validate: validateMeasure,
    labels: MEASURE_LABELS,
    idPrefix: 'measure',
    errorAt: { 409: measureConflictField },
    summaryTitle: () => 'Not saved',
    version: base && onReload ? { etag: base.etag, reload: onReload, toValues: measureValuesOf } : undefined,
    send: (values, etag) =>
      base
        ? update.mutateAsync({ collaborativeId, measureId: base.data.id, etag, body: toMeasureBody(values) })
        : create.mutateAsync({ collaborativeId, body: toMeasureBody(values) }),
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;
  const editing = base !== undefined;
  const type = form.getValues().type;
  // Values reported under it fix its key and type (uploads and exports name it by its key).
  const fixed = fixedBecause(base?.data);

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={editing ? 'Edit the measure' : 'Add a measure'}>
      <Stack gap="md">
        <FormStatus of={server} what="measure" />
        <TextInput {...field('name')} required maxLength={200} autoComplete="off" data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...field('key')}
            required
            maxLength={50}
            autoComplete="off"
            readOnly={!!fixed}
            description={
              fixed ?? 'Lower-case letters, digits and hyphens; uploads name the measure by it. Fixed once values are reported.'
            }
          />
          <Select
            {...field('type')}
            required
            allowDeselect={false}
            data={TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
            readOnly={!!fixed}
            description={fixed ?? 'Fixed once values are reported.'}
          />
        </SimpleGrid>
        <Textarea
          {...field('definition')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          description={'What is measured, and how it is counted.'}
        />
        {type === 'PROPORTION' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              {...field('numerator')}
              autosize
              minRows={2}
              maxLength={2000}
              description="What it counts, e.g. children screened with the tool"
            />
            <Textarea
              {...field('denominator')}
              autosize
              minRows={2}
              maxLength={2000}
              description="Out of what, e.g. children seen"
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('unit')} maxLength={50} autoComplete="off" description="E.g. children, days, %" />
          <NumberInput
            {...field('target')}
            decimalScale={4}
            description={type === 'PROPORTION' ? 'Optional; between 0 and 1 (0.8 is 80%)' : 'Optional'}
          />
        </SimpleGrid>
        <Radio.Group {...form.getInputProps('direction')} id={server.inputId('direction')} label="Improvement is" required>
          <Stack gap="xs" mt="xs">
            {(Object.keys(DIRECTION_LABELS) as (keyof typeof DIRECTION_LABELS)[]).map((d) => (
              <Radio key={d} value={d} label={DIRECTION_LABELS[d]} />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            {...field('dueDay')}
            required
            min={1}
            max={28}
            allowDecimal={false}
            allowNegative={false}
            description="Day of the next month by which a month’s value is due"
          />
          <NumberInput
            {...field('lockAfterDays')}
            required
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            description="After the month ends; lead faculty can unlock"
          />
        </SimpleGrid>
        <FormActions submitLabel={editing ? 'Save measure' : 'Add measure'} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
