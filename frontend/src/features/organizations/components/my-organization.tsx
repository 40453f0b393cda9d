import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { useMe } from '@/lib/auth/me';
import { MEMBER_ROLE_LABELS } from '../utils/labels';
import { OrganizationDetail } from './organization-detail';

/** A team member's organisation (or the list of them, for someone in several). */
export function MyOrganization() {
  const me = useMe();
  const mine = me.organizations;

  if (mine.length === 1 && mine[0]) {
    return <OrganizationDetail organizationId={mine[0].organizationId} heading={() => 'My organisation'} />;
  }
  return (
    <Page title="My organisations">
      {mine.length === 0 ? (
        <EmptyState title="You belong to no organisation yet">
          When a senior leader of your organisation or a platform admin invites your e-mail address, the organisation appears here
          after you next sign in.
        </EmptyState>
      ) : (
        <ul className="lcp-plain-list lcp-rows">
          {mine.map((o) => (
            <li key={o.organizationId}>
              <Stack gap={0}>
                <Anchor component={Link} to={`/organizations/${o.organizationId}`} fw={600}>
                  {o.name}
                </Anchor>
                {o.role && <Text size="sm">{MEMBER_ROLE_LABELS[o.role]}</Text>}
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
