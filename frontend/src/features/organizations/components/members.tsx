import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ListState } from '@/components/ui/page-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DialogFrame } from '@/components/ui/dialog-frame';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import { useServerForm } from '@/lib/forms/use-server-form';
import { optionsOf } from '@/utils/labels';
import { RowList } from '@/components/ui/card-list';
import { useMembers, type Member, type MemberRole } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useResendInvitation } from '../api/resend-invitation';
import { InvitationStatus } from './invitation-status';
import { useUpdateMemberRole } from '../api/update-member';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, MEMBER_STATUS_LABELS } from '../utils/labels';

function ChangeRoleForm({ organizationId, member, onClose }: { organizationId: string; member: Member; onClose: () => void }) {
  const update = useUpdateMemberRole(organizationId);
  // The member is read again for its ETag when saved: a change made in between answers 412.
  const server = useServerForm({
    initialValues: { role: member.role },
    labels: { role: 'Role' },
    idPrefix: 'member',
    send: ({ role }) => update.mutateAsync({ memberId: member.id, role: role as MemberRole }),
    onSaved: onClose,
    summaryTitle: () => 'Not changed',
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={`Change the role of ${member.name || member.email}`}>
      <Stack gap="md">
        <NativeSelect {...server.field('role')} data={optionsOf(MEMBER_ROLE_LABELS, MEMBER_ROLES)} data-autofocus />
        <FormStatus of={server} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={server.submitting}>
            Save role
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The organisation's people; senior leaders and admins may change roles and remove people. */
export function Members({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const query = useMembers(organizationId);
  const remove = useRemoveMember(organizationId);
  const resend = useResendInvitation(organizationId);
  const [changing, setChanging] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  return (
    <ListState
      query={query}
      what="members"
      failed="The members could not be loaded"
      empty={
        <EmptyState title="No members yet" headingLevel={3}>
          {canManage ? 'Invite the team below.' : 'Nobody belongs to this organisation yet.'}
        </EmptyState>
      }
    >
      {(members) => (
        <>
          <RowList items={members} keyOf={(m) => m.id} label="Members">
            {(m) => (
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={500}>{m.name || m.email}</Text>
                  {m.name && (
                    <Text size="sm" c="dimmed">
                      {m.email}
                    </Text>
                  )}
                </Stack>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm">{MEMBER_ROLE_LABELS[m.role]}</Text>
                  <StatusBadge color={m.status === 'ACTIVE' ? 'green' : 'yellow'}>{MEMBER_STATUS_LABELS[m.status]}</StatusBadge>
                  {canManage && (
                    <>
                      {m.status === 'INVITED' && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={resend.isPending && resend.variables === m.id}
                          onClick={() => resend.mutate(m.id)}
                        >
                          Resend invitation<span className="lcp-visually-hidden"> to {m.name || m.email}</span>
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => setChanging(m)}>
                        Change role<span className="lcp-visually-hidden"> of {m.name || m.email}</span>
                      </Button>
                      <Button size="xs" variant="default" color="red" onClick={() => setRemoving(m)}>
                        Remove<span className="lcp-visually-hidden"> {m.name || m.email}</span>
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            )}
          </RowList>
          {resend.isSuccess && <InvitationStatus member={resend.data} />}
          {resend.isError && (
            <Alert color="red" variant="light" role="alert" title="The invitation was not sent again">
              {errorMessage(resend.error)}
            </Alert>
          )}
          {/* Always mounted, so that closing gives focus back to the button that opened it. */}
          <DialogFrame
            opened={changing !== null}
            onClose={() => setChanging(null)}
            title={changing ? `Change the role of ${changing.name || changing.email}` : 'Change the role'}
            centered
          >
            {changing && (
              <ChangeRoleForm
                key={changing.id}
                organizationId={organizationId}
                member={changing}
                onClose={() => setChanging(null)}
              />
            )}
          </DialogFrame>
          <ConfirmDialog
            opened={removing !== null}
            title="Remove this member?"
            confirmLabel="Remove"
            confirmColor="red"
            busy={remove.isPending}
            onCancel={() => {
              setRemoving(null);
              remove.reset();
            }}
            onConfirm={() =>
              removing &&
              remove.mutate(removing.id, {
                onSuccess: () => {
                  setRemoving(null);
                  remove.reset();
                },
              })
            }
          >
            <Text>{removing?.name || removing?.email} will no longer belong to this organisation.</Text>
            {remove.isError && (
              <Alert color="red" variant="light" role="alert" title="Not removed">
                {errorMessage(remove.error)}
              </Alert>
            )}
          </ConfirmDialog>
        </>
      )}
    </ListState>
  );
}
