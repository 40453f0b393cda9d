import { NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import { optionsOf } from '@/utils/labels';
import { FormActions } from '@/components/ui/form-actions';
import { useInviteMember } from '../api/invite-member';
import type { Member, MemberRole } from '../api/get-members';
import { InvitationStatus } from './invitation-status';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS } from '../utils/labels';
import { validateInvite, type InviteFormValues } from '../utils/validation';

const LABELS = { email: 'E-mail address', name: 'Name', role: 'Role' };

/** Invite a person by e-mail: they become a member when they first sign in with that address. */
export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const invite = useInviteMember(organizationId);
  const [invited, setInvited] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Member | null>(null);

  const server = useServerForm({
    initialValues: { email: '', name: '', role: 'CLINICIAN' } as InviteFormValues,
    validate: validateInvite,
    labels: LABELS,
    idPrefix: 'invite',
    errorAt: { 409: 'email' },
    focus: 'field',
    resetOnSave: true,
    summaryTitle: () => 'Not invited',
    send: (values) => {
      setInvited(null);
      setAnswer(null);
      return invite.mutateAsync({
        email: values.email.trim(),
        role: values.role as MemberRole,
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
      });
    },
    onSaved: (member) => {
      setInvited(`${member.email} is invited as ${MEMBER_ROLE_LABELS[member.role].toLowerCase()}.`);
      setAnswer(member);
    },
  });
  const { field } = server;

  return (
    <form id="invite-member" noValidate onSubmit={server.onSubmit} aria-labelledby="invite-title">
      <Stack gap="sm">
        <Text id="invite-title" fw={600}>
          Invite a person
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...field('email')} type="email" autoComplete="off" required />
          <TextInput {...field('name')} autoComplete="off" />
          <NativeSelect {...field('role')} required data={optionsOf(MEMBER_ROLE_LABELS, MEMBER_ROLES)} />
        </SimpleGrid>
        <FormStatus of={server} />
        <FormActions submitLabel="Send invitation" submitting={server.submitting} status={invited} />
        {answer && <InvitationStatus member={answer} />}
      </Stack>
    </form>
  );
}
