import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { memberLabel, useOrganizationMembers } from '@/lib/queries/members';
import type { components } from '@/lib/api/schema';
import { useSetDataContact } from '../api/set-data-contact';

type Organization = components['schemas']['Organization'];

/**
 * The member told, with the team, about metric values coming due and overdue; senior leaders and
 * admins choose them.
 */
export function DataContact({
  organization,
  canManage,
  onReload,
}: {
  organization: Versioned<Organization>;
  canManage: boolean;
  onReload: () => Promise<Versioned<Organization> | undefined>;
}) {
  const o = organization.data;
  const members = useOrganizationMembers(o.id);
  const set = useSetDataContact();
  const [done, setDone] = useState<string | null>(null);
  const server = useServerForm({
    initialValues: { memberId: o.dataContactMemberId ?? '' },
    labels: { memberId: 'Data contact' },
    idPrefix: 'data-contact',
    focus: 'field',
    version: {
      etag: organization.etag,
      reload: onReload,
      toValues: (fresh: Organization) => ({ memberId: fresh.dataContactMemberId ?? '' }),
      live: true,
    },
    send: (v, etag) => {
      setDone(null);
      return set.mutateAsync({ organizationId: o.id, etag, memberId: v.memberId || null });
    },
    onSaved: (saved) =>
      setDone(saved.data.dataContactMemberId ? 'The data contact was saved.' : 'The organisation has no data contact now.'),
    summaryTitle: () => 'The data contact was not saved',
  });
  const items = members.data?.items ?? [];
  const current = items.find((m) => m.id === o.dataContactMemberId);
  return (
    <Stack gap="sm">
      <Text size="sm">
        The data contact is told, with the team, when the organisation’s metric values are coming due, due or overdue.
      </Text>
      {canManage ? (
        <form noValidate onSubmit={server.onSubmit} aria-label="Data contact">
          <Stack gap="sm">
            <FormStatus of={server} />
            <Group align="flex-end" gap="sm">
              <NativeSelect
                {...server.field('memberId')}
                data={[{ value: '', label: 'Nobody' }, ...items.map((m) => ({ value: m.id, label: memberLabel(m) }))]}
              />
              <Button type="submit" variant="default" loading={server.submitting}>
                Save data contact
              </Button>
            </Group>
            <div role="status" aria-live="polite">
              {done && (
                <Text size="sm" fw={600}>
                  {done}
                </Text>
              )}
            </div>
          </Stack>
        </form>
      ) : (
        <Text fw={600}>{current ? memberLabel(current) : o.dataContactMemberId ? 'A member' : 'Nobody yet'}</Text>
      )}
    </Stack>
  );
}
