import { NotAllowed } from '@/components/errors/not-allowed';
import { CreateOrganization } from '@/features/organizations/components/create-organization';
import { usePermissions } from '@/lib/auth/permissions';

export default function NewOrganizationRoute() {
  const can = usePermissions();
  if (!can.canManageOrganizations) {
    return <NotAllowed reason="Only platform admins may register organisations." />;
  }
  return <CreateOrganization />;
}
