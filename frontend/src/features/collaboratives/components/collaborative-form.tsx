import { Fieldset, NumberInput, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import type { Collaborative } from '@/lib/queries/collaboratives';
import {
  LIMITS,
  validateCollaborative,
  type CollaborativeField,
  type CollaborativeFormValues,
} from '../utils/collaborative-form-values';
import { KIND_LABELS, type Phase } from '../utils/phases';

interface CollaborativeFormProps {
  initialValues: CollaborativeFormValues;
  /** The phase of the collaborative being edited; absent when creating one. */
  phase?: Phase;
  /** The kind can change only while the collaborative is a draft. */
  kindLocked?: boolean;
  submitLabel: string;
  /** The version edited (If-Match); absent when creating one. */
  version?: EditedVersion<Collaborative, CollaborativeFormValues>;
  send: (values: CollaborativeFormValues, etag: string) => Promise<Versioned<Collaborative>>;
  onSaved: (saved: Versioned<Collaborative>) => void | Promise<void>;
  onCancel?: () => void;
}

const FIELD_LABELS: Record<CollaborativeField, string> = {
  title: 'Title',
  practice: 'Practice',
  kind: 'Kind',
  description: 'Description',
  applicationsOpenAt: 'Applications open',
  applicationsCloseAt: 'Applications close',
  startDate: 'Start date',
  endDate: 'End date',
  capacity: 'Places',
  minClinicians: 'Fewest clinicians per team',
  learningSessionCount: 'Learning sessions',
};

/** Create or edit a collaborative: checks the contract's rules first, then shows the API's. */
export function CollaborativeForm({
  initialValues,
  phase,
  kindLocked,
  submitLabel,
  version,
  send,
  onSaved,
  onCancel,
}: CollaborativeFormProps) {
  const creating = phase === undefined;
  const server = useServerForm({
    initialValues,
    validate: (values) => validateCollaborative(values, phase),
    labels: FIELD_LABELS,
    idPrefix: 'collaborative',
    // A capacity below the teams already accepted (409 with acceptedTeams and capacity).
    errorAt: { 409: (e) => (isApiError(e) && e.problem?.acceptedTeams !== undefined ? 'capacity' : undefined) },
    version,
    send,
    onSaved,
  });
  const { form, field } = server;

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={submitLabel}>
      <Stack gap="lg">
        <FormStatus of={server} what="collaborative" />

        <Fieldset legend="The collaborative">
          <Stack gap="md">
            <TextInput {...field('title')} required maxLength={LIMITS.title} autoComplete="off" />
            <TextInput
              {...field('practice')}
              required
              maxLength={LIMITS.practice}
              description="The evidence-based practice to adopt, e.g. TF-CBT"
              autoComplete="off"
            />
            <Radio.Group
              {...form.getInputProps('kind')}
              id={server.inputId('kind')}
              label="Kind"
              required
              description={kindLocked ? 'The kind can change only while the collaborative is a draft.' : undefined}
            >
              <Stack gap="xs" mt="xs">
                {(Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => (
                  <Radio key={kind} value={kind} label={KIND_LABELS[kind]} disabled={kindLocked} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea {...field('description')} autosize minRows={4} maxRows={14} maxLength={LIMITS.description} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Application window">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('applicationsOpenAt')} type="datetime-local" />
            <TextInput {...field('applicationsCloseAt')} type="datetime-local" description="After applications open" />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Dates">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('startDate')} type="date" />
            <TextInput {...field('endDate')} type="date" description="On or after the start date" />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Teams">
          <SimpleGrid cols={{ base: 1, sm: creating ? 3 : 2 }}>
            <NumberInput
              {...field('capacity')}
              description="Most teams accepted; empty for no limit; not below the teams already accepted"
              min={LIMITS.capacity.min}
              max={LIMITS.capacity.max}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              {...field('minClinicians')}
              required
              description="In each core team: at least 1 (usually 2)"
              min={LIMITS.minClinicians.min}
              max={LIMITS.minClinicians.max}
              allowDecimal={false}
              allowNegative={false}
            />
            {creating && (
              <NumberInput
                {...field('learningSessionCount')}
                description="Empty: 3 for a collaborative, 0 for a community"
                min={LIMITS.learningSessionCount.min}
                max={LIMITS.learningSessionCount.max}
                allowDecimal={false}
                allowNegative={false}
              />
            )}
          </SimpleGrid>
        </Fieldset>

        <FormActions submitLabel={submitLabel} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
