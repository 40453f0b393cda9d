import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { memberLabel, organizationMembersQuery } from '@/lib/queries/members';
import { organizationListQuery } from '@/lib/queries/organizations';
import { useInviteToCommunity } from '../api/members';
import type { CommunityMember } from '../utils/standing';

interface InviteValues {
  organizationId: string;
  userId: string;
  message: string;
}

/**
 * Invite a person: chosen among the members of an organisation (the caller's own, or any for an
 * admin), since the API invites people the platform knows by their id.
 */
export function InviteForm({
  collaborativeId,
  organizations,
  admin,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  /** The caller's organisations. */
  organizations: readonly { organizationId: string; name: string }[];
  admin: boolean;
  onDone: (row: CommunityMember) => void;
  onCancel: () => void;
}) {
  const invite = useInviteToCommunity();
  const all = useQuery({ ...organizationListQuery({ size: 100 }), enabled: admin });
  const choices = admin && all.data ? all.data.items.map((o) => ({ organizationId: o.id, name: o.name })) : organizations;
  const server = useServerForm<InviteValues, Versioned<CommunityMember>>({
    initialValues: { organizationId: choices.length === 1 ? choices[0]!.organizationId : '', userId: '', message: '' },
    validate: {
      organizationId: (v) => (v ? null : 'Choose the organisation of the person.'),
      userId: (v) => (v ? null : 'Choose the person to invite.'),
      message: (v) => (v.length > 2000 ? 'At most 2000 characters.' : null),
    },
    labels: { organizationId: 'Organisation', userId: 'Person', message: 'Message' },
    idPrefix: 'invite',
    errorAt: { 409: 'userId' },
    focus: 'field',
    summaryTitle: () => 'Not invited',
    send: (v) =>
      invite.mutateAsync({
        collaborativeId,
        body: { userId: v.userId, organizationId: v.organizationId, ...(v.message.trim() ? { message: v.message.trim() } : {}) },
      }),
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;
  const organizationId = form.getValues().organizationId;
  const people = useQuery({ ...organizationMembersQuery(organizationId), enabled: Boolean(organizationId) });
  const active = (organizationId && people.data?.items) || [];
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Invite a person">
      <Stack gap="md">
        {choices.length === 0 ? (
          <Text>You belong to no organisation: there is nobody you can choose from.</Text>
        ) : (
          <>
            <NativeSelect
              {...field('organizationId')}
              required
              onChange={(e) => {
                form.setFieldValue('organizationId', e.currentTarget.value);
                form.setFieldValue('userId', '');
              }}
              data={[{ value: '', label: 'Choose…' }, ...choices.map((o) => ({ value: o.organizationId, label: o.name }))]}
              data-autofocus
            />
            <NativeSelect
              {...field('userId')}
              required
              disabled={!organizationId || people.isPending}
              description={people.isError ? 'The organisation’s members could not be loaded.' : undefined}
              data={[
                { value: '', label: organizationId ? 'Choose…' : 'Choose the organisation first' },
                ...active.map((m) => ({ value: m.userId, label: memberLabel(m) })),
              ]}
            />
          </>
        )}
        <Textarea {...field('message')} maxLength={2000} autosize minRows={2} description="Optional: shown in the invitation." />
        <FormStatus of={server} />
        <FormActions submitLabel="Invite" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
