import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';
import { CollaborativesList } from '@/features/collaboratives/components/collaboratives-list';
import { usePermissions } from '@/lib/auth/permissions';

export default function CollaborativesRoute() {
  const can = usePermissions();
  return (
    <Page
      title="Collaboratives"
      actions={
        can.canCreateCollaborative && (
          <Button component={Link} to="/collaboratives/new">
            New collaborative
          </Button>
        )
      }
    >
      <CollaborativesList />
    </Page>
  );
}
