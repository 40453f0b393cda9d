import { SimpleGrid, Stack, TextInput } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Organization } from '../api/get-organizations';
import { validateOrganization, type OrganizationFormValues } from '../utils/validation';

const LABELS = { name: 'Name', city: 'City', region: 'State or region', countryCode: 'Country code', website: 'Website' };

interface OrganizationFormProps {
  submitLabel: string;
  send: (values: OrganizationFormValues) => Promise<Versioned<Organization>>;
  onSaved: (saved: Versioned<Organization>) => void | Promise<void>;
  onCancel?: () => void;
}

export function OrganizationForm({ submitLabel, send, onSaved, onCancel }: OrganizationFormProps) {
  const server = useServerForm({
    initialValues: { name: '', city: '', region: '', countryCode: '', website: '' },
    validate: validateOrganization,
    labels: LABELS,
    idPrefix: 'organization',
    inputIdOf: (path) => `organization-${path === 'countryCode' ? 'country' : path}`,
    errorAt: { 409: 'name' },
    focus: 'field',
    summaryTitle: () => 'Not saved',
    send,
    onSaved,
  });
  const { form, field } = server;

  return (
    <form id="organization-form" noValidate aria-label={submitLabel} onSubmit={server.onSubmit}>
      <Stack gap="md">
        <TextInput {...field('name')} required autoComplete="organization" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...field('city')} autoComplete="address-level2" />
          <TextInput {...field('region')} autoComplete="address-level1" />
          <TextInput
            {...field('countryCode')}
            description="Two letters, e.g. US"
            maxLength={2}
            autoComplete="country"
            onChange={(e) => form.setFieldValue('countryCode', e.currentTarget.value.toUpperCase())}
          />
        </SimpleGrid>
        <TextInput {...field('website')} type="url" placeholder="https://" autoComplete="url" />
        <FormStatus of={server} />
        <FormActions submitLabel={submitLabel} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
