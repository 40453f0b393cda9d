import { Anchor, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { usePermissions } from '@/lib/auth/permissions';
import { useOrganization } from '../api/get-organization';
import { InviteMemberForm } from './invite-member-form';
import { MachineClients } from './machine-clients';
import { Members } from './members';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

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

  if (query.isPending)
    return (
      <Page title="Organisation" before={before}>
        <LoadingState label="Loading the organisation…" />
      </Page>
    );
  if (query.isError) {
    if (isApiError(query.error, 404)) return <NotFound what="This organisation" />;
    return (
      <Page title="Organisation" before={before}>
        <ErrorState title="The organisation could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const o = query.data.data;
  const where = [o.city, o.region, o.countryCode].filter(Boolean).join(', ');

  return (
    <Page title={heading(o.name)} before={before}>
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
      <Section id="members" title="Members">
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
      <Section id="machine-clients" title="Machine clients">
        <MachineClients organizationId={o.id} canManage={can.canRegisterMachineClients} />
      </Section>
    </Page>
  );
}
