import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { EditOrganization } from '@/features/organizations/components/edit-organization';
import { usePermissions } from '@/lib/auth/permissions';

export default function EditOrganizationRoute() {
  const { organizationId = '' } = useParams();
  const can = usePermissions();
  if (!can.canManageMembers(organizationId)) {
    return <NotAllowed reason="Platform admins and the organisation’s senior leaders change its details." />;
  }
  return <EditOrganization key={organizationId} organizationId={organizationId} />;
}
