import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { MyApplications } from '@/features/applications/components/my-applications';
import { usePermissions } from '@/lib/auth/permissions';

export default function MyApplicationsRoute() {
  const can = usePermissions();
  if (!can.canApply) {
    return <NotAllowed reason="Applications are made by members of an organisation." />;
  }
  return (
    <Page
      title="My applications"
      actions={
        <Button component={Link} to="/applications/new">
          Apply to a collaborative
        </Button>
      }
    >
      <MyApplications />
    </Page>
  );
}
