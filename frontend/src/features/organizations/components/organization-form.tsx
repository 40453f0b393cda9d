import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import { validateOrganization, type OrganizationFormValues } from '../utils/validation';

const FIELDS = ['name', 'city', 'region', 'countryCode', 'website'] as const;

interface OrganizationFormProps {
  submitLabel: string;
  onSubmit: (values: OrganizationFormValues) => Promise<unknown>;
  onCancel?: () => void;
}

export function OrganizationForm({ submitLabel, onSubmit, onCancel }: OrganizationFormProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<OrganizationFormValues>({
    mode: 'controlled',
    initialValues: { name: '', city: '', region: '', countryCode: '', website: '' },
    validate: validateOrganization,
  });
  const focusFirstError = () =>
    window.setTimeout(() => document.querySelector<HTMLElement>('#organization-form [aria-invalid="true"]')?.focus(), 0);

  return (
    <form
      id="organization-form"
      noValidate
      aria-label={submitLabel}
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        try {
          await onSubmit(values);
        } catch (error) {
          const { fields, other } = violationsByField(error, FIELDS);
          if (Object.keys(fields).length > 0) form.setErrors(fields);
          if (isApiError(error, 409)) form.setFieldError('name', errorMessage(error));
          else if (other.length > 0) setProblem(other.map((v) => `${v.field}: ${v.message}`).join(' '));
          else if (Object.keys(fields).length === 0) setProblem(errorMessage(error));
          focusFirstError();
        }
      }, focusFirstError)}
    >
      <Stack gap="md">
        <TextInput id="organization-name" label="Name" required autoComplete="organization" {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput id="organization-city" label="City" autoComplete="address-level2" {...form.getInputProps('city')} />
          <TextInput
            id="organization-region"
            label="State or region"
            autoComplete="address-level1"
            {...form.getInputProps('region')}
          />
          <TextInput
            id="organization-country"
            label="Country code"
            description="Two letters, e.g. US"
            maxLength={2}
            autoComplete="country"
            {...form.getInputProps('countryCode')}
            onChange={(e) => form.setFieldValue('countryCode', e.currentTarget.value.toUpperCase())}
          />
        </SimpleGrid>
        <TextInput
          id="organization-website"
          label="Website"
          type="url"
          placeholder="https://"
          autoComplete="url"
          {...form.getInputProps('website')}
        />
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {problem}
          </Alert>
        )}
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
