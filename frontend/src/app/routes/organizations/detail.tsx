import { useParams } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
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
      before={can.canManageOrganizations ? <BackLink to="/organizations">All organisations</BackLink> : undefined}
    />
  );
}
