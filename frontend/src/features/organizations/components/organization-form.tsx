import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm, type EditedVersion } from '@/lib/forms/use-server-form';
import { timeZones } from '@/utils/zoned-time';
import type { OrganizationInput } from '../api/create-organization';
import type { Organization } from '../api/get-organizations';
import { validateOrganization, type OrganizationFormValues } from '../utils/validation';

const LABELS = {
  name: 'Name',
  city: 'City',
  region: 'State or region',
  countryCode: 'Country code',
  website: 'Website',
  timeZone: 'Time zone',
};

const EMPTY: OrganizationFormValues = { name: '', city: '', region: '', countryCode: '', website: '', timeZone: '' };

/** An organisation's details as the form's values. */
export const organizationValuesOf = (o: Organization): OrganizationFormValues => ({
  name: o.name,
  city: o.city ?? '',
  region: o.region ?? '',
  countryCode: o.countryCode ?? '',
  website: o.website ?? '',
  timeZone: o.timeZone ?? '',
});

/** The values as sent: empty optional details are left out. */
export function toOrganizationBody(v: OrganizationFormValues): OrganizationInput {
  const opt = (x: string) => (x.trim() ? x.trim() : undefined);
  const body: OrganizationInput = { name: v.name.trim() };
  const city = opt(v.city);
  const region = opt(v.region);
  const countryCode = opt(v.countryCode);
  const website = opt(v.website);
  if (city) body.city = city;
  if (region) body.region = region;
  if (countryCode) body.countryCode = countryCode;
  if (website) body.website = website;
  if (v.timeZone) body.timeZone = v.timeZone;
  return body;
}

interface OrganizationFormProps {
  submitLabel: string;
  /** The organisation's details, when editing it. */
  initialValues?: OrganizationFormValues;
  /** The version edited (If-Match), when editing it. */
  version?: EditedVersion<Organization, OrganizationFormValues>;
  send: (values: OrganizationFormValues, etag: string) => Promise<Versioned<Organization>>;
  onSaved: (saved: Versioned<Organization>) => void | Promise<void>;
  onCancel?: () => void;
}

export function OrganizationForm({
  submitLabel,
  initialValues = EMPTY,
  version,
  send,
  onSaved,
  onCancel,
}: OrganizationFormProps) {
  const server = useServerForm({
    initialValues,
    version,
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
        <NativeSelect
          {...field('timeZone')}
          description="Notices of sessions and calls give the time in this zone to the organisation’s people"
          data={[{ value: '', label: 'None (each event’s own time zone)' }, ...timeZones()]}
        />
        <FormStatus of={server} what="organisation" />
        <FormActions submitLabel={submitLabel} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
