import { Button, Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import {
  COLLABORATIVE_FIELDS,
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
  onSubmit: (values: CollaborativeFormValues) => Promise<unknown>;
  onCancel?: () => void;
  /** A 412 (someone changed it meanwhile): the page explains and offers to reload. */
  onStale?: () => void;
}

const inputId = (field: CollaborativeField) => `collaborative-${field}`;

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
  onSubmit,
  onCancel,
  onStale,
}: CollaborativeFormProps) {
  const creating = phase === undefined;
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const [submits, setSubmits] = useState(0);

  const form = useForm<CollaborativeFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateCollaborative(values, phase),
  });

  const handleValid = async (values: CollaborativeFormValues) => {
    setFormProblems([]);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error, 412) && onStale) {
        onStale();
        return;
      }
      const { fields, other } = violationsByField(error, COLLABORATIVE_FIELDS);
      if (Object.keys(fields).length > 0 || other.length > 0) {
        form.setErrors(fields);
        setFormProblems(other.map((v) => `${v.field}: ${v.message}`));
      } else {
        setFormProblems([errorMessage(error)]);
      }
      setSubmits((n) => n + 1);
    }
  };

  const handleInvalid = () => {
    setFormProblems([]);
    setSubmits((n) => n + 1);
  };

  const summary: SummaryItem[] = [
    ...COLLABORATIVE_FIELDS.filter((f) => form.errors[f]).map((f) => ({
      inputId: inputId(f),
      message: `${FIELD_LABELS[f]}: ${String(form.errors[f])}`,
    })),
    ...formProblems.map((message) => ({ message })),
  ];

  const field = (name: CollaborativeField) => ({
    id: inputId(name),
    label: FIELD_LABELS[name],
    ...form.getInputProps(name),
  });

  return (
    <form noValidate onSubmit={form.onSubmit(handleValid, handleInvalid)} aria-label={submitLabel}>
      <Stack gap="lg">
        {submits > 0 && (
          <FormErrorSummary
            title={summary.length === 1 ? 'There is a problem' : `There are ${summary.length} problems`}
            items={summary}
            focusKey={submits}
          />
        )}

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
              id={inputId('kind')}
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
              description="Most teams accepted; empty for no limit"
              min={LIMITS.capacity.min}
              max={LIMITS.capacity.max}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              {...field('minClinicians')}
              required
              description="In each core team (usually 2)"
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

        <Group gap="sm">
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
