import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import { TEAM_ROLE_OPTIONS, type TeamRole } from '@/utils/labels';
import type { Application } from '../../api/get-application';
import type { CoreTeamSection } from '../../api/save-core-team';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

interface Props extends StepProps<CoreTeamSection> {
  /** What the composition still lacks (from `completeness.missing` after a refused submission). */
  compositionProblems: string[];
}

interface MemberValues {
  role: TeamRole;
  name: string;
  email: string;
  title: string;
  fte: number | string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_MEMBERS = 50;
const idOf = (i: number, field: string) => `app-coreTeam-${i}-${field}`;

// The summary names each member's fields (members.0.name: "Member 1 name").
const LABELS = Object.fromEntries(
  Array.from({ length: MAX_MEMBERS }, (_, i) =>
    ['role', 'name', 'email', 'title', 'fte'].map((f) => [
      `members.${i}.${f}`,
      `Member ${i + 1} ${f === 'fte' ? 'FTE' : f === 'email' ? 'e-mail' : f}`,
    ]),
  ).flat(),
);

const toValues = (application: Application) => ({
  members: application.coreTeam.members.map((m): MemberValues => ({
    role: m.role,
    name: m.name,
    email: m.email,
    title: m.title ?? '',
    fte: m.fte ?? '',
  })),
});

const toBody = ({ members }: { members: MemberValues[] }): CoreTeamSection => ({
  members: members.map((m) => ({
    role: m.role,
    name: m.name.trim(),
    email: m.email.trim(),
    ...(m.title.trim() ? { title: m.title.trim() } : {}),
    ...(m.fte !== '' && m.fte !== undefined ? { fte: Number(m.fte) } : {}),
  })),
});

function validate({ members }: { members: MemberValues[] }): Record<string, string> {
  const found: Record<string, string> = {};
  members.forEach((m, i) => {
    if (!m.name.trim()) found[`members.${i}.name`] = 'Enter the name.';
    if (!EMAIL.test(m.email.trim())) found[`members.${i}.email`] = 'Enter an e-mail address like name@example.org.';
    const fte = m.fte === '' ? undefined : Number(m.fte);
    if (fte !== undefined && (fte < 0.05 || fte > 1)) found[`members.${i}.fte`] = 'Enter a number from 0.05 to 1.';
  });
  return found;
}

/** Criterion 3: the core team, at least a senior leader, a supervisor and the collaborative's clinicians. */
export function CoreTeamStep({ compositionProblems, ...props }: Props) {
  const checks = props.application.checks;
  const form = useStepForm({
    ...props,
    toValues,
    toBody,
    validate,
    labels: LABELS,
    idPrefix: 'app-coreTeam',
    inputIdOf: (path) => {
      const [, i, field] = path.split('.');
      return idOf(Number(i), field ?? '');
    },
    pathOf: (v) => {
      const m = /^members\[(\d+)\]\.(\w+)$/.exec(v.field);
      return m ? `members.${m[1]}.${m[2]}` : undefined;
    },
  });
  const members = form.form.getValues().members;
  const field = (i: number, name: keyof MemberValues) => ({
    ...form.form.getInputProps(`members.${i}.${name}`),
    id: idOf(i, name),
    error: form.errorOf(`members.${i}.${name}`),
  });

  const add = () => {
    form.form.insertListItem('members', { role: 'CLINICIAN', name: '', email: '', title: '', fte: '' });
    // Focus the new member's first field once it is drawn.
    const next = members.length;
    setTimeout(() => document.getElementById(idOf(next, 'role'))?.focus(), 0);
  };

  return (
    <StepFormLayout label="Core team" form={form}>
      <div id="app-coreTeam-composition" tabIndex={-1}>
        <Text size="sm">
          The core team needs at least one senior leader, one supervisor and {checks.minClinicians}{' '}
          {checks.minClinicians === 1 ? 'clinician' : 'clinicians'}. Saved so far: {checks.seniorLeaders} senior leader(s),{' '}
          {checks.supervisors} supervisor(s), {checks.clinicians} clinician(s).
        </Text>
        {compositionProblems.length > 0 && (
          <Alert color="red" variant="light" role="note" mt="sm" title="The core team is not complete">
            <List size="sm">
              {compositionProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </div>
      {members.length === 0 && <Text c="dimmed">No member yet.</Text>}
      {members.map((m, i) => (
        <Fieldset key={i} legend={`Member ${i + 1}${m.name.trim() ? `: ${m.name.trim()}` : ''}`}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect {...field(i, 'role')} label="Role" data={TEAM_ROLE_OPTIONS} />
              <TextInput {...field(i, 'name')} label="Name" required maxLength={200} />
              <TextInput {...field(i, 'email')} label="E-mail" type="email" required maxLength={254} />
              <TextInput {...field(i, 'title')} label="Title (optional)" maxLength={200} />
              <NumberInput
                {...field(i, 'fte')}
                label="FTE (optional)"
                description="0.05 to 1"
                min={0.05}
                max={1}
                step={0.05}
                decimalScale={2}
              />
            </SimpleGrid>
            <Group>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => form.form.removeListItem('members', i)}
                aria-label={`Remove member ${i + 1}${m.name.trim() ? ` (${m.name.trim()})` : ''}`}
              >
                Remove
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" onClick={add} disabled={members.length >= MAX_MEMBERS}>
          Add a member
        </Button>
      </Group>
    </StepFormLayout>
  );
}
