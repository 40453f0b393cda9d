import { Checkbox, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useCreateChangeIdea, useUpdateChangeIdea, type ChangeIdea, type ChangeIdeaStatus } from '../api/change-ideas';
import { STATUS_LABELS } from '../utils/labels';

export interface MeasureChoice {
  id: string;
  name: string;
}

interface IdeaValues {
  title: string;
  description: string;
  status: ChangeIdeaStatus;
  measureIds: string[];
}

const LABELS = {
  title: 'Title',
  description: 'Description',
  status: 'Status',
  measureIds: 'Measures it aims to move',
};

const valuesOf = (idea?: ChangeIdea): IdeaValues => ({
  title: idea?.title ?? '',
  description: idea?.description ?? '',
  status: idea?.status ?? 'PROPOSED',
  measureIds: idea?.measureIds ?? [],
});

/** Record a change idea of a team, or edit one (its ETag goes in If-Match). */
export function ChangeIdeaForm({
  collaborativeId,
  organizationId,
  measures,
  base,
  onReload,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  organizationId: string;
  measures: MeasureChoice[];
  base?: Versioned<ChangeIdea>;
  onReload?: () => Promise<Versioned<ChangeIdea> | undefined>;
  onDone: (saved: ChangeIdea) => void;
  onCancel: () => void;
}) {
  const create = useCreateChangeIdea();
  const update = useUpdateChangeIdea();
  const server = useServerForm<IdeaValues, Versioned<ChangeIdea>, ChangeIdea>({
    initialValues: valuesOf(base?.data),
    validate: { title: (v) => (v.trim() ? null : 'Enter a title.') },
    labels: LABELS,
    idPrefix: 'change-idea',
    pathOf: (v) => {
      const field = v.field.replace(/\[\d+\]$/, '');
      return v.in === 'body' && field in LABELS ? field : undefined;
    },
    summaryTitle: () => 'Not saved',
    version: base && onReload ? { etag: base.etag, reload: onReload, toValues: valuesOf } : undefined,
    send: (values, etag) => {
      const body = {
        organizationId,
        title: values.title.trim(),
        description: values.description.trim() || undefined,
        status: values.status,
        measureIds: values.measureIds,
      };
      return base
        ? update.mutateAsync({ collaborativeId, changeIdeaId: base.data.id, etag, body })
        : create.mutateAsync({ collaborativeId, body });
    },
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={base ? 'Edit the change idea' : 'Record a change idea'}>
      <Stack gap="md">
        <FormStatus of={server} what="change idea" />
        <TextInput {...field('title')} required maxLength={200} autoComplete="off" description="The change the team tests" />
        <Textarea {...field('description')} autosize minRows={2} maxRows={8} maxLength={5000} />
        <NativeSelect
          {...field('status')}
          data={(Object.keys(STATUS_LABELS) as ChangeIdeaStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        {measures.length > 0 && (
          <Checkbox.Group {...form.getInputProps('measureIds')} id={server.inputId('measureIds')} label={LABELS.measureIds}>
            <Stack gap={6} mt="xs">
              {measures.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormActions
          submitLabel={base ? 'Save change idea' : 'Record change idea'}
          submitting={server.submitting}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
