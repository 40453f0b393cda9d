import { Checkbox, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';

import type { Application } from '../../api/get-application';
import type { CommitmentSection } from '../../api/save-commitment';
import { COMMITMENT_LABELS } from '../../utils/steps';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const toValues = (application: Application) => {
  const c = application.commitment;
  return {
    agreed: c.agreed,
    signerName: c.signerName ?? '',
    signerTitle: c.signerTitle ?? '',
    signedOn: c.signedOn ?? '',
    dataContactName: c.dataContactName ?? '',
    dataContactEmail: c.dataContactEmail ?? '',
  };
};
type CommitmentValues = ReturnType<typeof toValues>;
type TextField = Exclude<keyof CommitmentValues, 'agreed'>;

function toBody(values: CommitmentValues): CommitmentSection {
  const b: CommitmentSection = { agreed: values.agreed };
  for (const k of ['signerName', 'signerTitle', 'signedOn', 'dataContactName', 'dataContactEmail'] as TextField[]) {
    if (values[k].trim()) b[k] = values[k].trim();
  }
  return b;
}

/** Criterion 2: the commitment to use the Core Data Set and submit metrics, signed, with a data contact. */
export function CommitmentStep(props: StepProps<CommitmentSection>) {
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
            Signed by someone who may commit the organisation, usually its senior leader.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...input('signerName')} maxLength={200} autoComplete="name" />
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
