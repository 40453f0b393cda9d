import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { PeopleList } from '@/features/people/components/people-list';
import { usePermissions } from '@/lib/auth/permissions';

export default function PeopleRoute() {
  const can = usePermissions();
  if (!can.isAdmin) {
    return <NotAllowed reason="People and their platform roles are for platform admins." />;
  }
  return (
    <Page title="People and roles">
      <PeopleList />
    </Page>
  );
}
