import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { OrganizationDetail } from '@/features/organizations/components/organization-detail';
import { usePermissions } from '@/lib/auth/permissions';

export default function OrganizationRoute() {
  const { organizationId = '' } = useParams();
  const can = usePermissions();
  if (!can.canViewOrganization(organizationId)) {
    return <NotAllowed reason="An organisation is open to platform admins and its own members only." />;
  }
  return (
    <OrganizationDetail
      key={organizationId}
      organizationId={organizationId}
      before={
        can.canManageOrganizations ? (
          <Anchor component={Link} to="/organizations" size="sm">
            ← All organisations
          </Anchor>
        ) : undefined
      }
    />
  );
}
