import { Checkbox, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import type { Application } from '../../api/get-application';
import type { CommitmentSection } from '../../api/save-commitment';
import { COMMITMENT_LABELS } from '../../utils/steps';
import { StepForm, type SaveSection } from './step-form';

interface Props {
  application: Application;
  problems: Record<string, string>;
  onSave: SaveSection<CommitmentSection>;
}

type TextField = 'signerName' | 'signerTitle' | 'signedOn' | 'dataContactName' | 'dataContactEmail';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Criterion 2: the commitment to use the Core Data Set and submit metrics, signed, with a data contact. */
export function CommitmentStep({ application, problems, onSave }: Props) {
  const c = application.commitment;
  const [agreed, setAgreed] = useState(c.agreed);
  const [values, setValues] = useState<Record<TextField, string>>({
    signerName: c.signerName ?? '',
    signerTitle: c.signerTitle ?? '',
    signedOn: c.signedOn ?? '',
    dataContactName: c.dataContactName ?? '',
    dataContactEmail: c.dataContactEmail ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...problems, ...errors };

  const body = (): CommitmentSection => {
    const b: CommitmentSection = { agreed };
    for (const [k, v] of Object.entries(values) as [TextField, string][]) {
      if (v.trim()) b[k] = v.trim();
    }
    return b;
  };

  const input = (name: TextField) => ({
    id: `app-commitment-${name}`,
    label: COMMITMENT_LABELS[name],
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((all) => ({ ...all, [name]: value }));
    },
    error: shown[`app-commitment-${name}`],
  });

  return (
    <StepForm
      label="Core Data Set commitment"
      validate={(): Record<string, { label: string; message: string }> => {
        const email = values.dataContactEmail.trim();
        return email && !EMAIL.test(email)
          ? {
              'app-commitment-dataContactEmail': {
                label: COMMITMENT_LABELS.dataContactEmail!,
                message: 'Enter an e-mail address like name@example.org.',
              },
            }
          : {};
      }}
      inputIdOf={(v) => (/^\w+$/.test(v.field) ? `app-commitment-${v.field}` : undefined)}
      save={(next) => onSave(body(), next)}
      onErrors={setErrors}
    >
      <Fieldset legend="Commitment">
        <Stack gap="sm">
          <Checkbox
            id="app-commitment-agreed"
            checked={agreed}
            onChange={(e) => setAgreed(e.currentTarget.checked)}
            label="Our organisation commits to use the Core Data Set and to submit its metrics every period"
            error={shown['app-commitment-agreed']}
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
    </StepForm>
  );
}
