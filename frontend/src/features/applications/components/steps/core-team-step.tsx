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

import { useMe } from '@/lib/auth/me';
import { useOrganizationMembers, type OrganizationMember } from '@/lib/queries/members';
import { TEAM_ROLE_OPTIONS, type TeamRole } from '@/utils/labels';
import type { Application } from '../../api/get-application';
import type { CoreTeamSection } from '../../api/save-core-team';
import { MemberPicker } from './member-picker';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

interface Props extends StepProps<CoreTeamSection> {
  /** What the composition still lacks (from `completeness.missing` after a refused submission). */
  compositionProblems: string[];
}

interface MemberValues {
  /** The member of the organisation chosen ('' while none is, or for a new person). */
  memberId: string;
  /** A person who is not a member yet: named here, invited when the step is saved. */
  isNew: boolean;
  role: TeamRole;
  name: string;
  email: string;
  title: string;
  fte: number | string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_MEMBERS = 50;
const idOf = (i: number, field: string) => `app-coreTeam-${i}-${field}`;
const FIELD_NAMES: Record<string, string> = { memberId: 'person', fte: 'FTE', email: 'e-mail' };

// The summary names each member's fields (members.0.name: "Member 1 name").
const LABELS = Object.fromEntries(
  Array.from({ length: MAX_MEMBERS }, (_, i) =>
    ['memberId', 'role', 'name', 'email', 'title', 'fte'].map((f) => [
      `members.${i}.${f}`,
      `Member ${i + 1} ${FIELD_NAMES[f] ?? f}`,
    ]),
  ).flat(),
);

/** The team role a member's organisation role suggests. */
const TEAM_ROLE_OF: Record<OrganizationMember['role'], TeamRole> = {
  SENIOR_LEADER: 'SENIOR_LEADER',
  SUPERVISOR: 'SUPERVISOR',
  CLINICIAN: 'CLINICIAN',
  DATA_CONTACT: 'DATA_MANAGER',
  OTHER: 'OTHER',
};

const toValues = (application: Application) => ({
  members: application.coreTeam.members.map((m): MemberValues => ({
    memberId: m.memberId ?? '',
    // Saved before people were chosen from the members: kept by name and e-mail until chosen.
    isNew: !m.memberId,
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
    ...(m.isNew ? { name: m.name.trim(), email: m.email.trim() } : { memberId: m.memberId }),
    ...(m.title.trim() ? { title: m.title.trim() } : {}),
    ...(m.fte !== '' && m.fte !== undefined ? { fte: Number(m.fte) } : {}),
  })),
});

/** FTE: 0.05 to 1, at most two decimals (the API refuses more; nothing is rounded). */
export function fteProblem(fte: number | string): string | undefined {
  if (fte === '' || fte === undefined) return undefined;
  const n = Number(fte);
  if (!Number.isFinite(n) || n < 0.05 || n > 1) return 'Enter a number from 0.05 to 1.';
  if (Math.abs(Math.round(n * 100) - n * 100) > 1e-9) return 'Use at most two decimals, e.g. 0.25 (it is not rounded).';
  return undefined;
}

function validate({ members }: { members: MemberValues[] }): Record<string, string> {
  const found: Record<string, string> = {};
  members.forEach((m, i) => {
    if (m.isNew) {
      if (!m.name.trim()) found[`members.${i}.name`] = 'Enter the name.';
      if (!EMAIL.test(m.email.trim())) found[`members.${i}.email`] = 'Enter an e-mail address like name@example.org.';
    } else if (!m.memberId) {
      found[`members.${i}.memberId`] = 'Choose a member of the organisation, or add a new person.';
    }
    const fte = fteProblem(m.fte);
    if (fte) found[`members.${i}.fte`] = fte;
  });
  return found;
}

/**
 * Criterion 3: the core team, at least a senior leader, a supervisor and the collaborative's
 * clinicians, chosen from the organisation's members; a new person is invited to the organisation
 * when the step is saved (by those who may invite: admins and the organisation's senior leaders).
 */
export function CoreTeamStep({ compositionProblems, ...props }: Props) {
  const { application } = props;
  const checks = application.checks;
  const me = useMe();
  const canInvite =
    me.roles.includes('admin') ||
    me.organizations.some((o) => o.organizationId === application.organizationId && o.role === 'SENIOR_LEADER');
  const membersQuery = useOrganizationMembers(application.organizationId);
  const people = membersQuery.data?.items ?? [];
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
  const nameOf = (m: MemberValues) =>
    m.isNew
      ? m.name.trim()
      : (people.find((p) => p.id === m.memberId)?.name ?? people.find((p) => p.id === m.memberId)?.email ?? '');

  const add = (isNew: boolean) => {
    form.form.insertListItem('members', { memberId: '', isNew, role: 'CLINICIAN', name: '', email: '', title: '', fte: '' });
    // Focus the new member's first field once it is drawn.
    const next = members.length;
    setTimeout(() => document.getElementById(idOf(next, isNew ? 'name' : 'memberId'))?.focus(), 0);
  };
  const choose = (i: number, memberId: string) => {
    form.form.setFieldValue(`members.${i}.memberId`, memberId);
    const chosen = people.find((p) => p.id === memberId);
    if (chosen) form.form.setFieldValue(`members.${i}.role`, TEAM_ROLE_OF[chosen.role]);
    form.form.clearFieldError(`members.${i}.memberId`);
  };
  const switchTo = (i: number, isNew: boolean) => {
    form.form.setFieldValue(`members.${i}.isNew`, isNew);
    setTimeout(() => document.getElementById(idOf(i, isNew ? 'name' : 'memberId'))?.focus(), 0);
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
      <Text size="sm" c="dimmed">
        The core team are people of {application.organizationName}: choose them from its members.{' '}
        {canInvite
          ? 'Someone who is not a member yet can be added as a new person: they are invited to the organisation when you save.'
          : 'Only a senior leader of the organisation can add someone new: ask them to invite the person, then choose them here.'}
      </Text>
      {membersQuery.isError && (
        <Alert color="red" variant="light" role="alert" title="The members could not be loaded">
          Reload the page to choose from the organisation’s members.
        </Alert>
      )}
      {members.length === 0 && <Text c="dimmed">No member yet.</Text>}
      {members.map((m, i) => {
        const name = nameOf(m);
        return (
          <Fieldset key={i} legend={`Member ${i + 1}${name ? `: ${name}` : ''}`}>
            <Stack gap="sm">
              {m.isNew ? (
                <>
                  <Text size="sm">A new person, invited to {application.organizationName} when you save.</Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput {...field(i, 'name')} label="Name" required maxLength={200} />
                    <TextInput {...field(i, 'email')} label="E-mail" type="email" required maxLength={254} />
                  </SimpleGrid>
                </>
              ) : (
                <MemberPicker
                  id={idOf(i, 'memberId')}
                  label="Person"
                  required
                  members={people}
                  loading={membersQuery.isPending}
                  value={m.memberId}
                  onChange={(id) => choose(i, id)}
                  error={form.errorOf(`members.${i}.memberId`)}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect {...field(i, 'role')} label="Role" data={TEAM_ROLE_OPTIONS} />
                <TextInput {...field(i, 'title')} label="Title (optional)" maxLength={200} />
                <NumberInput
                  {...field(i, 'fte')}
                  label="FTE (optional)"
                  description="0.05 to 1, at most two decimals"
                  min={0.05}
                  max={1}
                  step={0.05}
                />
              </SimpleGrid>
              <Group gap="xs">
                {m.isNew ? (
                  <Button variant="subtle" size="xs" onClick={() => switchTo(i, false)}>
                    Choose a member instead
                  </Button>
                ) : (
                  canInvite && (
                    <Button variant="subtle" size="xs" onClick={() => switchTo(i, true)}>
                      Not a member yet? Enter them as a new person
                    </Button>
                  )
                )}
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => form.form.removeListItem('members', i)}
                  aria-label={`Remove member ${i + 1}${name ? ` (${name})` : ''}`}
                >
                  Remove
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => add(false)} disabled={members.length >= MAX_MEMBERS}>
          Add a member
        </Button>
        {canInvite && (
          <Button variant="default" onClick={() => add(true)} disabled={members.length >= MAX_MEMBERS}>
            Add a new person
          </Button>
        )}
      </Group>
    </StepFormLayout>
  );
}
