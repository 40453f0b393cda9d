import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { OrganizationsList } from '@/features/organizations/components/organizations-list';
import { usePermissions } from '@/lib/auth/permissions';

export default function OrganizationsRoute() {
  const can = usePermissions();
  if (!can.canManageOrganizations) {
    return (
      <NotAllowed reason="The list of all organisations is for platform admins. Your own organisation is under “My organisation”." />
    );
  }
  return (
    <Page
      title="Organisations"
      actions={
        <Button component={Link} to="/organizations/new">
          Register organisation
        </Button>
      }
    >
      <OrganizationsList />
    </Page>
  );
}
