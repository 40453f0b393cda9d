import { Anchor, Button, Divider, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Section } from '@/components/ui/section';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { usePermissions } from '@/lib/auth/permissions';
import { useOrganization } from '../api/get-organization';
import { DataContact } from './data-contact';
import { InviteMemberForm } from './invite-member-form';
import { MachineClients } from './machine-clients';
import { Members } from './members';

interface OrganizationDetailProps {
  organizationId: string;
  /** The page's heading before the organisation's name, e.g. "My organisation". */
  heading?: (name: string) => string;
  before?: ReactNode;
}

/** An organisation: where it is, its members (with invitations) and its machine clients. */
export function OrganizationDetail({ organizationId, heading = (n) => n, before }: OrganizationDetailProps) {
  const can = usePermissions();
  const query = useOrganization(organizationId);
  const canManageMembers = can.canManageMembers(organizationId);

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Organisation" before={before} what="the organisation" notFound="This organisation" />;
  }
  const o = query.data.data;
  const where = [o.city, o.region, o.countryCode].filter(Boolean).join(', ');

  return (
    <Page
      title={heading(o.name)}
      before={before}
      actions={
        canManageMembers && (
          <Button component={Link} to={`/organizations/${o.id}/edit`} variant="default">
            Edit details
          </Button>
        )
      }
    >
      <Stack gap={4}>
        {heading(o.name) !== o.name && <Text fw={600}>{o.name}</Text>}
        {where && <Text>{where}</Text>}
        {o.website && (
          <Text>
            <Anchor href={o.website} target="_blank" rel="noreferrer">
              {o.website}
              <span className="lcp-visually-hidden"> (opens a new tab)</span>
            </Anchor>
          </Text>
        )}
      </Stack>
      <Section size="h3" id="members" title="Members">
        <Stack gap="md">
          <Members organizationId={o.id} canManage={canManageMembers} />
          {canManageMembers && (
            <>
              <Divider />
              <InviteMemberForm organizationId={o.id} />
            </>
          )}
        </Stack>
      </Section>
      <Section size="h3" id="data-contact" title="Data contact">
        <DataContact
          key={query.data.etag}
          organization={query.data}
          canManage={canManageMembers}
          onReload={async () => (await query.refetch()).data}
        />
      </Section>
      <Section size="h3" id="machine-clients" title="Machine clients">
        <MachineClients organizationId={o.id} canManage={can.canRegisterMachineClients} />
      </Section>
    </Page>
  );
}
