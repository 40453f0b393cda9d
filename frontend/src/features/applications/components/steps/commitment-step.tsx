import { Alert, Checkbox, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';

import { useOrganizationMembers } from '@/lib/queries/members';
import type { Application } from '../../api/get-application';
import type { CommitmentSection } from '../../api/save-commitment';
import { COMMITMENT_LABELS } from '../../utils/steps';
import { MemberPicker } from './member-picker';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const toValues = (application: Application) => {
  const c = application.commitment;
  return {
    agreed: c.agreed,
    signerMemberId: c.signerMemberId ?? '',
    // A signer written before signers were chosen from the members: kept until one is chosen.
    signerName: c.signerMemberId ? '' : (c.signerName ?? ''),
    signerTitle: c.signerTitle ?? '',
    signedOn: c.signedOn ?? '',
    dataContactName: c.dataContactName ?? '',
    dataContactEmail: c.dataContactEmail ?? '',
  };
};
type CommitmentValues = ReturnType<typeof toValues>;
type TextField = Exclude<keyof CommitmentValues, 'agreed' | 'signerMemberId'>;

function toBody(values: CommitmentValues): CommitmentSection {
  const b: CommitmentSection = { agreed: values.agreed };
  if (values.signerMemberId) b.signerMemberId = values.signerMemberId;
  const fields: TextField[] = ['signerTitle', 'signedOn', 'dataContactName', 'dataContactEmail'];
  for (const k of values.signerMemberId ? fields : (['signerName', ...fields] as TextField[])) {
    if (values[k].trim()) b[k] = values[k].trim();
  }
  return b;
}

/** Criterion 2: the commitment to use the Core Data Set and submit metrics, signed, with a data contact. */
export function CommitmentStep(props: StepProps<CommitmentSection>) {
  const membersQuery = useOrganizationMembers(props.application.organizationId);
  const form = useStepForm({
    ...props,
    toValues,
    toBody,
    validate: {
      dataContactEmail: (value) =>
        value.trim() && !EMAIL.test(value.trim()) ? 'Enter an e-mail address like name@example.org.' : null,
    },
    labels: COMMITMENT_LABELS,
    idPrefix: 'app-commitment',
    inputIdOf: (path) => `app-commitment-${path}`,
  });
  const values = form.form.getValues();
  const input = (name: TextField) => ({
    ...form.form.getInputProps(name),
    id: `app-commitment-${name}`,
    label: COMMITMENT_LABELS[name],
    error: form.errorOf(name),
  });

  return (
    <StepFormLayout label="Core Data Set commitment" form={form}>
      <Fieldset legend="Commitment">
        <Stack gap="sm">
          <Checkbox
            {...form.form.getInputProps('agreed', { type: 'checkbox' })}
            id="app-commitment-agreed"
            label="Our organisation commits to use the Core Data Set and to submit its metrics every period"
            error={form.errorOf('agreed')}
          />
          <Text size="sm" c="dimmed">
            Signed by a member of {props.application.organizationName} who may commit the organisation, usually its senior leader.
          </Text>
          {!values.signerMemberId && values.signerName && (
            <Alert color="yellow" variant="light" role="note" title="Choose the signer from the members">
              Saved as signed by “{values.signerName}”, a name not chosen from the organisation’s members: choose the member who
              signed.
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MemberPicker
              id="app-commitment-signerName"
              label={COMMITMENT_LABELS.signerName!}
              members={membersQuery.data?.items ?? []}
              loading={membersQuery.isPending}
              value={values.signerMemberId}
              onChange={(id) => {
                form.form.setFieldValue('signerMemberId', id);
                form.form.clearFieldError('signerName');
              }}
              error={form.errorOf('signerName')}
            />
            <TextInput {...input('signerTitle')} maxLength={200} autoComplete="organization-title" />
            <TextInput {...input('signedOn')} type="date" />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend="Data contact">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...input('dataContactName')} maxLength={200} />
          <TextInput {...input('dataContactEmail')} type="email" maxLength={254} />
        </SimpleGrid>
      </Fieldset>
    </StepFormLayout>
  );
}
