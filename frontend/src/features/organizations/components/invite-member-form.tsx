import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import { useInviteMember } from '../api/invite-member';
import type { MemberRole } from '../api/get-members';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS } from '../utils/labels';
import { validateInvite, type InviteFormValues } from '../utils/validation';

const FIELDS = ['email', 'name', 'role'] as const;

/** Invite a person by e-mail: they become a member when they first sign in with that address. */
export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const invite = useInviteMember(organizationId);
  const [problem, setProblem] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);

  const form = useForm<InviteFormValues>({
    mode: 'controlled',
    initialValues: { email: '', name: '', role: 'CLINICIAN' },
    validate: validateInvite,
  });

  const submit = async (values: InviteFormValues) => {
    setProblem(null);
    setInvited(null);
    try {
      const member = await invite.mutateAsync({
        email: values.email.trim(),
        role: values.role as MemberRole,
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
      });
      setInvited(`${member.email} is invited as ${MEMBER_ROLE_LABELS[member.role].toLowerCase()}.`);
      form.reset();
    } catch (error) {
      const { fields, other } = violationsByField(error, FIELDS);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      if (isApiError(error, 409)) {
        form.setFieldError('email', errorMessage(error));
      } else if (other.length > 0) {
        setProblem(other.map((v) => `${v.field}: ${v.message}`).join(' '));
      } else if (Object.keys(fields).length === 0) {
        setProblem(errorMessage(error));
      }
      focusFirstError();
    }
  };

  const focusFirstError = () => {
    window.setTimeout(() => {
      document.querySelector<HTMLElement>('#invite-member [aria-invalid="true"]')?.focus();
    }, 0);
  };

  return (
    <form id="invite-member" noValidate onSubmit={form.onSubmit(submit, focusFirstError)} aria-labelledby="invite-title">
      <Stack gap="sm">
        <Text id="invite-title" fw={600}>
          Invite a person
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            id="invite-email"
            label="E-mail address"
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <TextInput id="invite-name" label="Name" autoComplete="off" {...form.getInputProps('name')} />
          <NativeSelect
            id="invite-role"
            label="Role"
            required
            data={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not invited">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
          <div role="status">{invited && <Text size="sm">{invited}</Text>}</div>
        </Group>
      </Stack>
    </form>
  );
}
