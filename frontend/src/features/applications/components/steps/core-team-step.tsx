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
import { useState } from 'react';

import type { components } from '@/lib/api/schema';
import type { Application } from '../../api/get-application';
import type { CoreTeamSection } from '../../api/save-core-team';
import { TEAM_ROLE_LABELS } from '../../utils/labels';
import { StepForm, type SaveSection } from './step-form';

type TeamRole = components['schemas']['TeamRole'];

interface Props {
  application: Application;
  problems: Record<string, string>;
  /** What the composition still lacks (from `completeness.missing` after a refused submission). */
  compositionProblems: string[];
  onSave: SaveSection<CoreTeamSection>;
}

interface MemberValues {
  role: TeamRole;
  name: string;
  email: string;
  title: string;
  fte: number | string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLE_OPTIONS = (Object.keys(TEAM_ROLE_LABELS) as TeamRole[]).map((value) => ({ value, label: TEAM_ROLE_LABELS[value] }));
const idOf = (i: number, field: string) => `app-coreTeam-${i}-${field}`;

/** Criterion 3: the core team, at least a senior leader, a supervisor and the collaborative's clinicians. */
export function CoreTeamStep({ application, problems, compositionProblems, onSave }: Props) {
  const [members, setMembers] = useState<MemberValues[]>(() =>
    application.coreTeam.members.map((m) => ({
      role: m.role,
      name: m.name,
      email: m.email,
      title: m.title ?? '',
      fte: m.fte ?? '',
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...problems, ...errors };
  const checks = application.checks;

  const set = (i: number, patch: Partial<MemberValues>) =>
    setMembers((all) => all.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const add = () => {
    setMembers((all) => [...all, { role: 'CLINICIAN', name: '', email: '', title: '', fte: '' }]);
    // Focus the new member's first field once it is drawn.
    const next = members.length;
    setTimeout(() => document.getElementById(idOf(next, 'role'))?.focus(), 0);
  };

  const body = (): CoreTeamSection => ({
    members: members.map((m) => ({
      role: m.role,
      name: m.name.trim(),
      email: m.email.trim(),
      ...(m.title.trim() ? { title: m.title.trim() } : {}),
      ...(m.fte !== '' && m.fte !== undefined ? { fte: Number(m.fte) } : {}),
    })),
  });

  const validate = () => {
    const found: Record<string, { label: string; message: string }> = {};
    members.forEach((m, i) => {
      if (!m.name.trim()) found[idOf(i, 'name')] = { label: `Member ${i + 1} name`, message: 'Enter the name.' };
      if (!EMAIL.test(m.email.trim()))
        found[idOf(i, 'email')] = { label: `Member ${i + 1} e-mail`, message: 'Enter an e-mail address like name@example.org.' };
      const fte = m.fte === '' ? undefined : Number(m.fte);
      if (fte !== undefined && (fte < 0.05 || fte > 1))
        found[idOf(i, 'fte')] = { label: `Member ${i + 1} FTE`, message: 'Enter a number from 0.05 to 1.' };
    });
    return found;
  };

  return (
    <StepForm
      label="Core team"
      validate={validate}
      inputIdOf={(v) => {
        const m = /^members\[(\d+)\]\.(\w+)$/.exec(v.field);
        return m ? idOf(Number(m[1]), m[2]!) : undefined;
      }}
      save={(next) => onSave(body(), next)}
      onErrors={setErrors}
    >
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
              <NativeSelect
                id={idOf(i, 'role')}
                label="Role"
                data={ROLE_OPTIONS}
                value={m.role}
                onChange={(e) => set(i, { role: e.currentTarget.value as TeamRole })}
                error={shown[idOf(i, 'role')]}
              />
              <TextInput
                id={idOf(i, 'name')}
                label="Name"
                required
                value={m.name}
                onChange={(e) => set(i, { name: e.currentTarget.value })}
                error={shown[idOf(i, 'name')]}
                maxLength={200}
              />
              <TextInput
                id={idOf(i, 'email')}
                label="E-mail"
                type="email"
                required
                value={m.email}
                onChange={(e) => set(i, { email: e.currentTarget.value })}
                error={shown[idOf(i, 'email')]}
                maxLength={254}
              />
              <TextInput
                id={idOf(i, 'title')}
                label="Title (optional)"
                value={m.title}
                onChange={(e) => set(i, { title: e.currentTarget.value })}
                maxLength={200}
              />
              <NumberInput
                id={idOf(i, 'fte')}
                label="FTE (optional)"
                description="0.05 to 1"
                value={m.fte}
                onChange={(fte) => set(i, { fte })}
                min={0.05}
                max={1}
                step={0.05}
                decimalScale={2}
                error={shown[idOf(i, 'fte')]}
              />
            </SimpleGrid>
            <Group>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => setMembers((all) => all.filter((_, j) => j !== i))}
                aria-label={`Remove member ${i + 1}${m.name.trim() ? ` (${m.name.trim()})` : ''}`}
              >
                Remove
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" onClick={add} disabled={members.length >= 50}>
          Add a member
        </Button>
      </Group>
    </StepForm>
  );
}
